import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

/**
 * The 409 for a chunk sent at the wrong offset carries the server's offset both in the
 * `Upload-Offset` header and in the body, so the client resumes without another request.
 * Any other error gets the standard error body.
 */
export async function uploadErrorResponse(error: unknown, request: Request): Promise<Response> {
  const response = errorResponse(error, request);
  if (!(error instanceof AppError) || error.messageKey !== "upload.offsetMismatch") return response;
  const offset = Number(error.values.offset);
  return Response.json({ ...(await response.json()), offset }, { status: response.status, headers: { "Upload-Offset": String(offset) } });
}
