import { z } from "zod";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { AWAITING_RESPONSE_STATUSES } from "@/lib/disputes/dispute-status-flow";
import { awaitingReviewFilter, disputesAwaitingReviewSql } from "@/lib/forensics/awaiting-review-filter";
import { findingStrengthSchema, type FindingStrength } from "@/lib/forensics/finding-schema";

export const REVIEW_QUEUE_PAGE_SIZE = 25;

export const listReviewQueueSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  /** Whose cases: everyone's, the caller's own, or nobody's yet. */
  assignee: z.enum(["all", "me", "unassigned"]).catch("all"),
});
/** Raw search params, as a page receives them. */
export type ListReviewQueueQuery = Partial<Record<"page" | "assignee", string | undefined>>;

/**
 * The merchant's disputes with findings awaiting review. Cases still owing the platform a
 * response come first, nearest deadline first (overdue ones lead); then cases whose deadline no
 * longer applies (already answered), then those without one. Each with how many findings wait,
 * the strongest of them and who is assigned. For members who may decide on findings.
 *
 * The page is chosen in SQL starting from the undecided findings (few) rather than from the
 * disputes (up to 100k), and the order needs a CASE Prisma cannot express.
 */
export async function listReviewQueue(ctx: SessionContext, rawQuery: ListReviewQueueQuery = {}) {
  assertPermission(ctx, { review: ["decide"] });
  const query = listReviewQueueSchema.parse(rawQuery);
  const org = ctx.organizationId;
  const awaiting = awaitingReviewFilter(org);
  const assigneeSql =
    query.assignee === "me" ? Prisma.sql`AND d.reviewerId = ${ctx.userId}` : query.assignee === "unassigned" ? Prisma.sql`AND d.reviewerId IS NULL` : Prisma.empty;
  // CROSS JOIN keeps SQLite's join order: from the few undecided findings to their disputes.
  // Left to choose, it walks all the merchant's disputes and probes each one.
  const from = Prisma.sql`FROM (${disputesAwaitingReviewSql(org)}) p CROSS JOIN Dispute d ON d.id = p.id WHERE d.organizationId = ${org} ${assigneeSql}`;
  const live = Prisma.join(AWAITING_RESPONSE_STATUSES);
  const [[{ total }], pageRows] = await Promise.all([
    db.$queryRaw<{ total: number | bigint }[]>`SELECT COUNT(*) AS total ${from}`,
    db.$queryRaw<{ id: string }[]>`SELECT d.id ${from}
      ORDER BY CASE WHEN d.status IN (${live}) AND d.responseDeadline IS NOT NULL THEN 0 ELSE 1 END, d.responseDeadline IS NULL, d.responseDeadline, d.claimFiledAt, d.id
      LIMIT ${REVIEW_QUEUE_PAGE_SIZE} OFFSET ${(query.page - 1) * REVIEW_QUEUE_PAGE_SIZE}`,
  ]);
  const ids = pageRows.map((row) => row.id);
  // By id alone: these ids come from the merchant-scoped query above, and with organizationId
  // in the condition SQLite (without statistics) walks the merchant's index instead of the keys.
  const rows = await db.dispute.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      status: true,
      responseDeadline: true,
      amountClaimedFen: true,
      reviewerId: true,
      order: { select: { orderNo: true } },
      store: { select: { name: true, platform: true } },
      buyer: { select: { nickname: true, platformBuyerId: true } },
    },
  });
  const disputes = ids.flatMap((id) => rows.filter((row) => row.id === id));
  const reviewerIds = [...new Set(disputes.flatMap((dispute) => (dispute.reviewerId ? [dispute.reviewerId] : [])))];
  const [counts, reviewers] = await Promise.all([
    db.finding.groupBy({ by: ["disputeId", "strength"], where: { ...awaiting, disputeId: { in: ids } }, _count: { _all: true } }),
    db.user.findMany({ where: { id: { in: reviewerIds } }, select: { id: true, name: true } }),
  ]);

  const items = disputes.map((dispute) => {
    const mine = counts.filter((row) => row.disputeId === dispute.id);
    const strengths = new Set(mine.map((row) => row.strength));
    // The schema lists strengths strongest first.
    const strongest: FindingStrength | null = findingStrengthSchema.options.find((strength) => strengths.has(strength)) ?? null;
    return {
      id: dispute.id,
      orderNo: dispute.order.orderNo,
      store: dispute.store,
      buyer: dispute.buyer?.nickname ?? dispute.buyer?.platformBuyerId ?? null,
      status: dispute.status,
      responseDeadline: dispute.responseDeadline,
      amountClaimedFen: dispute.amountClaimedFen,
      awaitingCount: mine.reduce((sum, row) => sum + row._count._all, 0),
      strongest,
      reviewer: dispute.reviewerId ? { id: dispute.reviewerId, name: reviewers.find((user) => user.id === dispute.reviewerId)?.name ?? "—" } : null,
    };
  });
  const count = Number(total);
  return { items, total: count, page: query.page, pageCount: Math.max(1, Math.ceil(count / REVIEW_QUEUE_PAGE_SIZE)), assignee: query.assignee };
}

export type ReviewQueueItem = Awaited<ReturnType<typeof listReviewQueue>>["items"][number];
