import { z } from "zod";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { parseFindingDetails } from "./parse-finding-details";

export interface ReuseDispute {
  id: string;
  orderNo: string;
}

const disputeIdsSchema = z.array(z.string()).catch([]);

/**
 * For each reuse finding, the other disputes it names (`details.disputeIds`) with their order
 * numbers, in the finding's order: what a reviewer, a platform or the police look them up by.
 * Only the caller's merchant's disputes are returned; one since deleted is left out.
 * Keyed by finding id; other findings are absent.
 */
export async function loadReuseDisputes(
  ctx: Pick<SessionContext, "organizationId">,
  findings: readonly { id: string; type: string; detailsJson: string }[],
): Promise<Map<string, ReuseDispute[]>> {
  const named = findings
    .filter((finding) => finding.type === "reuse")
    .map((finding) => ({ id: finding.id, disputeIds: disputeIdsSchema.parse(parseFindingDetails(finding.detailsJson).disputeIds) }));
  const ids = [...new Set(named.flatMap((finding) => finding.disputeIds))];
  const rows = ids.length
    ? await db.dispute.findMany({ where: { id: { in: ids }, organizationId: ctx.organizationId }, select: { id: true, order: { select: { orderNo: true } } } })
    : [];
  const orderNo = new Map(rows.map((row) => [row.id, row.order.orderNo]));
  return new Map(named.map((finding) => [finding.id, finding.disputeIds.flatMap((id) => (orderNo.has(id) ? [{ id, orderNo: orderNo.get(id)! }] : []))]));
}
