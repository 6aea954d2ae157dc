import { changeDisputeStatus } from "@/lib/disputes/change-dispute-status";
import type { ChangeDisputeStatusInput } from "@/lib/disputes/dispute-schemas";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withRouteContext } from "@/lib/http/with-route-context";

/** POST /api/disputes/:id/status { toStatus, note?, recoveredAmount? } — 409 when the flow forbids it. */
export const POST = withRouteContext<{ id: string }>(async (request, ctx, { id }) => {
  const body = await readJsonBody<ChangeDisputeStatusInput>(request);
  return Response.json({ dispute: await changeDisputeStatus(ctx, id, body) });
});
