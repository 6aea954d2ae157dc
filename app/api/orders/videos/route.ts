import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { uploadPackingVideo } from "@/lib/evidence/upload-evidence";
import { withRouteContext } from "@/lib/http/with-route-context";

/**
 * Upload a packing video named after its tracking number (`SF1428866310245.mp4`): it is
 * linked to the merchant's order with that tracking number; 400 when none matches.
 * Multipart with `kind`=PACKING_VIDEO before the file. 201 { evidence }.
 */
export const POST = withRouteContext(async (request, ctx) => {
  const body = Readable.fromWeb((request.body ?? new ReadableStream()) as NodeReadableStream<Uint8Array>);
  const evidence = await uploadPackingVideo(ctx, null, { body, contentType: request.headers.get("content-type") });
  return Response.json({ evidence }, { status: 201 });
});
