import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { withApiV1FileUrl } from "@/lib/evidence/evidence-urls";
import { listDisputeEvidence } from "@/lib/evidence/list-dispute-evidence";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

/** POST /api/v1/disputes/:id/evidence — multipart: `kind` first, then one file; streamed to disk. 201 { evidence }. */
export const POST = withApiKeyContext<{ id: string }>(async (request, ctx, { id }) => {
  const body = Readable.fromWeb((request.body ?? new ReadableStream()) as NodeReadableStream<Uint8Array>);
  return Response.json({ evidence: withApiV1FileUrl(await uploadEvidence(ctx, id, { body, contentType: request.headers.get("content-type") })) }, { status: 201 });
});

/** GET /api/v1/disputes/:id/evidence — 200 { evidence: [...] }, withdrawn items included. */
export const GET = withApiKeyContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json({ evidence: (await listDisputeEvidence(ctx, id)).map(withApiV1FileUrl) });
});
