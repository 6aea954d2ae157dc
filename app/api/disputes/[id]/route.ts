import type { UpdateDisputeInput } from "@/lib/disputes/dispute-schemas";
import { getDispute } from "@/lib/disputes/get-dispute";
import { updateDispute } from "@/lib/disputes/update-dispute";
import { AppError } from "@/lib/errors";
import { withRouteContext } from "@/lib/http/with-route-context";

export const GET = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json({ dispute: await getDispute(ctx, id) });
});

/** PATCH /api/disputes/:id — only the fields present change. */
export const PATCH = withRouteContext<{ id: string }>(async (request, ctx, { id }) => {
  // Shape is checked by the lib function's zod schema.
  const body: unknown = await request.json().catch(() => {
    throw new AppError("VALIDATION", "invalidJson");
  });
  return Response.json({ dispute: await updateDispute(ctx, id, body as UpdateDisputeInput) });
});
