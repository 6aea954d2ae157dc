import { beforeAll, describe, expect, it } from "vitest";
import { classifyFraudAmount } from "./classify-fraud-amount";
import type { LegalRule } from "./legal-rule-schema";
import { loadLegalRules } from "./load-legal-rules";
import { resolveFraudThresholds } from "./resolve-fraud-thresholds";

let rules: LegalRule[];
beforeAll(async () => {
  rules = await loadLegalRules();
});

// Two provinces: the national minimum, and one that doubled its figures (6,000 / 60,000 yuan).
const PROVINCES = [
  { name: "3,000 / 30,000 yuan", settings: { relativelyLargeFen: 300_000, hugeFen: 3_000_000 } },
  { name: "6,000 / 60,000 yuan", settings: { relativelyLargeFen: 600_000, hugeFen: 6_000_000 } },
];

describe.each(PROVINCES)("classifyFraudAmount, province $name", ({ settings }) => {
  const boundaries = [
    { below: "below", at: "relatively-large", figure: settings.relativelyLargeFen },
    { below: "relatively-large", at: "huge", figure: settings.hugeFen },
    { below: "huge", at: "especially-huge", figure: 50_000_000 },
  ] as const;
  const table = boundaries.flatMap(({ below, at, figure }) => [
    { amountFen: figure - 1, expected: below },
    { amountFen: figure, expected: at },
    { amountFen: figure + 1, expected: at },
  ]);

  it.each(table)("$amountFen fen → $expected", ({ amountFen, expected }) => {
    const thresholds = resolveFraudThresholds(rules, "2025-10-01", settings);
    expect(classifyFraudAmount(amountFen, thresholds)).toBe(expected);
  });

  it("0 fen is below every tier", () => {
    expect(classifyFraudAmount(0, resolveFraudThresholds(rules, "2025-10-01", settings))).toBe("below");
  });
});

describe("classifyFraudAmount input", () => {
  const thresholds = { relativelyLargeFen: 300_000, hugeFen: 3_000_000, especiallyHugeFen: 50_000_000 };
  it.each([0.5, -1, Number.NaN, 2 ** 53])("rejects %s as an amount of fen", (amount) => {
    expect(() => classifyFraudAmount(amount, thresholds)).toThrow(RangeError);
  });
});
