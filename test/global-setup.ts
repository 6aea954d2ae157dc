import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Builds one migrated SQLite template per run with the real migrations (prisma migrate
 * deploy); every test file then works on its own copy (test/setup-file.ts).
 */
export default function setup() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "refundproof-vitest-"));
  const template = path.join(root, "template.db");
  execFileSync("bash", [path.resolve("scripts/prisma.sh"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  process.env.REFUNDPROOF_TEST_ROOT = root;
  process.env.REFUNDPROOF_TEST_TEMPLATE_DB = template;
  return () => fs.rmSync(root, { recursive: true, force: true });
}
