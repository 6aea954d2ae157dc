import { createDispute } from "@/lib/disputes/create-dispute";
import { getDispute } from "@/lib/disputes/get-dispute";
import { listDisputes } from "@/lib/disputes/list-disputes";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

/** GET /api/v1/disputes?status=&platform=&storeId=&deadline=&q=&page= — see /api/v1/openapi.json. */
export const GET = withApiKeyContext(async (request, ctx) => {
  return Response.json(await listDisputes(ctx, Object.fromEntries(new URL(request.url).searchParams)));
});

/** POST /api/v1/disputes — 201 { dispute }, the same shape GET /api/v1/disputes/:id returns. */
export const POST = withApiKeyContext(async (request, ctx) => {
  const { id } = await createDispute(ctx, await readJsonBody(request));
  return Response.json({ dispute: await getDispute(ctx, id) }, { status: 201 });
});
