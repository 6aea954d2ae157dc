import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { AWAITING_RESPONSE_STATUSES } from "./dispute-status-flow";

/**
 * The merchant's disputes that still await a response and have a deadline, most urgent
 * first. This set is small (disputes in progress); reading it through the status index
 * and ordering it here keeps deadline queries fast. Given a deadline condition in SQL,
 * SQLite picks the deadline index instead and walks every past deadline of the
 * merchant's history.
 */
export async function listLiveDeadlines(ctx: Pick<SessionContext, "organizationId">) {
  const rows = await db.dispute.findMany({
    where: { organizationId: ctx.organizationId, status: { in: AWAITING_RESPONSE_STATUSES } },
    select: { id: true, status: true, storeId: true, createdAt: true, responseDeadline: true },
  });
  return rows
    .filter((row): row is typeof row & { responseDeadline: Date } => row.responseDeadline !== null)
    .sort((a, b) => a.responseDeadline.getTime() - b.responseDeadline.getTime() || (a.id < b.id ? -1 : 1));
}
