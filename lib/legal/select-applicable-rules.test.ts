import { beforeAll, describe, expect, it } from "vitest";
import { chinaDaySchema } from "./assessment-input-schema";
import type { LegalRule } from "./legal-rule-schema";
import { loadLegalRules } from "./load-legal-rules";
import { isRuleInForce, selectApplicableRules, selectRuleVersion } from "./select-applicable-rules";

let rules: LegalRule[];
beforeAll(async () => {
  rules = await loadLegalRules();
});

describe("Public Security Administration Punishments Law by date", () => {
  it("2025-12-31: the 2012-amended text, Art. 49, with its figures", () => {
    const rule = selectRuleVersion(rules, "public-security-fraud", "2025-12-31");
    expect(rule?.version).toBe("2012-amendment");
    expect(rule?.article).toEqual({ zh: "第四十九条", en: "Art. 49" });
    expect(rule?.penalties).toEqual([
      expect.objectContaining({ tier: "ordinary", detentionDays: { min: 5, max: 10 }, maxFineFen: 50_000 }),
      expect.objectContaining({ tier: "serious", detentionDays: { min: 10, max: 15 }, maxFineFen: 100_000 }),
    ]);
  });

  it("2026-01-01: the 2025 revision, with article and penalties marked unknown rather than invented", () => {
    const rule = selectRuleVersion(rules, "public-security-fraud", "2026-01-01");
    expect(rule?.version).toBe("2025-revision");
    expect(rule?.article).toBeNull();
    expect(rule?.penalties).toBeNull();
    expect(rule?.unknownFields).toEqual(expect.arrayContaining(["article", "penalties"]));
    expect(rule?.verification).toBe("needs-official-text");
  });

  it("exactly one version applies on each side of the change", () => {
    for (const day of ["2013-01-01", "2025-12-31", "2026-01-01", "2030-06-30"]) {
      expect(selectApplicableRules(rules, day).filter((r) => r.id === "public-security-fraud")).toHaveLength(1);
    }
    expect(selectRuleVersion(rules, "public-security-fraud", "2012-12-31")).toBeUndefined();
  });
});

describe("selectApplicableRules", () => {
  it("brings in the AI labelling rules on 2025-09-01, not the day before", () => {
    const ids = (day: string) => selectApplicableRules(rules, day).map((r) => r.id);
    expect(ids("2025-08-31")).not.toContain("aigc-labelling-measures");
    expect(ids("2025-08-31")).not.toContain("aigc-labelling-standard");
    expect(ids("2025-09-01")).toEqual(expect.arrayContaining(["aigc-labelling-measures", "aigc-labelling-standard"]));
  });

  it("treats both ends of a version as in force", () => {
    const rule = selectRuleVersion(rules, "public-security-fraud", "2020-01-01")!;
    expect(isRuleInForce(rule, "2013-01-01")).toBe(true);
    expect(isRuleInForce(rule, "2025-12-31")).toBe(true);
    expect(isRuleInForce(rule, "2026-01-01")).toBe(false);
  });
});

describe("chinaDaySchema", () => {
  it("reads an instant in China time: 16:30 UTC on 31 Dec is already 1 Jan in Beijing", () => {
    expect(chinaDaySchema.parse(new Date("2025-12-31T16:30:00Z"))).toBe("2026-01-01");
    expect(chinaDaySchema.parse(new Date("2025-12-31T15:59:59Z"))).toBe("2025-12-31");
    expect(chinaDaySchema.parse("2026-01-01")).toBe("2026-01-01");
    expect(chinaDaySchema.safeParse("2026-02-30").success).toBe(false);
  });
});
