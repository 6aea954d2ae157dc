import { getDispute } from "@/lib/disputes/get-dispute";
import { updateDispute } from "@/lib/disputes/update-dispute";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

/** GET /api/v1/disputes/:id — 200 { dispute }. */
export const GET = withApiKeyContext<{ id: string }>(async (_request, ctx, { id }) => {
  return Response.json({ dispute: await getDispute(ctx, id) });
});

/** PATCH /api/v1/disputes/:id — only the fields present change; 200 { dispute }. */
export const PATCH = withApiKeyContext<{ id: string }>(async (request, ctx, { id }) => {
  await updateDispute(ctx, id, await readJsonBody(request));
  return Response.json({ dispute: await getDispute(ctx, id) });
});
