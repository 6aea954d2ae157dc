import { listDisputeFindings } from "@/lib/forensics/list-dispute-findings";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

/** GET /api/v1/disputes/:id/findings — 200 { photos, summary, pending }. */
export const GET = withApiKeyContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json(await listDisputeFindings(ctx, id));
});
