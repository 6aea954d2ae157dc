import { changeDisputeStatus } from "@/lib/disputes/change-dispute-status";
import type { ChangeDisputeStatusInput } from "@/lib/disputes/dispute-schemas";
import { AppError } from "@/lib/errors";
import { withRouteContext } from "@/lib/http/with-route-context";

/** POST /api/disputes/:id/status { toStatus, note?, recoveredAmount? } — 409 when the flow forbids it. */
export const POST = withRouteContext<{ id: string }>(async (request, ctx, { id }) => {
  // Shape is checked by the lib function's zod schema.
  const body: unknown = await request.json().catch(() => {
    throw new AppError("VALIDATION", "invalidJson");
  });
  return Response.json({ dispute: await changeDisputeStatus(ctx, id, body as ChangeDisputeStatusInput) });
});
