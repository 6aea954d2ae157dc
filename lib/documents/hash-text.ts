import { createHash } from "node:crypto";

/** SHA-256 of a document body as UTF-8, hex: what the audit log records for each saved version. */
export function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
