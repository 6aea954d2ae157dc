import { aggregateBuyerAmounts } from "./aggregate-buyer-amounts";
import { assessElements } from "./assess-elements";
import { assessDisputeInputSchema, type AssessDisputeInput } from "./assessment-input-schema";
import { LEGAL_NOTICE, TRACK_TITLES, WARNING_TEXTS } from "./assessment-texts";
import { checkTimeLimits } from "./check-time-limits";
import { classifyFraudAmount } from "./classify-fraud-amount";
import { findClaimantGroup } from "./group-disputes-by-claimant";
import type { AssessmentWarning, ElementId, LegalAssessment, RuleRef, TrackAssessment } from "./legal-assessment-schema";
import type { LegalRule, LegalTrack } from "./legal-rule-schema";
import { resolveFraudThresholds } from "./resolve-fraud-thresholds";
import { selectTrackBasis } from "./select-track-basis";
import { selectTracks } from "./select-tracks";

/** The elements each route has to establish. */
const TRACK_ELEMENTS: Record<LegalTrack, ElementId[]> = {
  "platform-appeal": ["fabricated-fact"],
  civil: ["fabricated-fact", "intent", "causation", "property-obtained"],
  "administrative-report": ["fabricated-fact", "intent", "property-obtained", "causation"],
  "criminal-report": ["fabricated-fact", "intent", "property-obtained", "causation"],
  "platform-liability": ["review-failure", "merchant-loss"],
  "ai-provider-inquiry": ["labelled-producer"],
};

const FRAUD_ELEMENTS: ElementId[] = ["fabricated-fact", "intent", "property-obtained", "causation"];

/**
 * Assesses one dispute, and its buyer across this merchant's disputes, against the rules in
 * force on the assessment date: amounts, the SPC/SPP tier, the routes open to the merchant
 * with their legal basis, and which elements the evidence supports. Pure: the caller loads
 * the rules (load-legal-rules.ts) and the disputes. Throws a ZodError for malformed input
 * and ProvinceThresholdError for a province figure outside the national range.
 */
export function assessDispute(rules: LegalRule[], rawInput: AssessDisputeInput): LegalAssessment {
  const input = assessDisputeInputSchema.parse(rawInput);
  const { dispute, evidence, assessmentDate } = input;
  const actDate = dispute.claimFiledAt;

  // Disputes that share no key with this one, even through others, are another claimant.
  const group = findClaimantGroup([dispute, ...input.otherDisputes], dispute.disputeId)!;
  const amounts = aggregateBuyerAmounts(group.disputes, assessmentDate);
  const thresholds = resolveFraudThresholds(rules, assessmentDate, input.province);
  const category = classifyFraudAmount(amounts.countedFen, thresholds);
  const confirmedCategory = classifyFraudAmount(amounts.confirmedFen, thresholds);

  const elements = assessElements({ dispute, evidence, buyerDisputeCount: amounts.disputeCount });
  const decisions = selectTracks({ dispute, evidence, amounts, thresholds, category });
  const tracks: TrackAssessment[] = decisions.map(({ id, reasons }) => {
    const trackElements = TRACK_ELEMENTS[id].map((element) => elements[element]);
    return {
      id,
      title: TRACK_TITLES[id],
      reasons,
      basis: selectTrackBasis(rules, id, assessmentDate, actDate),
      elements: trackElements,
      missingElements: trackElements.filter((e) => e.status !== "supported").map((e) => e.id),
    };
  });

  const warnings: AssessmentWarning[] = [];
  if (category !== confirmedCategory) {
    warnings.push({
      code: "category-rests-on-unconfirmed-refunds",
      message: WARNING_TEXTS.categoryRestsOnUnconfirmed(category, confirmedCategory, amounts.unconfirmedFen),
    });
  }
  warnings.push(...collectBasisWarnings(rules, tracks, assessmentDate, actDate));

  return {
    disputeId: dispute.disputeId,
    assessmentDate,
    actDate,
    dispute: {
      claimedFen: dispute.amountClaimedFen,
      countedFen: dispute.refundPaidFen ?? dispute.amountClaimedFen,
      refundConfirmed: dispute.refundPaidFen !== null,
    },
    buyer: { ...amounts, links: group.links },
    thresholds,
    category,
    confirmedCategory,
    elements: FRAUD_ELEMENTS.map((element) => elements[element]),
    tracks,
    warnings,
    notice: LEGAL_NOTICE,
  };
}

/** Gaps and changes in the law cited: missing rules, changed versions, unverified fields, lapsed periods. */
function collectBasisWarnings(rules: LegalRule[], tracks: TrackAssessment[], assessmentDate: string, actDate: string): AssessmentWarning[] {
  const warnings: AssessmentWarning[] = [];
  const refs = new Map<string, RuleRef>();
  for (const track of tracks) {
    if (!track.basis.some((ref) => ref.inForceOn.includes("assessment-date"))) {
      warnings.push({ code: "no-rule-in-force", message: WARNING_TEXTS.noRuleInForce(track.id, assessmentDate) });
    }
    for (const ref of track.basis) refs.set(`${ref.ruleId}@${ref.version}`, ref);
  }

  for (const ref of refs.values()) {
    if (!ref.inForceOn.includes("assessment-date")) {
      const current = [...refs.values()].find((r) => r.ruleId === ref.ruleId && r.inForceOn.includes("assessment-date"));
      warnings.push({
        code: "law-version-changed-since-act",
        message: WARNING_TEXTS.versionChanged(ref.law, ref.versionLabel, actDate, current?.versionLabel ?? null, assessmentDate),
      });
    }
  }
  for (const ref of refs.values()) {
    if (ref.unknownFields.length) {
      warnings.push({ code: "rule-fields-unknown", message: WARNING_TEXTS.fieldsUnknown(ref.law, ref.versionLabel, ref.unknownFields) });
    }
  }

  // Time limits bind the route under the text in force now; look the rules up by the refs cited.
  const current = rules.filter((rule) =>
    [...refs.values()].some((ref) => ref.ruleId === rule.id && ref.version === rule.version && ref.inForceOn.includes("assessment-date")),
  );
  warnings.push(...checkTimeLimits(current, actDate, assessmentDate));
  return warnings;
}
