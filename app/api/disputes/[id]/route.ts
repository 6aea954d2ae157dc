import type { UpdateDisputeInput } from "@/lib/disputes/dispute-schemas";
import { getDispute } from "@/lib/disputes/get-dispute";
import { updateDispute } from "@/lib/disputes/update-dispute";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withRouteContext } from "@/lib/http/with-route-context";

export const GET = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json({ dispute: await getDispute(ctx, id) });
});

/** PATCH /api/disputes/:id — only the fields present change. */
export const PATCH = withRouteContext<{ id: string }>(async (request, ctx, { id }) => {
  const body = await readJsonBody<UpdateDisputeInput>(request);
  return Response.json({ dispute: await updateDispute(ctx, id, body) });
});
