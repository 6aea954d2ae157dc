import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";

/** Orders or buyers a search may match before it counts as too broad to list completely. */
export const SEARCH_MATCH_LIMIT = 500;
/** Upper bound for a prefix range on a BINARY-collated column. */
const PREFIX_END = "\u{10FFFF}";

/**
 * Ids of the merchant's disputes whose order no., tracking no., buyer platform id or
 * buyer nickname starts with the text. Prefixes are written as ranges so SQLite uses
 * the Order and Buyer indexes (LIKE would scan); the disputes are then found by
 * orderId and buyerId, one query each, since SQLite does not use indexes for an OR of
 * the two. A search matching more than SEARCH_MATCH_LIMIT orders or buyers is cut there.
 */
export async function searchDisputeIds(ctx: Pick<SessionContext, "organizationId">, text: string) {
  const organizationId = ctx.organizationId;
  const prefix = { gte: text, lt: text + PREFIX_END };
  const [orders, buyers] = await Promise.all([
    db.order.findMany({ where: { organizationId, OR: [{ orderNo: prefix }, { trackingNo: prefix }] }, select: { id: true }, take: SEARCH_MATCH_LIMIT + 1 }),
    db.buyer.findMany({ where: { organizationId, OR: [{ platformBuyerId: prefix }, { nickname: prefix }] }, select: { id: true }, take: SEARCH_MATCH_LIMIT + 1 }),
  ]);
  const ids = (rows: { id: string }[]) => rows.slice(0, SEARCH_MATCH_LIMIT).map((r) => r.id);
  const [byOrder, byBuyer] = await Promise.all([
    orders.length ? db.dispute.findMany({ where: { organizationId, orderId: { in: ids(orders) } }, select: { id: true } }) : [],
    buyers.length ? db.dispute.findMany({ where: { organizationId, buyerId: { in: ids(buyers) } }, select: { id: true } }) : [],
  ]);
  return {
    ids: [...new Set([...byOrder, ...byBuyer].map((d) => d.id))],
    truncated: orders.length > SEARCH_MATCH_LIMIT || buyers.length > SEARCH_MATCH_LIMIT,
  };
}
