import { withRouteContext } from "@/lib/http/with-route-context";
import { openVideoFrame } from "@/lib/video/open-video-frame";

/** The poster (JPEG, ≤ 640 px wide, at 10 % of the clip) of a video evidence; 404 until it is rendered. */
export const GET = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  const frame = await openVideoFrame(ctx, id, "poster");
  return new Response(frame.body, { headers: frame.headers });
});
