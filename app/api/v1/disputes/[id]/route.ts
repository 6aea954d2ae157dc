import { getDispute } from "@/lib/disputes/get-dispute";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

/** GET /api/v1/disputes/:id — 200 { dispute }. */
export const GET = withApiKeyContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json({ dispute: await getDispute(ctx, id) });
});
