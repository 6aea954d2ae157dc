import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway folder with a migrated SQLite database (`bench.db`) and a data folder (`data`),
 * set as DATABASE_URL and DATA_DIR. Call it before importing anything that reaches
 * `@/lib/db/prisma`: the client binds to DATABASE_URL on load. Returns the folder.
 */
export function openBenchDatabase(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `refundproof-bench-${name}-`));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.env.DATA_DIR = path.join(dir, "data");
  execFileSync("bash", [path.resolve("scripts/prisma.sh"), "migrate", "deploy"], { stdio: "pipe" });
  return dir;
}
