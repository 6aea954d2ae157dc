import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { withRouteContext } from "@/lib/http/with-route-context";
import { abortUploadSession } from "@/lib/uploads/abort-upload-session";
import { appendUploadChunk } from "@/lib/uploads/append-upload-chunk";
import { getUploadSessionStatus } from "@/lib/uploads/get-upload-session-status";
import { uploadErrorResponse } from "@/lib/uploads/upload-error-response";
import { parseUploadOffset } from "@/lib/uploads/upload-schemas";

type Params = { id: string };

/**
 * Appends a chunk: raw bytes, `Upload-Offset` = bytes already received. 200 { offset }
 * (also as the `Upload-Offset` header); 409 with the current offset when it does not match.
 */
export const PUT = withRouteContext<Params>(async (request, ctx, { id }) => {
  try {
    const offset = parseUploadOffset(request.headers.get("upload-offset"));
    const body = Readable.fromWeb((request.body ?? new ReadableStream()) as NodeReadableStream<Uint8Array>);
    const result = await appendUploadChunk(ctx, id, offset, body);
    return Response.json(result, { headers: { "Upload-Offset": String(result.offset) } });
  } catch (error) {
    return uploadErrorResponse(error, request);
  }
});

/** The session's state: 200 { upload } with the offset to resume from. */
export const GET = withRouteContext<Params>(async (_request, ctx, { id }) => {
  const upload = await getUploadSessionStatus(ctx, id);
  return Response.json({ upload }, { headers: { "Upload-Offset": String(upload.offset), "Cache-Control": "no-store" } });
});

/** The offset only, in the `Upload-Offset` header. */
export const HEAD = withRouteContext<Params>(async (_request, ctx, { id }) => {
  const upload = await getUploadSessionStatus(ctx, id);
  return new Response(null, { headers: { "Upload-Offset": String(upload.offset), "Cache-Control": "no-store" } });
});

/** Gives up the upload and deletes its bytes: 204. */
export const DELETE = withRouteContext<Params>(async (_request, ctx, { id }) => {
  await abortUploadSession(ctx, id);
  return new Response(null, { status: 204 });
});
