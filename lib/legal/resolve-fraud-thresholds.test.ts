import { beforeAll, describe, expect, it } from "vitest";
import type { LegalRule } from "./legal-rule-schema";
import { LegalRulesError } from "./legal-rules-error";
import { loadLegalRules } from "./load-legal-rules";
import { checkProvinceThresholds, ProvinceThresholdError, resolveFraudThresholds } from "./resolve-fraud-thresholds";

let rules: LegalRule[];
beforeAll(async () => {
  rules = await loadLegalRules();
});

const DAY = "2025-10-01";

describe("resolveFraudThresholds", () => {
  it("defaults to the lower end of each national range: 3,000 / 30,000 / 500,000 yuan", () => {
    const thresholds = resolveFraudThresholds(rules, DAY, {});
    expect(thresholds).toMatchObject({
      relativelyLargeFen: 300_000,
      hugeFen: 3_000_000,
      especiallyHugeFen: 50_000_000,
      defaulted: { relativelyLarge: true, huge: true, especiallyHuge: true },
      basis: { ruleId: "fraud-amount-thresholds", version: "2011-interpretation" },
    });
  });

  it("uses the province's figures", () => {
    const thresholds = resolveFraudThresholds(rules, DAY, { relativelyLargeFen: 600_000, hugeFen: 6_000_000 });
    expect(thresholds).toMatchObject({ relativelyLargeFen: 600_000, hugeFen: 6_000_000, especiallyHugeFen: 50_000_000 });
    expect(thresholds.defaulted).toEqual({ relativelyLarge: false, huge: false, especiallyHuge: true });
  });

  // Both ends of each SPC/SPP range are allowed; one fen outside is not.
  const table = [
    { field: "relativelyLargeFen", value: 300_000, ok: true },
    { field: "relativelyLargeFen", value: 1_000_000, ok: true },
    { field: "relativelyLargeFen", value: 299_999, ok: false },
    { field: "relativelyLargeFen", value: 1_000_001, ok: false },
    { field: "hugeFen", value: 3_000_000, ok: true },
    { field: "hugeFen", value: 10_000_000, ok: true },
    { field: "hugeFen", value: 2_999_999, ok: false },
    { field: "hugeFen", value: 10_000_001, ok: false },
    { field: "especiallyHugeFen", value: 50_000_000, ok: true },
    { field: "especiallyHugeFen", value: 49_999_999, ok: false },
    { field: "especiallyHugeFen", value: 50_000_001, ok: false },
  ] as const;
  it.each(table)("$field = $value fen accepted: $ok", ({ field, value, ok }) => {
    const run = () => resolveFraudThresholds(rules, DAY, { [field]: value });
    if (ok) {
      expect(run()[field]).toBe(value);
      return;
    }
    expect(run).toThrow(ProvinceThresholdError);
    expect(run).toThrow(new RegExp(`${field}.*${value} fen`));
  });

  it("reports every bad figure at once, in both languages, for a settings form", () => {
    const issues = checkProvinceThresholds(rules, DAY, { relativelyLargeFen: 250_000, hugeFen: 20_000_000 });
    expect(issues.map((i) => i.field)).toEqual(["relativelyLargeFen", "hugeFen"]);
    expect(issues[0].message.zh).toContain("¥2,500.00");
    expect(issues[0].message.en).toContain("¥3,000.00–¥10,000.00");
  });

  it("fails loudly when no rule sets the tiers on the day", () => {
    expect(() => resolveFraudThresholds(rules, "2010-01-01", {})).toThrow(LegalRulesError);
  });
});
