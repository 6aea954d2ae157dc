import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LegalRulesError } from "./legal-rules-error";
import { LEGAL_TRACKS } from "./legal-rule-schema";
import { loadLegalRules } from "./load-legal-rules";
import { parseLegalRules } from "./parse-legal-rules";

const RULES_DIR = path.resolve("legal-rules");
const readRule = (name: string) => JSON.parse(fs.readFileSync(path.join(RULES_DIR, name), "utf8"));
const CIVIL = "civil-code-fraud-revocation@2020-enactment.json";
const THRESHOLDS = "fraud-amount-thresholds@2011-interpretation.json";

/** Parses one edited copy of a real rule file; returns the error message. */
function errorFor(name: string, edit: (rule: Record<string, unknown>) => void): string {
  const rule = readRule(name);
  edit(rule);
  try {
    parseLegalRules([{ name: `legal-rules/${name}`, content: JSON.stringify(rule) }]);
  } catch (error) {
    expect(error).toBeInstanceOf(LegalRulesError);
    return (error as Error).message;
  }
  throw new Error("expected the rule to be rejected");
}

describe("the rules data in legal-rules/", () => {
  it("loads and covers every track", async () => {
    const rules = await loadLegalRules();
    expect(rules.length).toBeGreaterThanOrEqual(11);
    for (const track of LEGAL_TRACKS) expect(rules.some((r) => r.tracks.includes(track)), track).toBe(true);
  });

  it("encodes the SPC/SPP ranges in fen", async () => {
    const rule = (await loadLegalRules()).find((r) => r.id === "fraud-amount-thresholds")!;
    expect(rule.source.documentNumber).toBe("法释〔2011〕7号");
    expect(rule.thresholds).toEqual([
      { kind: "fraud-amount", tier: "relatively-large", minFen: 300_000, maxFen: 1_000_000 },
      { kind: "fraud-amount", tier: "huge", minFen: 3_000_000, maxFen: 10_000_000 },
      { kind: "fraud-amount", tier: "especially-huge", minFen: 50_000_000, maxFen: 50_000_000 },
    ]);
  });
});

describe("parseLegalRules rejects broken data, naming file and field", () => {
  it.each([
    { what: "an impossible date", file: CIVIL, edit: (r: Record<string, unknown>) => (r.effectiveFrom = "2021-13-01"), expected: `legal-rules/${CIVIL}: effectiveFrom:` },
    { what: "a missing English summary", file: CIVIL, edit: (r: Record<string, unknown>) => delete (r.summary as Record<string, unknown>).en, expected: `legal-rules/${CIVIL}: summary.en:` },
    { what: "an unknown track", file: CIVIL, edit: (r: Record<string, unknown>) => (r.tracks = ["civil", "lawsuit"]), expected: "tracks.1:" },
    { what: "an end before the start", file: CIVIL, edit: (r: Record<string, unknown>) => (r.effectiveTo = "2020-12-31"), expected: "effectiveTo: must not be before effectiveFrom" },
    { what: "a null article not declared unknown", file: CIVIL, edit: (r: Record<string, unknown>) => (r.article = null), expected: "article: is null: list it in unknownFields" },
    { what: "a field declared unknown that has a value", file: CIVIL, edit: (r: Record<string, unknown>) => (r.unknownFields = ["article"]), expected: 'unknownFields: lists "article"' },
    { what: "money as a decimal", file: THRESHOLDS, edit: (r: Record<string, unknown>) => ((r.thresholds as { minFen: number }[])[0].minFen = 3000.5), expected: "thresholds.0.minFen:" },
    {
      what: "overlapping amount tiers",
      file: THRESHOLDS,
      edit: (r: Record<string, unknown>) => ((r.thresholds as { minFen: number }[])[1].minFen = 1_000_000),
      expected: 'thresholds.1.minFen: "huge" must start above the "relatively-large" range',
    },
    {
      what: "a missing tier",
      file: THRESHOLDS,
      edit: (r: Record<string, unknown>) => (r.thresholds = (r.thresholds as unknown[]).slice(0, 2)),
      expected: 'thresholds: needs exactly one "especially-huge"',
    },
  ])("$what", ({ file, edit, expected }) => {
    expect(errorFor(file, edit)).toContain(expected);
  });

  it("rejects invalid JSON", () => {
    expect(() => parseLegalRules([{ name: "legal-rules/x@y.json", content: "{ not json" }])).toThrow(/legal-rules\/x@y\.json: \(file\): not valid JSON/);
  });

  it("rejects a file not named after its id and version", () => {
    expect(() => parseLegalRules([{ name: "legal-rules/civil.json", content: JSON.stringify(readRule(CIVIL)) }])).toThrow(
      `legal-rules/civil.json: id: file must be named ${CIVIL}`,
    );
  });

  it("rejects two versions of one rule in force on the same day", () => {
    const old = readRule("public-security-fraud@2012-amendment.json");
    const next = readRule("public-security-fraud@2025-revision.json");
    old.effectiveTo = "2026-01-01";
    expect(() =>
      parseLegalRules([
        { name: "public-security-fraud@2012-amendment.json", content: JSON.stringify(old) },
        { name: "public-security-fraud@2025-revision.json", content: JSON.stringify(next) },
      ]),
    ).toThrow(/public-security-fraud@2025-revision\.json: effectiveFrom: overlaps public-security-fraud@2012-amendment/);
  });

  it("lists every problem in one error", () => {
    const bad = readRule(CIVIL);
    bad.effectiveFrom = "yesterday";
    bad.law = { zh: "民法典" };
    try {
      parseLegalRules([{ name: CIVIL, content: JSON.stringify(bad) }]);
      expect.unreachable();
    } catch (error) {
      expect((error as LegalRulesError).issues.map((i) => i.field)).toEqual(expect.arrayContaining(["effectiveFrom", "law.en"]));
    }
  });
});

describe("loadLegalRules", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("rejects a directory with one broken file and names it", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "legal-rules-"));
    for (const name of fs.readdirSync(RULES_DIR)) fs.copyFileSync(path.join(RULES_DIR, name), path.join(dir, name));
    const broken = readRule(THRESHOLDS);
    delete broken.effectiveFrom;
    fs.writeFileSync(path.join(dir, THRESHOLDS), JSON.stringify(broken));
    await expect(loadLegalRules(dir)).rejects.toThrow(new RegExp(`${THRESHOLDS.replace(/[.@]/g, "\\$&")}: effectiveFrom:`));
  });

  it("rejects a missing directory", async () => {
    await expect(loadLegalRules(path.join(os.tmpdir(), "no-such-legal-rules-dir"))).rejects.toThrow(/cannot read the directory/);
  });
});
