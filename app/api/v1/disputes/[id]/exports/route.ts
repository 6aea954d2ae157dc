import { createCaseExport } from "@/lib/export/create-case-export";
import { listCaseExports } from "@/lib/export/list-case-exports";
import { withApiV1Links } from "@/lib/export/to-case-export-view";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

// Chromium prints the PDF in this request; it must not be cut short by a default timeout.
export const maxDuration = 300;

/** POST /api/v1/disputes/:id/exports — { locale?, documentTypes? } → 201 { export }; counted against the key's case-file quota. */
export const POST = withApiKeyContext<{ id: string }>(
  async (request, ctx, { id }) => {
    return Response.json({ export: withApiV1Links(await createCaseExport(ctx, id, await readJsonBody(request))) }, { status: 201 });
  },
  { exports: true },
);

/** GET /api/v1/disputes/:id/exports — 200 { exports: [...] }, newest first. */
export const GET = withApiKeyContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json({ exports: (await listCaseExports(ctx, id)).map(withApiV1Links) });
});
