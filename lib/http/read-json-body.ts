import { AppError } from "@/lib/errors";
import { formatByteSize } from "@/lib/evidence/format-byte-size";

/**
 * Largest JSON body any route takes: a case document (200,000 characters, up to three bytes
 * each in UTF-8) with room to spare. Files never come as JSON.
 */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * The parsed JSON body of a request, or a 400 "not valid JSON", or a 413 once it passes
 * MAX_JSON_BYTES — counted while it arrives, so a body without Content-Length cannot make the
 * server buffer more. Its shape is left to the zod schema of the lib function the route calls.
 */
export async function readJsonBody<T>(request: Request): Promise<T> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "jsonTooLarge", { cap: formatByteSize(MAX_JSON_BYTES) });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > MAX_JSON_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(read.value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as T;
  } catch {
    throw new AppError("VALIDATION", "invalidJson");
  }
}
