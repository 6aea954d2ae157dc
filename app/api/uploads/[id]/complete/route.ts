import { withRouteContext } from "@/lib/http/with-route-context";
import { completeUploadSession } from "@/lib/uploads/complete-upload-session";

/** Verifies and records the received file as evidence: 200 { upload } with its evidenceId and sha256. */
export const POST = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json({ upload: await completeUploadSession(ctx, id) });
});
