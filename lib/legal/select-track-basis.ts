import type { RuleRef } from "./legal-assessment-schema";
import type { LegalRule, LegalTrack } from "./legal-rule-schema";
import { selectRuleVersion } from "./select-applicable-rules";
import { toRuleRef } from "./to-rule-ref";

/**
 * The rules supporting a track: for each rule id, the version in force on the assessment
 * date, and, when a different one was in force on the day of the act, that one too. Both
 * matter: the current text is what a report cites, but an act is judged under the law of
 * its time unless the newer law is more lenient — e.g. a claim filed on 2025-12-20 and
 * reported in 2026 straddles the Public Security law revision.
 */
export function selectTrackBasis(rules: LegalRule[], track: LegalTrack, assessmentDay: string, actDay: string): RuleRef[] {
  const ids = [...new Set(rules.filter((rule) => rule.tracks.includes(track)).map((rule) => rule.id))];
  const refs: RuleRef[] = [];
  for (const id of ids) {
    const current = selectRuleVersion(rules, id, assessmentDay);
    const atAct = selectRuleVersion(rules, id, actDay);
    const now = current?.tracks.includes(track) ? current : undefined;
    const then = atAct?.tracks.includes(track) ? atAct : undefined;
    if (now && now === then) {
      refs.push(toRuleRef(now, ["assessment-date", "act-date"]));
      continue;
    }
    if (now) refs.push(toRuleRef(now, ["assessment-date"]));
    if (then) refs.push(toRuleRef(then, ["act-date"]));
  }
  return refs;
}
