import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";

/** What a row of a dispute table shows. */
export const DISPUTE_LIST_SELECT = {
  id: true,
  organizationId: true,
  status: true,
  amountClaimedFen: true,
  responseDeadline: true,
  createdAt: true,
  order: { select: { orderNo: true, trackingNo: true } },
  store: { select: { name: true, platform: true } },
  buyer: { select: { nickname: true, platformBuyerId: true } },
} as const;

/**
 * Table rows for the given dispute ids of the merchant, in the order of the ids. The
 * lookup goes by primary key and the merchant is checked on the rows: with the
 * merchant in the SQL condition, SQLite walks the merchant's index instead.
 */
export async function findListItems(ctx: Pick<SessionContext, "organizationId">, ids: string[]) {
  if (!ids.length) return [];
  const rows = await db.dispute.findMany({ where: { id: { in: ids } }, select: DISPUTE_LIST_SELECT });
  const byId = new Map(rows.filter((row) => row.organizationId === ctx.organizationId).map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type DisputeListItem = Awaited<ReturnType<typeof findListItems>>[number];
