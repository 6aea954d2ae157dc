import type { SessionContext } from "@/lib/auth/session-context";
import type { Evidence } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";

/**
 * The packing videos of some of the caller's orders, by order id: videos attached to the
 * order, and packing videos recorded for its tracking number (a station clip uploaded
 * before the order was imported). Withdrawn videos are left out unless asked for; a
 * withdrawn video is no evidence that the parcel was packed.
 */
export async function findPackingVideos(
  ctx: Pick<SessionContext, "organizationId">,
  orders: { id: string; trackingNo: string | null }[],
  options: { includeWithdrawn?: boolean } = {},
): Promise<Map<string, Evidence[]>> {
  const result = new Map<string, Evidence[]>(orders.map((order) => [order.id, []]));
  if (!orders.length) return result;
  const trackingNos = [...new Set(orders.flatMap((order) => (order.trackingNo ? [order.trackingNo] : [])))];
  const rows = await db.evidence.findMany({
    where: {
      organizationId: ctx.organizationId,
      mimeType: { startsWith: "video/" },
      ...(!options.includeWithdrawn && { withdrawnAt: null }),
      OR: [{ orderId: { in: orders.map((order) => order.id) } }, ...(trackingNos.length ? [{ kind: "PACKING_VIDEO" as const, trackingNo: { in: trackingNos } }] : [])],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  for (const order of orders) {
    result.set(
      order.id,
      rows.filter((row) => row.orderId === order.id || (row.kind === "PACKING_VIDEO" && order.trackingNo !== null && row.trackingNo === order.trackingNo)),
    );
  }
  return result;
}
