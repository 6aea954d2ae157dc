import { z } from "zod";
import { notFound } from "@/lib/errors";
import { FINDING_PICTURE_KINDS, openFindingPicture } from "@/lib/forensics/open-finding-picture";
import { withRouteContext } from "@/lib/http/with-route-context";

/** A finding's heat map, aligned pair or ELA picture; 404 for another merchant's finding. A re-analysis may give the finding new pictures, so browsers revalidate. */
export const GET = withRouteContext<{ id: string; kind: string }>(async (_request, ctx, { id, kind }) => {
  const parsed = z.enum(FINDING_PICTURE_KINDS).safeParse(kind);
  if (!parsed.success) throw notFound();
  const picture = await openFindingPicture(ctx, id, parsed.data);
  return new Response(picture.body, {
    headers: {
      "content-type": picture.contentType,
      "content-length": String(picture.size),
      "cache-control": "private, no-cache",
      "x-content-type-options": "nosniff",
    },
  });
});
