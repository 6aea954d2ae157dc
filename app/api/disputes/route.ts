import { createDispute } from "@/lib/disputes/create-dispute";
import type { CreateDisputeInput } from "@/lib/disputes/dispute-schemas";
import { listDisputes } from "@/lib/disputes/list-disputes";
import { readJsonBody } from "@/lib/http/read-json-body";
import { withRouteContext } from "@/lib/http/with-route-context";

/** GET /api/disputes?status=&platform=&storeId=&deadline=overdue|24h|7d&q=&page= */
export const GET = withRouteContext(async (request, ctx) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await listDisputes(ctx, query));
});

/** POST /api/disputes with the fields of the new-dispute form as JSON; amounts in yuan. */
export const POST = withRouteContext(async (request, ctx) => {
  const body = await readJsonBody<CreateDisputeInput>(request);
  const dispute = await createDispute(ctx, body);
  return Response.json({ dispute }, { status: 201 });
});
