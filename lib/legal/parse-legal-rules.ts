import { legalRuleSchema, type LegalRule } from "./legal-rule-schema";
import { LegalRulesError, type LegalRulesIssue } from "./legal-rules-error";

export type LegalRuleFile = { name: string; content: string };

/** "thresholds.1.minFen" for zod's ["thresholds", 1, "minFen"]; "(file)" for the whole file. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join(".") : "(file)";
}

/**
 * Parses and validates the rule files (one rule version per file, named `<id>@<version>.json`)
 * and checks them against each other. Pure, so tests feed it strings; load-legal-rules.ts
 * reads the directory. Throws LegalRulesError listing every problem.
 */
export function parseLegalRules(files: LegalRuleFile[]): LegalRule[] {
  const issues: LegalRulesIssue[] = [];
  const rules: { file: string; rule: LegalRule }[] = [];

  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(file.content);
    } catch (error) {
      issues.push({ file: file.name, field: "(file)", message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = legalRuleSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ file: file.name, field: fieldName(issue.path), message: issue.message });
      continue;
    }
    const rule = parsed.data;
    // The file name is the rule's key: two files cannot then hold the same id and version.
    const expected = `${rule.id}@${rule.version}.json`;
    if (baseName(file.name) !== expected) {
      issues.push({ file: file.name, field: "id", message: `file must be named ${expected} after its id and version` });
      continue;
    }
    rules.push({ file: file.name, rule });
  }

  issues.push(...findOverlappingVersions(rules));
  if (files.length === 0) issues.push({ file: "(legal-rules)", field: "(file)", message: "no rule files found" });
  if (issues.length) throw new LegalRulesError(issues);
  return rules.map((r) => r.rule);
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** Two versions of one rule in force on the same day would make "which text applies" ambiguous. */
function findOverlappingVersions(rules: { file: string; rule: LegalRule }[]): LegalRulesIssue[] {
  const issues: LegalRulesIssue[] = [];
  // Grouped by hand: Map.groupBy needs Node 21 and the project supports Node 20.
  const byId = new Map<string, { file: string; rule: LegalRule }[]>();
  for (const entry of rules) byId.set(entry.rule.id, [...(byId.get(entry.rule.id) ?? []), entry]);
  for (const versions of byId.values()) {
    const sorted = [...versions].sort((a, b) => a.rule.effectiveFrom.localeCompare(b.rule.effectiveFrom));
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1].rule;
      const current = sorted[i];
      if (previous.effectiveTo === null || previous.effectiveTo >= current.rule.effectiveFrom) {
        issues.push({
          file: current.file,
          field: "effectiveFrom",
          message: `overlaps ${previous.id}@${previous.version} (in force until ${previous.effectiveTo ?? "open end"}); set its effectiveTo before ${current.rule.effectiveFrom}`,
        });
      }
    }
  }
  return issues;
}
