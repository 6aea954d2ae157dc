import { cache } from "react";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import type { DisputeStatus, EvidenceKind, FindingReview } from "@/lib/db/generated/enums";
import { AppError, notFound } from "@/lib/errors";
import { parseFindingDetails } from "@/lib/forensics/parse-finding-details";
import { toDateInputValue } from "@/lib/utils/format-date";
import { assessDispute } from "./assess-dispute";
import type { DisputeRecordInput, EvidenceFacts, ProvinceThresholds } from "./assessment-input-schema";
import { findClaimantDisputes } from "./find-claimant-disputes";
import type { LegalAssessment } from "./legal-assessment-schema";
import type { LegalRule } from "./legal-rule-schema";
import { LegalRulesError } from "./legal-rules-error";
import { loadLegalRules } from "./load-legal-rules";
import { ProvinceThresholdError } from "./resolve-fraud-thresholds";

/** Evidence kinds the legal elements draw on, counted among the dispute's (and its order's) unwithdrawn files. */
const COUNTED_KINDS = ["PACKING_VIDEO", "BUYER_PHOTO", "BUYER_VIDEO", "CHAT_SCREENSHOT", "LOGISTICS_PROOF"] as const satisfies EvidenceKind[];
export type CountedEvidenceKind = (typeof COUNTED_KINDS)[number];

/**
 * Findings that say the buyer's photo is not a true picture of the delivered goods. "info"
 * findings (e.g. a plain camera photo) establish nothing, whatever the review says.
 */
const SUPPORTING_STRENGTHS = new Set(["strong", "moderate", "weak"]);

export type AssessedFinding = { id: string; type: string; strength: string; review: FindingReview; evidenceId: string };

export type DisputeLegalAssessment = LegalAssessment & {
  /** The province name from the settings, when given; the figures are in `thresholds`. */
  province: string | null;
  /** Unwithdrawn files by kind (packing videos linked to the order count). */
  evidenceOnFile: Record<CountedEvidenceKind, number>;
  /** Findings a reviewer confirmed: the only ones counted as support. */
  confirmedFindings: AssessedFinding[];
  /** Findings not yet reviewed: shown as "awaiting review", never counted. */
  findingsAwaitingReview: AssessedFinding[];
  /** Producer and content id of a reviewer-confirmed AI-content label in the buyer's photos. */
  aigcLabel: EvidenceFacts["aigcLabel"];
  /** The full rule versions cited anywhere in the assessment (for summaries and sources). */
  citedRules: LegalRule[];
};

/**
 * What the platform paid out: the amount the merchant recorded; failing that, a LOST dispute
 * is one the platform decided for the buyer, so the claimed amount was paid. Otherwise the
 * payment is unknown and the assessment counts the claim but flags it as unconfirmed.
 */
function refundPaidFen(row: Pick<DisputeRow, "refundPaidFen" | "status" | "amountClaimedFen">): number | null {
  return row.refundPaidFen ?? (row.status === "LOST" ? row.amountClaimedFen : null);
}

type DisputeRow = {
  id: string;
  status: DisputeStatus;
  amountClaimedFen: number;
  refundPaidFen: number | null;
  amountRecoveredFen: number;
  claimFiledAt: Date;
  store: { platform: DisputeRecordInput["buyer"]["platform"] };
  buyer: { platform: DisputeRecordInput["buyer"]["platform"]; platformBuyerId: string | null; phoneHash: string | null; addressHash: string | null } | null;
};

export function toDisputeRecord(row: DisputeRow): DisputeRecordInput {
  return {
    disputeId: row.id,
    amountClaimedFen: row.amountClaimedFen,
    refundPaidFen: refundPaidFen(row),
    amountRecoveredFen: row.amountRecoveredFen,
    claimFiledAt: row.claimFiledAt,
    status: row.status,
    buyer: row.buyer
      ? { platform: row.buyer.platform, platformBuyerId: row.buyer.platformBuyerId, phoneHash: row.buyer.phoneHash, addressHash: row.buyer.addressHash }
      : { platform: row.store.platform },
  };
}

/** An aigc_label finding's producer and content id; the forensics module writes camelCase, raw labels use the standard's names. */
function readAigcLabel(detailsJson: string): { producer: string | null; produceId: string | null } {
  // A malformed details blob names no producer; the finding still counts as a label.
  const details = parseFindingDetails(detailsJson);
  const text = (...keys: string[]) => {
    for (const key of keys) {
      const value = details[key];
      if (typeof value === "string" && value.trim()) return value.trim();
    }
    return null;
  };
  return { producer: text("contentProducer", "ContentProducer"), produceId: text("produceId", "ProduceID") };
}

/**
 * The legal assessment of one dispute of the caller's merchant, built from the database:
 * the buyer's other claims at this merchant (matched by platform id, phone hash or address
 * hash, transitively), the province thresholds from MerchantSettings (null = national
 * default), the evidence on file and the reviewed forensic findings. Another merchant's
 * dispute is NOT_FOUND. `now` fixes the assessment date (China calendar day).
 */
export async function getDisputeLegalAssessment(ctx: SessionContext, disputeId: string, now: Date = new Date()): Promise<DisputeLegalAssessment> {
  const dispute = await db.dispute.findFirst({
    where: { id: disputeId, organizationId: ctx.organizationId },
    select: {
      id: true,
      orderId: true,
      status: true,
      amountClaimedFen: true,
      amountRecoveredFen: true,
      refundPaidFen: true,
      platformSkippedReview: true,
      claimFiledAt: true,
      buyerId: true,
      store: { select: { platform: true } },
      buyer: { select: { platform: true, platformBuyerId: true, phoneHash: true, addressHash: true } },
    },
  });
  if (!dispute) throw notFound();

  const [others, settings, evidence, findings, rules] = await Promise.all([
    findClaimantDisputes(ctx.organizationId, dispute.buyerId),
    db.merchantSettings.findUnique({ where: { organizationId: ctx.organizationId } }),
    db.evidence.groupBy({
      by: ["kind"],
      where: {
        organizationId: ctx.organizationId,
        withdrawnAt: null,
        kind: { in: [...COUNTED_KINDS] },
        OR: [{ disputeId: dispute.id }, { orderId: dispute.orderId, kind: "PACKING_VIDEO" }],
      },
      _count: { _all: true },
    }),
    db.finding.findMany({
      where: { organizationId: ctx.organizationId, disputeId: dispute.id, review: { in: ["CONFIRMED", "PENDING"] }, evidence: { withdrawnAt: null } },
      select: { id: true, type: true, strength: true, review: true, evidenceId: true, detailsJson: true },
      orderBy: { createdAt: "asc" },
    }),
    loadLegalRules().catch((error: unknown) => {
      // Broken rules data is an operator problem: the page says so instead of failing.
      if (error instanceof LegalRulesError) throw new AppError("CONFLICT", "legalRulesInvalid");
      throw error;
    }),
  ]);

  const evidenceOnFile = Object.fromEntries(COUNTED_KINDS.map((kind) => [kind, 0])) as Record<CountedEvidenceKind, number>;
  for (const row of evidence) evidenceOnFile[row.kind as CountedEvidenceKind] = row._count._all;

  const confirmed = findings.filter((f) => f.review === "CONFIRMED");
  const label = confirmed.find((f) => f.type === "aigc_label");
  const facts: EvidenceFacts = {
    hasForgeryFinding: confirmed.some((f) => f.type !== "aigc_label" && SUPPORTING_STRENGTHS.has(f.strength)),
    aigcLabel: label ? readAigcLabel(label.detailsJson) : null,
    hasPackingVideo: evidenceOnFile.PACKING_VIDEO > 0,
    claimReliesOnPhotos: evidenceOnFile.BUYER_PHOTO + evidenceOnFile.BUYER_VIDEO > 0,
    // Only what the merchant recorded about the platform's handling; never assumed.
    platformApprovedWithoutReview: dispute.platformSkippedReview,
  };

  const province: ProvinceThresholds = {
    relativelyLargeFen: settings?.relativelyLargeFen ?? undefined,
    hugeFen: settings?.hugeFen ?? undefined,
    especiallyHugeFen: settings?.especiallyHugeFen ?? undefined,
  };
  // A claim dated after "now" (clock skew, a typo) must not make the assessment invalid.
  const filedDay = toDateInputValue(dispute.claimFiledAt);
  const today = toDateInputValue(now);
  const assessmentDate = today < filedDay ? filedDay : today;

  let assessment: LegalAssessment;
  try {
    assessment = assessDispute(rules, {
      dispute: toDisputeRecord(dispute),
      otherDisputes: others.filter((d) => d.id !== dispute.id).map(toDisputeRecord),
      province,
      assessmentDate,
      evidence: facts,
    });
  } catch (error) {
    // Settings are checked on save; a later change in the rules data can still put them out of range.
    if (error instanceof ProvinceThresholdError) throw new AppError("CONFLICT", "provinceThresholdsOutOfRange");
    throw error;
  }

  const cited = new Set([assessment.thresholds.basis, ...assessment.tracks.flatMap((t) => t.basis)].map((ref) => `${ref.ruleId}@${ref.version}`));
  const toAssessed = ({ id, type, strength, review, evidenceId }: (typeof findings)[number]): AssessedFinding => ({ id, type, strength, review, evidenceId });
  return {
    ...assessment,
    province: settings?.province ?? null,
    evidenceOnFile,
    confirmedFindings: confirmed.map(toAssessed),
    aigcLabel: facts.aigcLabel,
    findingsAwaitingReview: findings.filter((f) => f.review === "PENDING").map(toAssessed),
    citedRules: rules.filter((rule) => cited.has(`${rule.id}@${rule.version}`)),
  };
}

/**
 * The same, computed once per server render however many sections of a page ask for it
 * (React's per-request cache; outside a render every call computes afresh).
 */
export const getDisputeLegalAssessmentForRender = cache((ctx: SessionContext, disputeId: string) => getDisputeLegalAssessment(ctx, disputeId));
