import { openCaseExportZip } from "@/lib/export/open-case-export";
import { withRouteContext } from "@/lib/http/with-route-context";

/** The export's ZIP bundle as an attachment, streamed. */
export const GET = withRouteContext<{ id: string }>(async (_request, ctx, { id }) => {
  const reply = await openCaseExportZip(ctx, id);
  return new Response(reply.body, { status: 200, headers: reply.headers });
});
