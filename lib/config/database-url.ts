import path from "node:path";
import { dataDir } from "./data-dir";

/** DATABASE_URL if set, otherwise the embedded SQLite file inside the data directory. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? `file:${path.join(dataDir(), "refundproof.db")}`;
}
