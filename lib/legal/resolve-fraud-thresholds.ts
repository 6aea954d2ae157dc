import { formatFen } from "@/lib/utils/money";
import type { ProvinceThresholds } from "./assessment-input-schema";
import { CATEGORY_NAMES } from "./assessment-texts";
import type { FraudThresholds } from "./legal-assessment-schema";
import { FRAUD_TIERS, type FraudTier, type LegalRule, type LocalizedText } from "./legal-rule-schema";
import { LegalRulesError } from "./legal-rules-error";
import { selectApplicableRules } from "./select-applicable-rules";
import { toRuleRef } from "./to-rule-ref";

const FIELD_OF_TIER = {
  "relatively-large": "relativelyLargeFen",
  huge: "hugeFen",
  "especially-huge": "especiallyHugeFen",
} as const satisfies Record<FraudTier, keyof ProvinceThresholds>;

export type FraudTierRange = { tier: FraudTier; minFen: number; maxFen: number };

/** A province figure outside the national range, named by its settings field. */
export type ProvinceThresholdIssue = { field: keyof ProvinceThresholds; valueFen: number; range: FraudTierRange; message: LocalizedText };

export class ProvinceThresholdError extends Error {
  constructor(readonly issues: ProvinceThresholdIssue[]) {
    super(issues.map((issue) => issue.message.en).join("\n"));
    this.name = "ProvinceThresholdError";
  }
}

/**
 * The rule version in force on `day` that sets the fraud amount ranges. Exactly one must
 * exist: with none there is no way to tell administrative from criminal, with two the
 * data contradicts itself. Either is a data error.
 */
export function findFraudThresholdRule(rules: LegalRule[], day: string): LegalRule {
  const found = selectApplicableRules(rules, day).filter((rule) => rule.thresholds.some((t) => t.kind === "fraud-amount"));
  if (found.length !== 1) {
    const names = found.map((r) => `${r.id}@${r.version}`).join(", ") || "none";
    throw new LegalRulesError([
      { file: "(legal-rules)", field: "thresholds", message: `exactly one rule in force on ${day} must set fraud-amount tiers; found ${names}` },
    ]);
  }
  return found[0];
}

/** The national ranges by tier, lowest tier first. */
export function fraudTierRanges(rule: LegalRule): FraudTierRange[] {
  return FRAUD_TIERS.map((tier) => {
    const threshold = rule.thresholds.find((t) => t.kind === "fraud-amount" && t.tier === tier);
    if (!threshold || threshold.kind !== "fraud-amount") throw new Error(`${rule.id}@${rule.version} has no "${tier}" tier`);
    return { tier, minFen: threshold.minFen, maxFen: threshold.maxFen };
  });
}

/** Every province figure outside its national range; [] when all are acceptable. For settings forms. */
export function checkProvinceThresholds(rules: LegalRule[], day: string, province: ProvinceThresholds): ProvinceThresholdIssue[] {
  const rule = findFraudThresholdRule(rules, day);
  const issues: ProvinceThresholdIssue[] = [];
  for (const range of fraudTierRanges(rule)) {
    const field = FIELD_OF_TIER[range.tier];
    const valueFen = province[field];
    if (valueFen === undefined || (valueFen >= range.minFen && valueFen <= range.maxFen)) continue;
    const span = range.minFen === range.maxFen ? formatFen(range.minFen) : `${formatFen(range.minFen)}–${formatFen(range.maxFen)}`;
    const name = CATEGORY_NAMES[range.tier];
    issues.push({
      field,
      valueFen,
      range,
      message: {
        zh: `本省“${name.zh}”标准 ${formatFen(valueFen)} 超出 ${rule.law.zh} 规定的幅度 ${span}`,
        en: `Province threshold ${field} for "${name.en}" is ${valueFen} fen (${formatFen(valueFen)}), outside ${span} set by ${rule.id}@${rule.version}`,
      },
    });
  }
  return issues;
}

/**
 * The figures to classify with on `day`: the province's where given, else the lower end of
 * the national range (3,000 / 30,000 / 500,000 yuan today). Throws ProvinceThresholdError
 * for a figure outside the range, because a wrong figure would silently move a buyer
 * between administrative and criminal handling.
 */
export function resolveFraudThresholds(rules: LegalRule[], day: string, province: ProvinceThresholds): FraudThresholds {
  const issues = checkProvinceThresholds(rules, day, province);
  if (issues.length) throw new ProvinceThresholdError(issues);
  const rule = findFraudThresholdRule(rules, day);
  const [relativelyLarge, huge, especiallyHuge] = fraudTierRanges(rule);
  return {
    relativelyLargeFen: province.relativelyLargeFen ?? relativelyLarge.minFen,
    hugeFen: province.hugeFen ?? huge.minFen,
    especiallyHugeFen: province.especiallyHugeFen ?? especiallyHuge.minFen,
    defaulted: {
      relativelyLarge: province.relativelyLargeFen === undefined,
      huge: province.hugeFen === undefined,
      especiallyHuge: province.especiallyHugeFen === undefined,
    },
    basis: toRuleRef(rule, ["assessment-date"]),
  };
}
