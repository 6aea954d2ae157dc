import { withRouteContext } from "@/lib/http/with-route-context";
import { listOrders } from "@/lib/orders/list-orders";

/** The merchant's orders: `?q=` order or tracking number, `?page=`. 200 { items, total, page, pageCount }. */
export const GET = withRouteContext(async (request, ctx) => {
  const params = new URL(request.url).searchParams;
  const result = await listOrders(ctx, { q: params.get("q") ?? undefined, page: params.get("page") ?? undefined });
  return Response.json(result);
});
