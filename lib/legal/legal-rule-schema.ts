import { z } from "zod";
import { MAX_FEN } from "@/lib/utils/money";

/*
 * One legal rule = one version of one provision, as a JSON file in legal-rules/. Laws
 * change (the Public Security Administration Punishments Law was revised with effect from
 * 2026-01-01), so the text lives in data that can be corrected without a code change, and
 * every version carries its own effective dates.
 *
 * Anything we could not confirm is recorded as null AND named in `unknownFields`, so a
 * missing article number or penalty is a visible, deliberate gap rather than an invented
 * figure or a forgotten field.
 */

export const localizedTextSchema = z.object({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A calendar day in China time, "YYYY-MM-DD"; compared as strings, which sort by date. */
export const isoDaySchema = z.iso.date();

export const fenSchema = z.number().int().nonnegative().max(MAX_FEN);

/** What the merchant can do about a claim; each rule says which of these it supports. */
export const LEGAL_TRACKS = [
  "platform-appeal",
  "civil",
  "administrative-report",
  "criminal-report",
  "platform-liability",
  "ai-provider-inquiry",
] as const;
export const legalTrackSchema = z.enum(LEGAL_TRACKS);
export type LegalTrack = z.infer<typeof legalTrackSchema>;

/** The SPC/SPP amount tiers for fraud, lowest first; "below" means under the lowest tier. */
export const FRAUD_TIERS = ["relatively-large", "huge", "especially-huge"] as const;
export const fraudTierSchema = z.enum(FRAUD_TIERS);
export type FraudTier = z.infer<typeof fraudTierSchema>;
export const fraudAmountCategorySchema = z.enum(["below", ...FRAUD_TIERS]);
export type FraudAmountCategory = z.infer<typeof fraudAmountCategorySchema>;

/**
 * A tier's starting amount as a range: each province fixes its own figure inside it.
 * A fixed national figure has minFen = maxFen.
 */
const fraudAmountThresholdSchema = z
  .object({
    kind: z.literal("fraud-amount"),
    tier: fraudTierSchema,
    minFen: fenSchema,
    maxFen: fenSchema,
  })
  .refine((t) => t.minFen <= t.maxFen, { message: "minFen must not exceed maxFen", path: ["maxFen"] });

/** A period after which a right lapses, counted from the act or from when the merchant knew of it. */
const timeLimitThresholdSchema = z.object({
  kind: z.literal("time-limit"),
  months: z.number().int().positive().max(600),
  runsFrom: z.enum(["act", "knowledge"]),
  label: localizedTextSchema,
});

export const legalThresholdSchema = z.discriminatedUnion("kind", [fraudAmountThresholdSchema, timeLimitThresholdSchema]);
export type LegalThreshold = z.infer<typeof legalThresholdSchema>;

/** One penalty tier; the structured figures are optional because criminal tiers are prison terms. */
const penaltySchema = z
  .object({
    tier: z.string().trim().min(1),
    description: localizedTextSchema,
    detentionDays: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }).optional(),
    maxFineFen: fenSchema.optional(),
  })
  .refine((p) => !p.detentionDays || p.detentionDays.min <= p.detentionDays.max, {
    message: "detentionDays.min must not exceed detentionDays.max",
    path: ["detentionDays"],
  });

/** Fields that may be null; null is allowed only when the field is also listed in unknownFields. */
export const UNKNOWABLE_FIELDS = ["article", "penalties", "source.issuer", "source.documentNumber"] as const;

export const legalRuleSchema = z
  .object({
    /** Stable across versions, e.g. "public-security-fraud"; kebab-case because it names files. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case id expected"),
    version: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case version expected"),
    /** How a reader names the version, e.g. { zh: "2025年修订", en: "2025 revision" }: `version` names files, this is printed. */
    versionLabel: localizedTextSchema,
    law: localizedTextSchema,
    /** As cited, e.g. { zh: "第四十九条", en: "Art. 49" }; null when it must be looked up. */
    article: localizedTextSchema.nullable(),
    /** Our own paraphrase, never the statute's or the source article's sentences. */
    summary: localizedTextSchema,
    tracks: z.array(legalTrackSchema).min(1),
    thresholds: z.array(legalThresholdSchema),
    /** [] = the provision sets no penalty; null = it does, but the figures are not confirmed. */
    penalties: z.array(penaltySchema).nullable(),
    effectiveFrom: isoDaySchema,
    /** Last day in force, inclusive; null while in force. */
    effectiveTo: isoDaySchema.nullable(),
    source: z.object({
      title: localizedTextSchema,
      issuer: localizedTextSchema.nullable(),
      documentNumber: z.string().trim().min(1).nullable(),
      url: z.url().optional(),
    }),
    /** How far the entry has been checked; every output still says to verify the current text. */
    verification: z.enum(["as-cited-by-source-article", "secondary-sources", "needs-official-text"]),
    unknownFields: z.array(z.enum(UNKNOWABLE_FIELDS)),
    notes: z.array(localizedTextSchema),
  })
  .superRefine((rule, ctx) => {
    if (rule.effectiveTo !== null && rule.effectiveTo < rule.effectiveFrom) {
      ctx.addIssue({ code: "custom", path: ["effectiveTo"], message: `must not be before effectiveFrom (${rule.effectiveFrom})` });
    }
    const values: Record<(typeof UNKNOWABLE_FIELDS)[number], unknown> = {
      article: rule.article,
      penalties: rule.penalties,
      "source.issuer": rule.source.issuer,
      "source.documentNumber": rule.source.documentNumber,
    };
    for (const field of UNKNOWABLE_FIELDS) {
      const listed = rule.unknownFields.includes(field);
      const isNull = values[field] === null;
      if (isNull && !listed) {
        ctx.addIssue({ code: "custom", path: field.split("."), message: "is null: list it in unknownFields or give a value" });
      } else if (!isNull && listed) {
        ctx.addIssue({ code: "custom", path: ["unknownFields"], message: `lists "${field}" but the field has a value` });
      }
    }
    checkFraudTiers(rule.thresholds, ctx);
  });
export type LegalRule = z.infer<typeof legalRuleSchema>;

/**
 * A rule with amount tiers must give all three, once each, in ascending, non-overlapping
 * ranges: otherwise an amount could fall into two tiers or none.
 */
function checkFraudTiers(thresholds: LegalThreshold[], ctx: z.RefinementCtx) {
  const tiers = thresholds.flatMap((t, index) => (t.kind === "fraud-amount" ? [{ ...t, index }] : []));
  if (tiers.length === 0) return;
  for (const [position, tier] of FRAUD_TIERS.entries()) {
    const found = tiers.filter((t) => t.tier === tier);
    if (found.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["thresholds"], message: `needs exactly one "${tier}" fraud-amount tier, found ${found.length}` });
      continue;
    }
    const lower = position > 0 ? tiers.find((t) => t.tier === FRAUD_TIERS[position - 1]) : undefined;
    if (lower && lower.maxFen >= found[0].minFen) {
      ctx.addIssue({
        code: "custom",
        path: ["thresholds", found[0].index, "minFen"],
        message: `"${tier}" must start above the "${lower.tier}" range (max ${lower.maxFen})`,
      });
    }
  }
}
