import { z } from "zod";
import { DisputeStatus } from "@/lib/db/generated/enums";
import {
  fraudAmountCategorySchema,
  isoDaySchema,
  legalRuleSchema,
  legalTrackSchema,
  localizedTextSchema,
} from "./legal-rule-schema";

/*
 * The assessment's output. Declared as a schema (not only a type) so a snapshot kept with a
 * case file or an export can be validated when it is read back.
 */

/** Which buyer key linked disputes; the key values (salted hashes, platform ids) stay out of the output. */
export const buyerKeyKindSchema = z.enum(["platform-id", "phone", "address"]);
export type BuyerKeyKind = z.infer<typeof buyerKeyKindSchema>;

export const claimantLinkSchema = z.object({ kind: buyerKeyKindSchema, disputeIds: z.array(z.string()) });
export type ClaimantLink = z.infer<typeof claimantLinkSchema>;

const ruleFields = legalRuleSchema.shape;

/** A rule version cited as basis, with the day(s) of the assessment it was in force on. */
export const ruleRefSchema = z.object({
  ruleId: ruleFields.id,
  version: ruleFields.version,
  versionLabel: ruleFields.versionLabel,
  law: ruleFields.law,
  article: ruleFields.article,
  effectiveFrom: ruleFields.effectiveFrom,
  effectiveTo: ruleFields.effectiveTo,
  verification: ruleFields.verification,
  unknownFields: ruleFields.unknownFields,
  /** "assessment-date": the text in force now; "act-date": the text in force when the claim was filed. */
  inForceOn: z.array(z.enum(["assessment-date", "act-date"])).min(1),
});
export type RuleRef = z.infer<typeof ruleRefSchema>;

export const counterDisputeSchema = z.object({
  disputeId: z.string(),
  claimFiledAt: isoDaySchema,
  status: z.enum(DisputeStatus),
  claimedFen: z.number().int(),
  /** Refund paid if known, else the claimed amount. */
  countedFen: z.number().int(),
  refundConfirmed: z.boolean(),
});

export const buyerAmountsSchema = z.object({
  disputeCount: z.number().int(),
  claimedFen: z.number().int(),
  /** The cumulative amount the tiers are judged on. */
  countedFen: z.number().int(),
  /** Part of countedFen backed by a known refund payment. */
  confirmedFen: z.number().int(),
  /** Part of countedFen from claims whose payment is not known. */
  unconfirmedFen: z.number().int(),
  disputes: z.array(counterDisputeSchema),
  /** Claims filed after the assessment date, left out of the sums. */
  excludedLaterDisputeIds: z.array(z.string()),
});
export type BuyerAmounts = z.infer<typeof buyerAmountsSchema>;

export const fraudThresholdsSchema = z.object({
  relativelyLargeFen: z.number().int(),
  hugeFen: z.number().int(),
  especiallyHugeFen: z.number().int(),
  /** True for each figure taken from the national range's lower end because the province gave none. */
  defaulted: z.object({ relativelyLarge: z.boolean(), huge: z.boolean(), especiallyHuge: z.boolean() }),
  basis: ruleRefSchema,
});
export type FraudThresholds = z.infer<typeof fraudThresholdsSchema>;

export const elementIdSchema = z.enum([
  "fabricated-fact",
  "intent",
  "property-obtained",
  "causation",
  "review-failure",
  "merchant-loss",
  "labelled-producer",
]);
export type ElementId = z.infer<typeof elementIdSchema>;

export const evidenceIdSchema = z.enum([
  "forgery-finding",
  "aigc-label",
  "packing-video",
  "repeat-claims",
  "refund-paid",
  "claim-relies-on-photos",
  "platform-approved-without-review",
  "unrecovered-loss",
]);

export const elementAssessmentSchema = z.object({
  id: elementIdSchema,
  label: localizedTextSchema,
  /** supported: direct evidence; partial: corroborating evidence only; missing: none. */
  status: z.enum(["supported", "partial", "missing"]),
  supportedBy: z.array(
    z.object({ evidence: evidenceIdSchema, weight: z.enum(["direct", "corroborating"]), explanation: localizedTextSchema }),
  ),
  /** What would establish the element; shown whenever it is not fully supported. */
  needed: localizedTextSchema,
});
export type ElementAssessment = z.infer<typeof elementAssessmentSchema>;

export const trackAssessmentSchema = z.object({
  id: legalTrackSchema,
  title: localizedTextSchema,
  reasons: z.array(localizedTextSchema),
  basis: z.array(ruleRefSchema),
  elements: z.array(elementAssessmentSchema),
  missingElements: z.array(elementIdSchema),
});
export type TrackAssessment = z.infer<typeof trackAssessmentSchema>;

export const assessmentWarningSchema = z.object({
  code: z.enum([
    "category-rests-on-unconfirmed-refunds",
    "no-rule-in-force",
    "law-version-changed-since-act",
    "rule-fields-unknown",
    "time-limit-may-have-passed",
  ]),
  message: localizedTextSchema,
});
export type AssessmentWarning = z.infer<typeof assessmentWarningSchema>;

export const legalAssessmentSchema = z.object({
  disputeId: z.string(),
  assessmentDate: isoDaySchema,
  /** The day the claim was filed: the act the law is applied to. */
  actDate: isoDaySchema,
  dispute: z.object({ claimedFen: z.number().int(), countedFen: z.number().int(), refundConfirmed: z.boolean() }),
  buyer: buyerAmountsSchema.extend({ links: z.array(claimantLinkSchema) }),
  thresholds: fraudThresholdsSchema,
  /** Tier of the buyer's cumulative counted amount. */
  category: fraudAmountCategorySchema,
  /** Tier counting confirmed refunds only; differs from `category` when unconfirmed claims tip it. */
  confirmedCategory: fraudAmountCategorySchema,
  elements: z.array(elementAssessmentSchema),
  tracks: z.array(trackAssessmentSchema),
  warnings: z.array(assessmentWarningSchema),
  notice: localizedTextSchema,
});
export type LegalAssessment = z.infer<typeof legalAssessmentSchema>;
