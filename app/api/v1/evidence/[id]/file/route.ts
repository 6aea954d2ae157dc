import { openEvidenceFile } from "@/lib/evidence/open-evidence-file";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

/** GET /api/v1/evidence/:id/file — the original bytes as uploaded, with HTTP range support. */
export const GET = withApiKeyContext<{ id: string }>(async (request, ctx, { id }) => {
  const file = await openEvidenceFile(ctx, id, { range: request.headers.get("range"), ifRange: request.headers.get("if-range"), download: true });
  return new Response(file.body, { status: file.status, headers: file.headers });
});
