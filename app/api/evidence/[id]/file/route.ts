import { withRouteContext } from "@/lib/http/with-route-context";
import { openEvidenceFile } from "@/lib/evidence/open-evidence-file";

/** The original bytes, streamed with HTTP range support; `?download=1` asks the browser to save instead of display. */
export const GET = withRouteContext<{ id: string }>(async (request, ctx, { id }) => {
  const file = await openEvidenceFile(ctx, id, {
    range: request.headers.get("range"),
    ifRange: request.headers.get("if-range"),
    download: new URL(request.url).searchParams.get("download") === "1",
  });
  return new Response(file.body, { status: file.status, headers: file.headers });
});
