import { withRouteContext } from "@/lib/http/with-route-context";
import { openEvidenceRendition } from "@/lib/evidence/open-evidence-rendition";

/** A WebP thumbnail (max 480 px) of an image evidence; 404 for videos and PDFs. */
export const GET = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  const thumbnail = await openEvidenceRendition(ctx, id, "thumbnail");
  return new Response(thumbnail.body, { headers: thumbnail.headers });
});
