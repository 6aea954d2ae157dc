import { openCaseExportPdf } from "@/lib/export/open-case-export";
import { withRouteContext } from "@/lib/http/with-route-context";

/** The export's PDF (read out of its ZIP), shown inline in the browser. */
export const GET = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  const reply = await openCaseExportPdf(ctx, id);
  return new Response(reply.body, { status: 200, headers: reply.headers });
});
