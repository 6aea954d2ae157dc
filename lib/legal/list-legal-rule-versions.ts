import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { AppError } from "@/lib/errors";
import { toDateInputValue } from "@/lib/utils/format-date";
import { isoDaySchema, type LegalRule } from "./legal-rule-schema";
import { loadLegalRules } from "./load-legal-rules";
import { isRuleInForce } from "./select-applicable-rules";

export type LegalRuleVersion = LegalRule & { appliesOnDate: boolean };

/**
 * Every rule version in legal-rules/, grouped by rule and oldest first, each marked with
 * whether it is in force on `date` (default: today in China). For owners, admins and
 * reviewers, who decide what the case file cites; staff gets FORBIDDEN.
 */
export async function listLegalRuleVersions(ctx: SessionContext, rawDate?: string, now: Date = new Date()) {
  assertPermission(ctx, { legal: ["read"] });
  const parsed = rawDate ? isoDaySchema.safeParse(rawDate.trim()) : null;
  if (parsed && !parsed.success) throw new AppError("VALIDATION", "validation", {}, { date: ["date"] });
  const date = parsed?.data ?? toDateInputValue(now);
  const rules = await loadLegalRules();
  const versions: LegalRuleVersion[] = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id) || a.effectiveFrom.localeCompare(b.effectiveFrom))
    .map((rule) => ({ ...rule, appliesOnDate: isRuleInForce(rule, date) }));
  return { date, today: toDateInputValue(now), versions };
}
