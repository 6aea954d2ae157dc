import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { withRouteContext } from "@/lib/http/with-route-context";
import { listDisputeEvidence } from "@/lib/evidence/list-dispute-evidence";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";

/**
 * Upload one evidence file: multipart/form-data with the field `kind` (an EvidenceKind)
 * BEFORE the file part, then exactly one file. The body is streamed to disk, never
 * buffered. 201 { evidence } on success.
 */
export const POST = withRouteContext<{ id: string }>(async (request, ctx, { id }) => {
  const body = Readable.fromWeb((request.body ?? new ReadableStream()) as NodeReadableStream<Uint8Array>);
  const evidence = await uploadEvidence(ctx, id, { body, contentType: request.headers.get("content-type") });
  return Response.json({ evidence }, { status: 201 });
});

/** The dispute's evidence, withdrawn items included: 200 { evidence: [...] }. */
export const GET = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json({ evidence: await listDisputeEvidence(ctx, id) });
});
