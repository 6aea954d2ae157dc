import { describe, expect, it } from "vitest";
import type { Finding } from "./finding-schema";
import { summarizeFindings } from "./summarize-findings";

const finding = (type: Finding["type"], strength: Finding["strength"]): Finding => ({ type, strength, explanation: { zh: "说明", en: "text" }, details: {} });

describe("summarizeFindings", () => {
  it("is strong on any strong finding, or moderate findings of two kinds", () => {
    expect(summarizeFindings([finding("aigc_label", "strong"), finding("ela", "info")]).level).toBe("strong");
    expect(summarizeFindings([finding("timeline", "moderate"), finding("reuse", "moderate")]).level).toBe("strong");
  });

  it("is moderate on one moderate finding or weak findings of two kinds", () => {
    expect(summarizeFindings([finding("timeline", "moderate")]).level).toBe("moderate");
    expect(summarizeFindings([finding("generator_trace", "weak"), finding("ela", "weak")]).level).toBe("moderate");
    expect(summarizeFindings([finding("timeline", "weak"), finding("timeline", "weak")]).level).toBe("weak");
  });

  it("ignores info findings and says so plainly when nothing was found", () => {
    const summary = summarizeFindings([finding("timeline", "info"), finding("ela", "info")]);
    expect(summary.level).toBe("none");
    expect(summary.explanation.en).toMatch(/does not prove/);
  });

  it("explains why, in both languages, and asks for human review", () => {
    const summary = summarizeFindings([finding("derived_from_reference", "strong"), finding("generator_trace", "weak")]);
    expect(summary.explanation.zh).toContain("商家自己的商品图");
    expect(summary.explanation.zh).toContain("审核人员确认");
    expect(summary.explanation.en).toContain("merchant's own product photo");
  });
});
