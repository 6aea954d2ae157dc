import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { assessDispute } from "./assess-dispute";
import type { AssessDisputeInput, DisputeRecordInput } from "./assessment-input-schema";
import { legalAssessmentSchema, type LegalAssessment } from "./legal-assessment-schema";
import type { LegalRule, LegalTrack } from "./legal-rule-schema";
import { loadLegalRules } from "./load-legal-rules";
import { ProvinceThresholdError } from "./resolve-fraud-thresholds";

let rules: LegalRule[];
beforeAll(async () => {
  rules = await loadLegalRules();
});

const dispute = (over: Partial<DisputeRecordInput> = {}): DisputeRecordInput => ({
  disputeId: "d1",
  amountClaimedFen: 100_000,
  refundPaidFen: 100_000,
  claimFiledAt: "2025-10-01",
  status: "SUBMITTED",
  buyer: { platform: "PINDUODUO", platformBuyerId: "buyer-1" },
  ...over,
});

function assess(over: Partial<AssessDisputeInput> = {}): LegalAssessment {
  const result = assessDispute(rules, { dispute: dispute(), assessmentDate: "2025-10-15", ...over });
  // Every result must match the output schema it is declared with.
  return legalAssessmentSchema.parse(result);
}

const trackIds = (a: LegalAssessment) => a.tracks.map((t) => t.id);
const track = (a: LegalAssessment, id: LegalTrack) => a.tracks.find((t) => t.id === id)!;
const basisKeys = (a: LegalAssessment, id: LegalTrack) => track(a, id).basis.map((r) => `${r.ruleId}@${r.version}`);
const warningCodes = (a: LegalAssessment) => a.warnings.map((w) => w.code);

/** The buyer's history as n disputes linked by one phone hash, summing to `totalFen`. */
function history(totalFen: number, parts: number): { dispute: DisputeRecordInput; otherDisputes: DisputeRecordInput[] } {
  const base = Math.floor(totalFen / parts);
  const amounts = Array.from({ length: parts }, (_, i) => (i === 0 ? totalFen - base * (parts - 1) : base));
  const records = amounts.map((fen, i) =>
    dispute({
      disputeId: `h${i}`,
      amountClaimedFen: fen,
      refundPaidFen: fen,
      claimFiledAt: `2025-0${i + 1}-10`,
      buyer: { platform: "TAOBAO", platformBuyerId: `acct-${i}`, phoneHash: "same-phone" },
    }),
  );
  return { dispute: records[0], otherDisputes: records.slice(1) };
}

describe("assessDispute: the tracks on each side of every boundary", () => {
  const provinces = [
    { name: "3,000 / 30,000 yuan", province: { relativelyLargeFen: 300_000, hugeFen: 3_000_000 } },
    { name: "6,000 / 60,000 yuan", province: { relativelyLargeFen: 600_000, hugeFen: 6_000_000 } },
  ];
  describe.each(provinces)("province $name", ({ province }) => {
    const figures = [
      { figure: province.relativelyLargeFen, below: "below", at: "relatively-large" },
      { figure: province.hugeFen, below: "relatively-large", at: "huge" },
      { figure: 50_000_000, below: "huge", at: "especially-huge" },
    ] as const;
    const table = figures.flatMap(({ figure, below, at }) =>
      [
        { totalFen: figure - 1, category: below },
        { totalFen: figure, category: at },
        { totalFen: figure + 1, category: at },
      ].flatMap((row) => [1, 3].map((parts) => ({ ...row, parts }))),
    );

    it.each(table)("cumulative $totalFen fen over $parts claim(s) → $category", ({ totalFen, parts, category }) => {
      const result = assess({ ...history(totalFen, parts), province, assessmentDate: "2025-10-15" });
      expect(result.buyer.countedFen).toBe(totalFen);
      expect(result.buyer.disputeCount).toBe(parts);
      expect(result.category).toBe(category);
      const criminal = category !== "below";
      expect(trackIds(result).includes("criminal-report")).toBe(criminal);
      expect(trackIds(result).includes("administrative-report")).toBe(!criminal);
    });
  });

  it("crosses the threshold only by adding up: each claim alone is below it", () => {
    const result = assess({ ...history(300_000, 3) });
    expect(result.dispute.countedFen).toBe(100_000);
    expect(result.category).toBe("relatively-large");
    expect(track(result, "criminal-report").reasons.map((r) => r.en).join(" ")).toContain("adds up 3 claims");
  });
});

describe("assessDispute: tracks and their legal basis", () => {
  it("a small paid claim: platform appeal, civil, administrative report, each with its rules", () => {
    const result = assess({ evidence: { hasForgeryFinding: true, claimReliesOnPhotos: true } });
    expect(trackIds(result)).toEqual(["platform-appeal", "civil", "administrative-report"]);
    expect(result.category).toBe("below");
    expect(basisKeys(result, "platform-appeal")).toEqual([
      "civil-code-fraud-revocation@2020-enactment",
      "platform-reasonable-review@2018-enactment",
    ]);
    expect(basisKeys(result, "civil")).toEqual([
      "civil-code-fraud-revocation@2020-enactment",
      "civil-code-restitution@2020-enactment",
      "civil-code-revocation-time-limit@2020-enactment",
    ]);
    expect(basisKeys(result, "administrative-report")).toEqual([
      "fraud-amount-thresholds@2011-interpretation",
      "public-security-fraud@2012-amendment",
    ]);
    expect(track(result, "administrative-report").missingElements).toEqual([]);
  });

  it("at the threshold: criminal report on Art. 266 and the SPC/SPP interpretation", () => {
    const result = assess({ dispute: dispute({ amountClaimedFen: 300_000, refundPaidFen: 300_000 }) });
    expect(trackIds(result)).toContain("criminal-report");
    expect(basisKeys(result, "criminal-report")).toEqual(["criminal-law-fraud@1997-revision", "fraud-amount-thresholds@2011-interpretation"]);
    expect(result.thresholds).toMatchObject({ relativelyLargeFen: 300_000, defaulted: { relativelyLarge: true } });
  });

  it("platform liability when the platform skipped review and the money is not recovered", () => {
    const evidence = { platformApprovedWithoutReview: true };
    const result = assess({ dispute: dispute({ refundPaidFen: 100_000, amountRecoveredFen: 40_000 }), evidence });
    expect(basisKeys(result, "platform-liability")).toEqual([
      "civil-code-breach-of-contract@2020-enactment",
      "platform-reasonable-review@2018-enactment",
    ]);
    const loss = track(result, "platform-liability").elements.find((e) => e.id === "merchant-loss")!;
    expect(loss.status).toBe("supported");
    expect(loss.supportedBy[0].explanation.zh).toContain("¥600.00");

    const recovered = assess({ dispute: dispute({ refundPaidFen: 100_000, amountRecoveredFen: 100_000 }), evidence });
    expect(trackIds(recovered)).not.toContain("platform-liability");
    expect(trackIds(assess({ evidence: { platformApprovedWithoutReview: false } }))).not.toContain("platform-liability");
  });

  it("AI-provider inquiry when the label names a producer, on the labelling Measures and GB 45438-2025", () => {
    const result = assess({ evidence: { aigcLabel: { producer: "ExampleAI", produceId: "c-123" } } });
    expect(basisKeys(result, "ai-provider-inquiry")).toEqual([
      "aigc-labelling-measures@2025-issue",
      "aigc-labelling-standard@gb-45438-2025",
    ]);
    expect(track(result, "ai-provider-inquiry").reasons[0].zh).toContain("ExampleAI");
    expect(track(result, "ai-provider-inquiry").reasons[0].en).toContain("c-123");
    // The article numbers of both are unverified, and the output says so.
    expect(result.warnings.filter((w) => w.code === "rule-fields-unknown").map((w) => w.message.en).join("\n")).toContain(
      "Measures for Labelling Artificial Intelligence-Generated Synthetic Content (issued 2025): article number not verified",
    );

    const noProducer = assess({ evidence: { aigcLabel: { producer: null } } });
    expect(trackIds(noProducer)).not.toContain("ai-provider-inquiry");
    expect(noProducer.elements.find((e) => e.id === "fabricated-fact")!.status).toBe("supported");
  });

  it("warns when a track has no rule in force: an AI label assessed before the Measures applied", () => {
    const result = assess({
      dispute: dispute({ claimFiledAt: "2025-08-01" }),
      assessmentDate: "2025-08-20",
      evidence: { aigcLabel: { producer: "ExampleAI" } },
    });
    expect(track(result, "ai-provider-inquiry").basis).toEqual([]);
    expect(warningCodes(result)).toContain("no-rule-in-force");
  });

  it("no civil track and no property obtained when nothing was paid", () => {
    const result = assess({ dispute: dispute({ refundPaidFen: 0 }), evidence: { hasForgeryFinding: true } });
    expect(trackIds(result)).toEqual(["platform-appeal", "administrative-report"]);
    expect(result.elements.find((e) => e.id === "property-obtained")!.status).toBe("missing");
    expect(track(result, "administrative-report").missingElements).toEqual(["property-obtained", "causation"]);
    expect(track(result, "administrative-report").reasons.map((r) => r.en).join(" ")).toContain("attempt");
  });

  it("civil track with a caveat when payment is not known", () => {
    const result = assess({ dispute: dispute({ refundPaidFen: null }) });
    expect(track(result, "civil").reasons[0].en).toContain("not confirmed");
    expect(result.dispute).toEqual({ claimedFen: 100_000, countedFen: 100_000, refundConfirmed: false });
  });
});

describe("assessDispute: the Public Security law around 2026-01-01", () => {
  it("assessed 2025-12-31: the 2012 text, Art. 49", () => {
    const result = assess({ dispute: dispute({ claimFiledAt: "2025-12-20" }), assessmentDate: "2025-12-31" });
    const ref = track(result, "administrative-report").basis.find((r) => r.ruleId === "public-security-fraud")!;
    expect(ref).toMatchObject({ version: "2012-amendment", article: { en: "Art. 49" }, inForceOn: ["assessment-date", "act-date"] });
    expect(warningCodes(result)).not.toContain("law-version-changed-since-act");
  });

  it("assessed 2026-01-01 for a December claim: both versions cited, the new one's article to be checked", () => {
    const result = assess({ dispute: dispute({ claimFiledAt: "2025-12-20" }), assessmentDate: new Date("2025-12-31T16:30:00Z") });
    expect(result.assessmentDate).toBe("2026-01-01");
    const refs = track(result, "administrative-report").basis.filter((r) => r.ruleId === "public-security-fraud");
    expect(refs).toEqual([
      expect.objectContaining({ version: "2025-revision", article: null, inForceOn: ["assessment-date"] }),
      expect.objectContaining({ version: "2012-amendment", inForceOn: ["act-date"] }),
    ]);
    expect(warningCodes(result)).toEqual(expect.arrayContaining(["law-version-changed-since-act", "rule-fields-unknown"]));
    const unknown = result.warnings.find((w) => w.code === "rule-fields-unknown" && w.message.en.includes("(2025 revision)"))!;
    expect(unknown.message.en).toContain("article number, penalties");
    expect(unknown.message.zh).toContain("《中华人民共和国治安管理处罚法》（2025年修订）：条文序号、处罚幅度");
    const changed = result.warnings.find((w) => w.code === "law-version-changed-since-act")!;
    expect(changed.message.zh).toContain("在申请日（2025-12-20）适用2012年修正的版本，在评估日（2026-01-01）适用2025年修订的版本");
    // Versions are named as a reader names them, never by the rules data's file identifiers.
    for (const warning of result.warnings) expect(`${warning.message.zh}\n${warning.message.en}`).not.toMatch(/\d{4}-(?:revision|amendment|enactment|issue|interpretation)/);
  });

  it("a claim filed in 2026 cites only the revision", () => {
    const result = assess({ dispute: dispute({ claimFiledAt: "2026-02-01" }), assessmentDate: "2026-02-10" });
    expect(basisKeys(result, "administrative-report")).toContain("public-security-fraud@2025-revision");
    expect(basisKeys(result, "administrative-report")).not.toContain("public-security-fraud@2012-amendment");
  });
});

describe("assessDispute: buyer aggregation", () => {
  it("adds disputes linked transitively and ignores unrelated ones", () => {
    const result = assess({
      dispute: dispute({ disputeId: "a", buyer: { platform: "TAOBAO", phoneHash: "p1" } }),
      otherDisputes: [
        dispute({ disputeId: "b", buyer: { platform: "TAOBAO", phoneHash: "p1", addressHash: "h1" } }),
        dispute({ disputeId: "c", buyer: { platform: "JD", addressHash: "h1" } }),
        dispute({ disputeId: "stranger", buyer: { platform: "TAOBAO", phoneHash: "p9" } }),
      ],
    });
    expect(result.buyer.disputes.map((d) => d.disputeId)).toEqual(["a", "b", "c"]);
    expect(result.buyer.countedFen).toBe(300_000);
    expect(result.buyer.links.map((l) => l.kind)).toEqual(["phone", "address"]);
    expect(result.category).toBe("relatively-large");
    // Repeat claims corroborate intent, they do not prove it.
    expect(result.elements.find((e) => e.id === "intent")).toMatchObject({ status: "partial", supportedBy: [{ evidence: "repeat-claims" }] });
  });

  it("warns when unconfirmed payments decide the tier", () => {
    const result = assess({
      dispute: dispute({ refundPaidFen: 200_000, amountClaimedFen: 200_000 }),
      otherDisputes: [dispute({ disputeId: "d2", amountClaimedFen: 150_000, refundPaidFen: null })],
    });
    expect(result.category).toBe("relatively-large");
    expect(result.confirmedCategory).toBe("below");
    expect(warningCodes(result)).toContain("category-rests-on-unconfirmed-refunds");
    expect(result.warnings[0].message.en).toContain("¥1,500.00");
  });
});

describe("assessDispute: elements", () => {
  it("with no evidence every fraud element is open, and says what would close it", () => {
    const result = assess({ dispute: dispute({ refundPaidFen: null }) });
    expect(result.elements.map((e) => [e.id, e.status])).toEqual([
      ["fabricated-fact", "missing"],
      ["intent", "missing"],
      ["property-obtained", "missing"],
      ["causation", "missing"],
    ]);
    for (const element of result.elements) expect(element.needed.zh.length).toBeGreaterThan(0);
  });

  it("a packing video alone only corroborates the fabricated fact", () => {
    const result = assess({ evidence: { hasPackingVideo: true } });
    expect(result.elements.find((e) => e.id === "fabricated-fact")).toMatchObject({ status: "partial" });
    expect(track(result, "platform-appeal").missingElements).toEqual(["fabricated-fact"]);
  });

  it("a full set of evidence supports all four", () => {
    const result = assess({
      evidence: { hasForgeryFinding: true, hasPackingVideo: true, claimReliesOnPhotos: true, platformApprovedWithoutReview: true },
    });
    expect(result.elements.every((e) => e.status === "supported")).toBe(true);
    expect(result.elements.find((e) => e.id === "fabricated-fact")!.supportedBy.map((s) => s.evidence)).toEqual([
      "forgery-finding",
      "packing-video",
    ]);
  });
});

describe("assessDispute: notices, warnings and input", () => {
  it("always carries the not-legal-advice notice in both languages", () => {
    const result = assess();
    expect(result.notice.zh).toContain("不构成法律意见");
    expect(result.notice.en).toContain("not legal advice");
  });

  it("warns when the one-year revocation period may have run", () => {
    const result = assess({ dispute: dispute({ claimFiledAt: "2024-03-01" }), assessmentDate: "2025-03-02" });
    const timeLimit = result.warnings.filter((w) => w.code === "time-limit-may-have-passed");
    expect(timeLimit).toHaveLength(1);
    expect(timeLimit[0].message.en).toContain("2025-03-01");
    expect(warningCodes(assess({ dispute: dispute({ claimFiledAt: "2024-03-01" }), assessmentDate: "2025-03-01" }))).not.toContain(
      "time-limit-may-have-passed",
    );
  });

  it("rejects a province figure outside the national range", () => {
    expect(() => assess({ province: { relativelyLargeFen: 200_000 } })).toThrow(ProvinceThresholdError);
  });

  it.each([
    { what: "fractional fen", input: { dispute: dispute({ amountClaimedFen: 100.5 }) } },
    { what: "negative refund", input: { dispute: dispute({ refundPaidFen: -1 }) } },
    { what: "an assessment before the claim", input: { assessmentDate: "2025-09-30" } },
    { what: "the dispute repeated among the others", input: { otherDisputes: [dispute()] } },
  ])("rejects $what", ({ input }) => {
    expect(() => assess(input as Partial<AssessDisputeInput>)).toThrow(ZodError);
  });
});
