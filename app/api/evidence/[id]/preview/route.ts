import { withRouteContext } from "@/lib/http/with-route-context";
import { openEvidenceRendition } from "@/lib/evidence/open-evidence-rendition";

/** A full-size JPEG of a HEIC/HEIF photo, which most browsers cannot show; 404 for anything else (open the file itself). */
export const GET = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  const preview = await openEvidenceRendition(ctx, id, "preview");
  return new Response(preview.body, { headers: preview.headers });
});
