import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { CsvIssue } from "./parse-orders-csv";

export interface DescribedCsvIssue extends CsvIssue {
  /** "Line 4 · Amount: “12,3x” is not an amount…" in the caller's language. */
  message: string;
}

/** Puts each import problem into words, naming its line and column, for the preview and the API. */
export function describeCsvIssues(issues: CsvIssue[], locale: Locale): DescribedCsvIssue[] {
  const t = translator(locale, "orders");
  return issues.map((issue) => {
    const where = [issue.line !== null ? t("import.line", { line: issue.line }) : t("import.fileLevel"), issue.field ? t(`field.${issue.field}`) : null]
      .filter(Boolean)
      .join(" · ");
    return { ...issue, message: `${where}: ${t(`csvError.${issue.code}`, issue.values)}` };
  });
}
