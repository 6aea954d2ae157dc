import { z } from "zod";
import type { SessionContext } from "@/lib/auth/session-context";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { findPackingVideos } from "@/lib/video/find-packing-videos";

export const ORDERS_PAGE_SIZE = 25;

export const listOrdersQuerySchema = z.object({
  q: z.string().trim().max(64).optional().transform((value) => value || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type ListOrdersQuery = { q?: string; page?: string | number };

/**
 * One page of the caller's orders, newest first, optionally searched by order or
 * tracking number (an exact hit first, then numbers containing the text), each with its
 * count of packing videos and disputes.
 */
export async function listOrders(ctx: Pick<SessionContext, "organizationId">, rawQuery: ListOrdersQuery) {
  const query = listOrdersQuerySchema.parse(rawQuery);
  const organizationId = ctx.organizationId;
  const where: Prisma.OrderWhereInput = {
    organizationId,
    ...(query.q && {
      OR: [{ orderNo: { contains: query.q } }, { trackingNo: { contains: query.q } }, { trackingNo: { contains: query.q.toUpperCase() } }],
    }),
  };
  const [total, orders] = await Promise.all([
    db.order.count({ where }),
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * ORDERS_PAGE_SIZE,
      take: ORDERS_PAGE_SIZE,
      include: {
        store: { select: { name: true, platform: true } },
        product: { select: { name: true } },
        buyer: { select: { platformBuyerId: true, nickname: true } },
        _count: { select: { disputes: true } },
      },
    }),
  ]);
  const videos = await findPackingVideos(ctx, orders);
  return {
    items: orders.map(({ _count, ...order }) => ({ ...order, disputeCount: _count.disputes, videoCount: videos.get(order.id)?.length ?? 0 })),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE)),
    q: query.q ?? "",
  };
}
