import type { DisputeRecord } from "./assessment-input-schema";
import type { BuyerAmounts } from "./legal-assessment-schema";

/** Sums stay exact integers; a sum past 2^53 would silently lose fen, so refuse it instead. */
function addFen(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError(`amount sum ${a} + ${b} fen is beyond exact integer range`);
  return sum;
}

/**
 * Adds up one claimant's disputes as of `assessmentDay`. Several acts by the same buyer are
 * judged on their total (the source article: one act or several reaching the threshold).
 * Each dispute counts the refund actually paid when known (fraud is measured by what was
 * obtained), otherwise its claimed amount, kept apart as "unconfirmed" so the caller can see
 * when the tier depends on it. Recoveries are not deducted: returning money after the fact
 * does not shrink the amount obtained. Claims filed after the assessment date are left out.
 */
export function aggregateBuyerAmounts(disputes: DisputeRecord[], assessmentDay: string): BuyerAmounts {
  const result: BuyerAmounts = {
    disputeCount: 0,
    claimedFen: 0,
    countedFen: 0,
    confirmedFen: 0,
    unconfirmedFen: 0,
    disputes: [],
    excludedLaterDisputeIds: [],
  };
  for (const dispute of disputes) {
    if (dispute.claimFiledAt > assessmentDay) {
      result.excludedLaterDisputeIds.push(dispute.disputeId);
      continue;
    }
    const refundConfirmed = dispute.refundPaidFen !== null;
    const countedFen = dispute.refundPaidFen ?? dispute.amountClaimedFen;
    result.disputeCount += 1;
    result.claimedFen = addFen(result.claimedFen, dispute.amountClaimedFen);
    result.countedFen = addFen(result.countedFen, countedFen);
    if (refundConfirmed) result.confirmedFen = addFen(result.confirmedFen, countedFen);
    else result.unconfirmedFen = addFen(result.unconfirmedFen, countedFen);
    result.disputes.push({
      disputeId: dispute.disputeId,
      claimFiledAt: dispute.claimFiledAt,
      status: dispute.status,
      claimedFen: dispute.amountClaimedFen,
      countedFen,
      refundConfirmed,
    });
  }
  return result;
}
