import type { DisputeRecord, EvidenceFacts } from "./assessment-input-schema";
import { REASON_TEXTS } from "./assessment-texts";
import type { BuyerAmounts, FraudThresholds } from "./legal-assessment-schema";
import type { FraudAmountCategory, LegalTrack, LocalizedText } from "./legal-rule-schema";

export type TrackDecision = { id: LegalTrack; reasons: LocalizedText[] };

export type TrackFacts = {
  dispute: Pick<DisputeRecord, "refundPaidFen" | "amountRecoveredFen">;
  evidence: EvidenceFacts;
  amounts: BuyerAmounts;
  thresholds: FraudThresholds;
  category: FraudAmountCategory;
};

/**
 * Which routes are open, and why, in the order a merchant would usually take them.
 * Administrative and criminal reports exclude each other: the police handle an act below
 * the province's threshold as a public-security violation and at or above it as a crime,
 * judged on the buyer's cumulative amount.
 */
export function selectTracks({ dispute, evidence, amounts, thresholds, category }: TrackFacts): TrackDecision[] {
  const tracks: TrackDecision[] = [{ id: "platform-appeal", reasons: [REASON_TEXTS.platformAppeal] }];

  // Nothing paid means no juristic act to revoke and nothing to return.
  if (dispute.refundPaidFen !== 0) {
    const reason = dispute.refundPaidFen === null ? REASON_TEXTS.civilUnknown : REASON_TEXTS.civilPaid(dispute.refundPaidFen);
    tracks.push({ id: "civil", reasons: [reason] });
  }

  const amountReasons: LocalizedText[] = [];
  if (amounts.disputeCount > 1) amountReasons.push(REASON_TEXTS.aggregated(amounts.disputeCount));
  if (amounts.unconfirmedFen > 0) amountReasons.push(REASON_TEXTS.unconfirmedPart(amounts.unconfirmedFen));
  if (category === "below") {
    const reasons = [REASON_TEXTS.belowThreshold(amounts.countedFen, thresholds.relativelyLargeFen), ...amountReasons];
    if (amounts.countedFen === 0) reasons.push(REASON_TEXTS.nothingObtained);
    tracks.push({ id: "administrative-report", reasons });
  } else {
    tracks.push({
      id: "criminal-report",
      reasons: [REASON_TEXTS.reachesThreshold(amounts.countedFen, thresholds.relativelyLargeFen, category), ...amountReasons],
    });
  }

  const lossFen = Math.max(0, (dispute.refundPaidFen ?? 0) - dispute.amountRecoveredFen);
  if (evidence.platformApprovedWithoutReview && lossFen > 0) {
    tracks.push({ id: "platform-liability", reasons: [REASON_TEXTS.platformLiability(lossFen)] });
  }

  const producer = evidence.aigcLabel?.producer;
  if (producer) {
    tracks.push({ id: "ai-provider-inquiry", reasons: [REASON_TEXTS.aiProvider(producer, evidence.aigcLabel?.produceId ?? null)] });
  }
  return tracks;
}
