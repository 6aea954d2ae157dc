/** One problem in the rules data: the file, the field inside it (dot path) and what is wrong. */
export type LegalRulesIssue = { file: string; field: string; message: string };

/**
 * Bad rules data is a deployment error, not a user error: the message lists every problem
 * with its file and field so whoever edited legal-rules/ can fix them all in one pass.
 */
export class LegalRulesError extends Error {
  constructor(readonly issues: LegalRulesIssue[]) {
    super(`Invalid legal rules data:\n${issues.map((i) => `  ${i.file}: ${i.field}: ${i.message}`).join("\n")}`);
    this.name = "LegalRulesError";
  }
}
