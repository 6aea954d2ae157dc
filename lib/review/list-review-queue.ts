import { z } from "zod";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { awaitingReviewFilter } from "@/lib/forensics/awaiting-review-filter";
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
 * The merchant's disputes with findings awaiting review, the nearest platform deadline first
 * (overdue ones lead; cases without a deadline come last), each with how many findings wait,
 * the strongest of them and who is assigned. For members who may decide on findings.
 */
export async function listReviewQueue(ctx: SessionContext, rawQuery: ListReviewQueueQuery = {}) {
  assertPermission(ctx, { review: ["decide"] });
  const query = listReviewQueueSchema.parse(rawQuery);
  const awaiting = awaitingReviewFilter(ctx.organizationId);
  const where: Prisma.DisputeWhereInput = {
    organizationId: ctx.organizationId,
    findings: { some: awaiting },
    ...(query.assignee === "me" ? { reviewerId: ctx.userId } : query.assignee === "unassigned" ? { reviewerId: null } : {}),
  };
  const [total, disputes] = await Promise.all([
    db.dispute.count({ where }),
    db.dispute.findMany({
      where,
      orderBy: [{ responseDeadline: { sort: "asc", nulls: "last" } }, { claimFiledAt: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * REVIEW_QUEUE_PAGE_SIZE,
      take: REVIEW_QUEUE_PAGE_SIZE,
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
    }),
  ]);
  const ids = disputes.map((dispute) => dispute.id);
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
  return { items, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / REVIEW_QUEUE_PAGE_SIZE)), assignee: query.assignee };
}

export type ReviewQueueItem = Awaited<ReturnType<typeof listReviewQueue>>["items"][number];
