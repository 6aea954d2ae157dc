import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/config/data-dir";

/**
 * BETTER_AUTH_SECRET if set; otherwise a random secret created once and kept in the data
 * directory, so the embedded default needs no configuration and sessions survive restarts.
 */
export function getAuthSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(dataDir(), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true });
    const secret = randomBytes(32).toString("hex");
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
    } catch {
      // Another process won the race: use its secret.
    }
    return fs.readFileSync(file, "utf8").trim();
  }
}
