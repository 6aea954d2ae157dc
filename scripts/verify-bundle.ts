/**
 * npm run verify-bundle -- <bundle.zip> — checks a case-file bundle: every file the
 * manifest lists is present with its size and SHA-256, SHA256SUMS agrees, nothing was added.
 * Exit codes: 0 intact, 1 altered/missing/extra files (each one named), 2 not a readable bundle.
 */
import { locales } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { BundleFormatError, verifyCaseBundle } from "@/lib/export/verify-case-bundle";

const say = (key: string, values?: Record<string, string | number>) => locales.map((locale) => translator(locale, "export")(`verify.${key}`, values)).join("\n");

export async function main(args: string[]): Promise<number> {
  const file = args[0];
  if (!file) {
    console.error(say("usage"));
    return 2;
  }
  try {
    const report = await verifyCaseBundle(file);
    const { manifest } = report;
    console.log(say("bundle", { exportId: manifest.exportId, orderNo: manifest.dispute.orderNo, createdAt: manifest.createdAt, files: manifest.files.length }));
    if (report.ok) {
      console.log(say("ok", { checked: report.checkedFiles }));
      return 0;
    }
    for (const problem of report.problems) {
      console.error(say(problem.problem, { path: problem.path, ...(problem.problem === "unreadable" ? { message: problem.message } : {}) }));
    }
    console.error(say("failed", { count: report.problems.length }));
    return 1;
  } catch (error) {
    if (error instanceof BundleFormatError) {
      console.error(say(error.reason, { file, detail: error.message }));
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
