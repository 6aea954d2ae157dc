import { describe, expect, it } from "vitest";
import { formatRuleSource } from "./format-rule-source";
import { loadLegalRules } from "./load-legal-rules";

describe("formatRuleSource", () => {
  it("cites the title and, in brackets, the document number as issued", async () => {
    const rules = await loadLegalRules();
    const civilCode = rules.find((rule) => rule.id === "civil-code-fraud-revocation")!;
    expect(formatRuleSource(civilCode.source)).toEqual({
      zh: "中华人民共和国民法典（中华人民共和国主席令第四十五号）",
      en: "Civil Code of the People's Republic of China (document no. 中华人民共和国主席令第四十五号)",
    });
  });

  it("is the title alone when the document number is not known", async () => {
    const rules = await loadLegalRules();
    const revised = rules.find((rule) => rule.id === "public-security-fraud" && rule.source.documentNumber === null)!;
    expect(formatRuleSource(revised.source)).toEqual(revised.source.title);
  });
});
