import type { LegalRule } from "./legal-rule-schema";

/** In force on `day` ("YYYY-MM-DD", China time): both ends inclusive; effectiveTo null = still in force. */
export function isRuleInForce(rule: LegalRule, day: string): boolean {
  return rule.effectiveFrom <= day && (rule.effectiveTo === null || day <= rule.effectiveTo);
}

/**
 * The version of each rule in force on `day` (at most one per id: parse-legal-rules.ts
 * rejects overlapping versions). This is what an admin sees as "the text that applies".
 */
export function selectApplicableRules(rules: LegalRule[], day: string): LegalRule[] {
  return rules.filter((rule) => isRuleInForce(rule, day));
}

/** The version of one rule in force on `day`, or undefined when none is. */
export function selectRuleVersion(rules: LegalRule[], id: string, day: string): LegalRule | undefined {
  return rules.find((rule) => rule.id === id && isRuleInForce(rule, day));
}
