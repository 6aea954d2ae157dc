import { getDisputeDocuments } from "@/lib/documents/get-dispute-documents";
import { saveDocumentDraft } from "@/lib/documents/save-document-draft";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

/** GET /api/v1/disputes/:id/documents — every case document in Chinese and English: the saved text, or the one the case data gives now. */
export const GET = withApiKeyContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json({ documents: await getDisputeDocuments(ctx, id) });
});

/** PUT /api/v1/disputes/:id/documents { type, locale, title, body, includeInExport? } — saves an edited document (audited); 200 { documents }. */
export const PUT = withApiKeyContext<{ id: string }>(async (request, ctx, { id }) => {
  await saveDocumentDraft(ctx, id, await readJsonBody(request));
  return Response.json({ documents: await getDisputeDocuments(ctx, id) });
});
