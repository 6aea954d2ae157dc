import type { SessionContext } from "@/lib/auth/session-context";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/prisma";
import { disputesAwaitingReviewSql } from "@/lib/forensics/awaiting-review-filter";
import { countRepeatClaimants } from "@/lib/legal/count-repeat-claimants";
import { inDeadlineWindow } from "./deadline-window";
import { ALL_STATUSES, DECIDED_STATUSES, RECOVERY_STATUSES, UNSETTLED_STATUSES } from "./dispute-status-flow";
import { findListItems } from "./find-list-items";
import { listLiveDeadlines } from "./list-live-deadlines";

const URGENT_LIMIT = 6;

/**
 * The merchant's dashboard figures. Money at stake is what is claimed and not yet
 * recovered on unsettled disputes. The win rate is WON + PARTIAL over WON + PARTIAL +
 * LOST: outcomes are resting statuses (dispute-status-flow.ts), so counts suffice.
 */
export async function getDashboardStats(ctx: Pick<SessionContext, "organizationId">, now = new Date()) {
  const organizationId = ctx.organizationId;
  const [byStatus, live, unsettled, recovered, forged, repeat, [awaitingReview]] = await Promise.all([
    db.dispute.groupBy({ by: ["status"], where: { organizationId }, _count: { _all: true } }),
    listLiveDeadlines(ctx),
    db.dispute.aggregate({
      where: { organizationId, status: { in: UNSETTLED_STATUSES } },
      _sum: { amountClaimedFen: true, amountRecoveredFen: true },
    }),
    // Only disputes with money recovered, found through their index instead of a scan of every dispute.
    db.dispute.aggregate({ where: { organizationId, amountRecoveredFen: { gt: 0 } }, _sum: { amountRecoveredFen: true } }),
    // A dispute "has forged-photo signals" when a strong or moderate finding on it was not rejected by a reviewer.
    db.finding.groupBy({
      by: ["disputeId"],
      where: { organizationId, disputeId: { not: null }, strength: { in: ["strong", "moderate"] }, review: { not: "REJECTED" } },
    }),
    countRepeatClaimants(ctx),
    db.$queryRaw<{ total: number | bigint }[]>`SELECT COUNT(*) AS total FROM (${disputesAwaitingReviewSql(organizationId)})`,
  ]);

  const counts = Object.fromEntries(ALL_STATUSES.map((s) => [s, 0])) as Record<DisputeStatus, number>;
  for (const row of byStatus) counts[row.status] = row._count._all;
  const sum = (statuses: DisputeStatus[]) => statuses.reduce((total, status) => total + counts[status], 0);
  const decided = sum(DECIDED_STATUSES);
  const won = sum(RECOVERY_STATUSES);
  return {
    now,
    total: sum(ALL_STATUSES),
    counts,
    unsettled: sum(UNSETTLED_STATUSES),
    overdue: live.filter((d) => inDeadlineWindow(d.responseDeadline, "overdue", now)).length,
    dueSoon: live.filter((d) => inDeadlineWindow(d.responseDeadline, "24h", now)).length,
    atStakeFen: (unsettled._sum.amountClaimedFen ?? 0) - (unsettled._sum.amountRecoveredFen ?? 0),
    recoveredFen: recovered._sum.amountRecoveredFen ?? 0,
    decided,
    won,
    winRate: decided ? won / decided : null,
    forgedSignalDisputes: forged.length,
    forgedShare: sum(ALL_STATUSES) ? forged.length / sum(ALL_STATUSES) : null,
    repeatClaimants: repeat,
    /** Disputes with findings a person still has to confirm or reject (the review queue). */
    disputesAwaitingReview: Number(awaitingReview.total),
    urgent: await findListItems(ctx, live.slice(0, URGENT_LIMIT).map((d) => d.id)),
  };
}
