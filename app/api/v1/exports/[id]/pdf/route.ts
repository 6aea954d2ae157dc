import { openCaseExportPdf } from "@/lib/export/open-case-export";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

/** GET /api/v1/exports/:id/pdf — the case file's PDF alone. */
export const GET = withApiKeyContext<{ id: string }>(async (_request, ctx, { id }) => {
  const reply = await openCaseExportPdf(ctx, id);
  return new Response(reply.body, { status: 200, headers: reply.headers });
});
