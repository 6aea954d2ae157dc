import { WARNING_TEXTS } from "./assessment-texts";
import type { AssessmentWarning } from "./legal-assessment-schema";
import type { LegalRule } from "./legal-rule-schema";

/** "2025-01-31" + 1 month = "2025-02-28": the period ends on the last day of a shorter month. */
export function addMonthsToDay(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Warns about each time limit in the rules that, counted from the claim date, has run out
 * by the assessment date. Only a warning: a period counted from when the merchant knew may
 * start later than the claim, and interruptions are not modelled.
 */
export function checkTimeLimits(rules: LegalRule[], actDay: string, assessmentDay: string): AssessmentWarning[] {
  const warnings: AssessmentWarning[] = [];
  for (const rule of rules) {
    for (const threshold of rule.thresholds) {
      if (threshold.kind !== "time-limit") continue;
      const deadline = addMonthsToDay(actDay, threshold.months);
      if (deadline >= assessmentDay) continue;
      warnings.push({
        code: "time-limit-may-have-passed",
        message: WARNING_TEXTS.timeLimit(rule.law, threshold.label, deadline, threshold.runsFrom === "knowledge"),
      });
    }
  }
  return warnings;
}
