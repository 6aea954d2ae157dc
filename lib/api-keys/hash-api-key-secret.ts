import { createHash } from "node:crypto";

/**
 * What is stored of a key. A plain SHA-256 suffices: the secret is 32 random bytes, so there
 * is nothing to guess that a slow password hash would protect, and every API call looks the
 * key up by this value.
 */
export function hashApiKeySecret(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** Every key starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_KEY_PREFIX = "rpk_";
/** How much of the key lists show: the fixed prefix and 8 characters of the secret. */
export const SHOWN_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;
