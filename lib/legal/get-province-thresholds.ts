import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { toDateInputValue } from "@/lib/utils/format-date";
import { loadLegalRules } from "./load-legal-rules";
import { findFraudThresholdRule, fraudTierRanges, type FraudTierRange } from "./resolve-fraud-thresholds";

/** The merchant's stored province figures (null = national default) and today's national ranges, for the settings card. */
export async function getProvinceThresholds(ctx: SessionContext, now: Date = new Date()) {
  const [settings, rules] = await Promise.all([
    db.merchantSettings.findUnique({
      where: { organizationId: ctx.organizationId },
      select: { province: true, relativelyLargeFen: true, hugeFen: true, especiallyHugeFen: true },
    }),
    loadLegalRules(),
  ]);
  const rule = findFraudThresholdRule(rules, toDateInputValue(now));
  const ranges: FraudTierRange[] = fraudTierRanges(rule);
  return {
    province: settings?.province ?? null,
    relativelyLargeFen: settings?.relativelyLargeFen ?? null,
    hugeFen: settings?.hugeFen ?? null,
    especiallyHugeFen: settings?.especiallyHugeFen ?? null,
    ranges,
    basis: { id: rule.id, version: rule.version, law: rule.law },
  };
}
