import { withRouteContext } from "@/lib/http/with-route-context";
import { openEvidenceThumbnail } from "@/lib/evidence/open-evidence-thumbnail";

/** A WebP thumbnail (max 480 px) of an image evidence; 404 for videos and PDFs. */
export const GET = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  const thumbnail = await openEvidenceThumbnail(ctx, id);
  return new Response(thumbnail.body, { headers: thumbnail.headers });
});
