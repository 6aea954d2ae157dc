import { withRouteContext } from "@/lib/http/with-route-context";
import { withdrawEvidence } from "@/lib/evidence/withdraw-evidence";

/** POST { reason }: marks the evidence withdrawn (it is never deleted). 200 { evidence }; 409 if already withdrawn. */
export const POST = withRouteContext<{ id: string }>(async (request, ctx, { id }) => {
  // A body that is not JSON is validated like an empty one: 400 with the missing field named.
  const input = await request.json().catch(() => ({}));
  return Response.json({ evidence: await withdrawEvidence(ctx, id, input) });
});
