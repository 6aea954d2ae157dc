import { z } from "zod";
import { AppError } from "@/lib/errors";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import type { OrderImportInput } from "./preview-order-import";

/** Large enough for a year of a busy shop's orders; a CSV is read whole, so it is capped. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

const formSchema = z.object({ storeId: z.string().trim().min(1, "required") });

/** Reads the import form (fields `storeId` and `file`) of a multipart request, refusing oversized files before reading them. */
export async function readOrderImportForm(request: Request): Promise<OrderImportInput> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_CSV_BYTES + 64 * 1024) throw new AppError("PAYLOAD_TOO_LARGE", "orders.csvTooLarge", { cap: formatByteSize(MAX_CSV_BYTES) });
  const form = await request.formData().catch(() => {
    throw new AppError("VALIDATION", "evidence.uploadNotMultipart");
  });
  const { storeId } = formSchema.parse({ storeId: form.get("storeId") ?? "" });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", "orders.csvMissing");
  if (file.size > MAX_CSV_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "orders.csvTooLarge", { cap: formatByteSize(MAX_CSV_BYTES) });
  return { storeId, fileName: file.name.slice(0, 200) || "orders.csv", bytes: new Uint8Array(await file.arrayBuffer()) };
}
