import { z } from "zod";
import { notFound } from "@/lib/errors";
import { withRouteContext } from "@/lib/http/with-route-context";
import { openVideoFrame } from "@/lib/video/open-video-frame";

const indexSchema = z.coerce.number().int().min(0).max(11);

/** Keyframe `index` (0–11) of a video evidence's strip, JPEG; 404 past the strip or before it is rendered. */
export const GET = withRouteContext<{ id: string; index: string }>(async (_request, ctx, { id, index }) => {
  const parsed = indexSchema.safeParse(index);
  if (!parsed.success) throw notFound();
  const frame = await openVideoFrame(ctx, id, parsed.data);
  return new Response(frame.body, { headers: frame.headers });
});
