import { changeDisputeStatus } from "@/lib/disputes/change-dispute-status";
import { getDispute } from "@/lib/disputes/get-dispute";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

/** POST /api/v1/disputes/:id/status { toStatus, note?, recoveredAmount? } — 409 when the status flow forbids the step. */
export const POST = withApiKeyContext<{ id: string }>(async (request, ctx, { id }) => {
  await changeDisputeStatus(ctx, id, await readJsonBody(request));
  return Response.json({ dispute: await getDispute(ctx, id) });
});
