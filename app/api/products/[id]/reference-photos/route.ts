import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { withRouteContext } from "@/lib/http/with-route-context";
import { listProductReferencePhotos } from "@/lib/products/list-product-reference-photos";
import { uploadProductReferencePhoto } from "@/lib/products/upload-product-reference-photo";

/**
 * Upload one reference photo: multipart/form-data with `kind` = REFERENCE_PHOTO before
 * exactly one image file, streamed to disk. 201 { evidence } on success.
 */
export const POST = withRouteContext<{ id: string }>(async (request, ctx, { id }) => {
  const body = Readable.fromWeb((request.body ?? new ReadableStream()) as NodeReadableStream<Uint8Array>);
  const evidence = await uploadProductReferencePhoto(ctx, id, { body, contentType: request.headers.get("content-type") });
  return Response.json({ evidence }, { status: 201 });
});

/** The product's reference photos, withdrawn ones included: 200 { referencePhotos: [...] }. */
export const GET = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json({ referencePhotos: await listProductReferencePhotos(ctx, id) });
});
