import { withRouteContext } from "@/lib/http/with-route-context";
import { readJsonBody } from "@/lib/http/read-json-body";
import { createUploadSession } from "@/lib/uploads/create-upload-session";
import type { CreateUploadSessionInput } from "@/lib/uploads/upload-schemas";

/**
 * Opens a resumable upload of a packing clip: JSON { kind: "PACKING_VIDEO", originalName,
 * declaredSize, sha256?, trackingNo, stationName, recordedAt }. 201 { upload } with the
 * session id, offset 0 and the order the tracking number belongs to (or null).
 */
export const POST = withRouteContext(async (request, ctx) => {
  const upload = await createUploadSession(ctx, await readJsonBody<CreateUploadSessionInput>(request));
  return Response.json({ upload }, { status: 201, headers: { "Upload-Offset": String(upload.offset) } });
});
