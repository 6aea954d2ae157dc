import { createCaseExport } from "@/lib/export/create-case-export";
import { listCaseExports } from "@/lib/export/list-case-exports";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withRouteContext } from "@/lib/http/with-route-context";

// Chromium prints the PDF in this request; it must not be cut short by a default timeout.
export const maxDuration = 300;

/** Create a case-file export: JSON { locale?: "zh-CN" | "en", documentTypes?: DocumentType[] } → 201 { export }. */
export const POST = withRouteContext<{ id: string }>(async (request, ctx, { id }) => {
  const created = await createCaseExport(ctx, id, await readJsonBody(request));
  return Response.json({ export: created }, { status: 201 });
});

/** Earlier exports of the dispute, newest first: 200 { exports: [...] }. */
export const GET = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json({ exports: await listCaseExports(ctx, id) });
});
