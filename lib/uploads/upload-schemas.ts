import { z } from "zod";
import { AppError } from "@/lib/errors";

/** What the packing station sends when a clip is finished and its upload starts. */
export const createUploadSessionSchema = z.object({
  kind: z.literal("PACKING_VIDEO"),
  originalName: z.string().trim().min(1).max(255),
  declaredSize: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  sha256: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  trackingNo: z.string().trim().min(1).max(64),
  stationName: z.string().trim().min(1).max(64),
  recordedAt: z.coerce.date(),
});
export type CreateUploadSessionInput = z.input<typeof createUploadSessionSchema>;

/** The `Upload-Offset` header: where the client believes this chunk starts. */
export function parseUploadOffset(header: string | null): number {
  const offset = header !== null && /^\d{1,16}$/.test(header.trim()) ? Number(header.trim()) : NaN;
  if (!Number.isSafeInteger(offset)) throw new AppError("VALIDATION", "upload.offsetHeader");
  return offset;
}

export const searchPackingVideosSchema = z.object({
  q: z.string().trim().max(64).default(""),
});
