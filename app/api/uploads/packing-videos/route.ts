import { withRouteContext } from "@/lib/http/with-route-context";
import { searchPackingVideos } from "@/lib/uploads/search-packing-videos";

/** Packing videos whose tracking or order number contains `?q=`: 200 { videos }. */
export const GET = withRouteContext(async (request, ctx) => {
  const videos = await searchPackingVideos(ctx, { q: new URL(request.url).searchParams.get("q") });
  return Response.json({ videos }, { headers: { "Cache-Control": "no-store" } });
});
