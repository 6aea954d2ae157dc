import { getDispute } from "@/lib/disputes/get-dispute";
import { recordPlatformOutcome } from "@/lib/disputes/record-platform-outcome";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

/** POST /api/v1/disputes/:id/platform-outcome { refundPaid?, platformSkippedReview, note? } — what the platform paid and how it decided. */
export const POST = withApiKeyContext<{ id: string }>(async (request, ctx, { id }) => {
  await recordPlatformOutcome(ctx, id, await readJsonBody(request));
  return Response.json({ dispute: await getDispute(ctx, id) });
});
