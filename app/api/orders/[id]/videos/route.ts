import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { uploadPackingVideo } from "@/lib/evidence/upload-evidence";
import { withRouteContext } from "@/lib/http/with-route-context";

/** Upload a packing video for this order: multipart with `kind`=PACKING_VIDEO before the file. 201 { evidence }. */
export const POST = withRouteContext<{ id: string }>(async (request, ctx, { id }) => {
  const body = Readable.fromWeb((request.body ?? new ReadableStream()) as NodeReadableStream<Uint8Array>);
  const evidence = await uploadPackingVideo(ctx, id, { body, contentType: request.headers.get("content-type") });
  return Response.json({ evidence }, { status: 201 });
});
