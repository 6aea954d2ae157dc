import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { toEvidenceViews } from "@/lib/evidence/to-evidence-views";
import { notFound } from "@/lib/errors";
import { findPackingVideos } from "@/lib/video/find-packing-videos";

/** One order of the caller's merchant with its store, buyer, product, disputes and packing videos (withdrawn ones included, marked). */
export async function getOrder(ctx: Pick<SessionContext, "organizationId">, orderId: string) {
  const order = await db.order.findFirst({
    where: { id: orderId, organizationId: ctx.organizationId },
    include: {
      store: { select: { id: true, name: true, platform: true } },
      product: { select: { id: true, name: true, sku: true } },
      buyer: { select: { platformBuyerId: true, nickname: true } },
      disputes: {
        where: { organizationId: ctx.organizationId },
        orderBy: { createdAt: "desc" },
        select: { id: true, status: true, amountClaimedFen: true, claimFiledAt: true, reason: true },
      },
    },
  });
  if (!order) throw notFound();
  const videos = (await findPackingVideos(ctx, [order], { includeWithdrawn: true })).get(order.id) ?? [];
  return { ...order, videos: await toEvidenceViews(videos) };
}
