import fs from "node:fs/promises";
import path from "node:path";
import type { LegalRule } from "./legal-rule-schema";
import { LegalRulesError } from "./legal-rules-error";
import { parseLegalRules } from "./parse-legal-rules";

/** legal-rules/ at the repository root, where the server is started from. */
export function defaultLegalRulesDir(): string {
  return path.join(process.cwd(), "legal-rules");
}

/**
 * Reads every *.json file in the rules directory and validates it. Read on each call, not
 * cached, so an edited rule takes effect without a restart; the files are few and small.
 * File names in errors are relative to the current directory so they match what was edited.
 */
export async function loadLegalRules(dir: string = defaultLegalRulesDir()): Promise<LegalRule[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => name.endsWith(".json")).sort();
  } catch (error) {
    throw new LegalRulesError([{ file: dir, field: "(file)", message: `cannot read the directory: ${(error as Error).message}` }]);
  }
  const files = await Promise.all(
    names.map(async (name) => {
      const full = path.join(dir, name);
      return { name: path.relative(process.cwd(), full) || full, content: await fs.readFile(full, "utf8") };
    }),
  );
  return parseLegalRules(files);
}
