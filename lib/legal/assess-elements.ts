import type { DisputeRecord, EvidenceFacts } from "./assessment-input-schema";
import { ELEMENT_LABELS, ELEMENT_NEEDED, EVIDENCE_TEXTS } from "./assessment-texts";
import type { ElementAssessment, ElementId } from "./legal-assessment-schema";

type Support = ElementAssessment["supportedBy"][number];

export type ElementFacts = {
  dispute: Pick<DisputeRecord, "refundPaidFen" | "amountRecoveredFen">;
  evidence: EvidenceFacts;
  /** Claims by the same buyer counted in the cumulative amount, this one included. */
  buyerDisputeCount: number;
};

/**
 * "supported" needs direct evidence; corroboration alone (a packing video cannot exclude
 * damage in transit, a repeat pattern is not proof of this act) leaves the element "partial".
 */
function toElement(id: ElementId, supportedBy: Support[]): ElementAssessment {
  const status = supportedBy.some((s) => s.weight === "direct") ? "supported" : supportedBy.length ? "partial" : "missing";
  return { id, label: ELEMENT_LABELS[id], status, supportedBy, needed: ELEMENT_NEEDED[id] };
}

/**
 * Which evidence supports each element of fraud (fabricated fact, intent, property obtained,
 * causation) and of the platform and AI-provider routes. Signals only count once a reviewer
 * has confirmed them upstream (SPEC: findings are signals, never bare verdicts).
 */
export function assessElements({ dispute, evidence, buyerDisputeCount }: ElementFacts): Record<ElementId, ElementAssessment> {
  const paidFen = dispute.refundPaidFen ?? 0;
  const lossFen = Math.max(0, paidFen - dispute.amountRecoveredFen);
  const label = evidence.aigcLabel;

  const fabricated: Support[] = [];
  if (evidence.hasForgeryFinding) fabricated.push({ evidence: "forgery-finding", weight: "direct", explanation: EVIDENCE_TEXTS.forgeryFinding });
  if (label) fabricated.push({ evidence: "aigc-label", weight: "direct", explanation: EVIDENCE_TEXTS.aigcLabel(label.producer) });
  if (evidence.hasPackingVideo) fabricated.push({ evidence: "packing-video", weight: "corroborating", explanation: EVIDENCE_TEXTS.packingVideo });

  const intent: Support[] = [];
  if (evidence.hasForgeryFinding) intent.push({ evidence: "forgery-finding", weight: "direct", explanation: EVIDENCE_TEXTS.forgeryIsDeliberate });
  if (label) intent.push({ evidence: "aigc-label", weight: "corroborating", explanation: EVIDENCE_TEXTS.aigcTool });
  if (buyerDisputeCount > 1) {
    intent.push({ evidence: "repeat-claims", weight: "corroborating", explanation: EVIDENCE_TEXTS.repeatClaims(buyerDisputeCount) });
  }

  const obtained: Support[] = [];
  if (paidFen > 0) obtained.push({ evidence: "refund-paid", weight: "direct", explanation: EVIDENCE_TEXTS.refundPaid(paidFen) });

  // Causation links the photo to a payment: without a payment there is nothing to cause.
  const causation: Support[] = [];
  if (paidFen > 0 && evidence.claimReliesOnPhotos) {
    causation.push({ evidence: "claim-relies-on-photos", weight: "direct", explanation: EVIDENCE_TEXTS.claimReliesOnPhotos });
  }
  if (paidFen > 0 && evidence.platformApprovedWithoutReview) {
    causation.push({ evidence: "platform-approved-without-review", weight: "corroborating", explanation: EVIDENCE_TEXTS.approvedOnSubmission });
  }

  const reviewFailure: Support[] = evidence.platformApprovedWithoutReview
    ? [{ evidence: "platform-approved-without-review", weight: "direct", explanation: EVIDENCE_TEXTS.approvedWithoutReview }]
    : [];
  const loss: Support[] = lossFen > 0 ? [{ evidence: "unrecovered-loss", weight: "direct", explanation: EVIDENCE_TEXTS.unrecoveredLoss(lossFen) }] : [];

  const producer: Support[] = [];
  if (label?.producer) producer.push({ evidence: "aigc-label", weight: "direct", explanation: EVIDENCE_TEXTS.aigcLabel(label.producer) });
  else if (label) producer.push({ evidence: "aigc-label", weight: "corroborating", explanation: EVIDENCE_TEXTS.aigcLabelWithoutProducer });

  return {
    "fabricated-fact": toElement("fabricated-fact", fabricated),
    intent: toElement("intent", intent),
    "property-obtained": toElement("property-obtained", obtained),
    causation: toElement("causation", causation),
    "review-failure": toElement("review-failure", reviewFailure),
    "merchant-loss": toElement("merchant-loss", loss),
    "labelled-producer": toElement("labelled-producer", producer),
  };
}
