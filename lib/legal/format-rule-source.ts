import type { LegalRule, LocalizedText } from "./legal-rule-schema";

/**
 * A rule's source as a citation: its title, then its document number in brackets the
 * language's way. The number stays as issued (中华人民共和国主席令第四十五号, 法释〔2011〕7号):
 * it is what the official text is found by, in English too.
 */
export function formatRuleSource(source: LegalRule["source"]): LocalizedText {
  const { title, documentNumber } = source;
  if (!documentNumber) return title;
  return { zh: `${title.zh}（${documentNumber}）`, en: `${title.en} (document no. ${documentNumber})` };
}
