import type { LegalRule } from "./legal-rule-schema";
import type { RuleRef } from "./legal-assessment-schema";

/** The part of a rule an assessment cites; the full text stays in the rules data. */
export function toRuleRef(rule: LegalRule, inForceOn: RuleRef["inForceOn"]): RuleRef {
  return {
    ruleId: rule.id,
    version: rule.version,
    versionLabel: rule.versionLabel,
    law: rule.law,
    article: rule.article,
    effectiveFrom: rule.effectiveFrom,
    effectiveTo: rule.effectiveTo,
    verification: rule.verification,
    unknownFields: rule.unknownFields,
    inForceOn,
  };
}
