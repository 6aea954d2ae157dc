import { createHmac, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/config/data-dir";

let cachedSalt: string | undefined;

/**
 * BUYER_HASH_SALT if set; otherwise a random salt created once in the data directory.
 * The salt must stay secret and stable: phone numbers have few enough digits that an
 * unsalted hash could be reversed by enumeration, and a new salt would stop matching.
 */
function buyerHashSalt(): string {
  if (process.env.BUYER_HASH_SALT) return process.env.BUYER_HASH_SALT;
  if (cachedSalt) return cachedSalt;
  const file = path.join(dataDir(), "buyer-hash-salt");
  try {
    cachedSalt = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
    } catch {
      // Another process won the race: use its salt.
    }
    cachedSalt = fs.readFileSync(file, "utf8").trim();
  }
  return cachedSalt;
}

/**
 * Digits only, without the +86 / 0086 country prefix, so "+86 138-0013-8000" and
 * "13800138000" match. Platforms often show masked numbers (138****8000): the asterisks
 * are kept so a masked number never matches a full one.
 */
export function normalizePhone(raw: string): string {
  const kept = raw.replace(/[^\d*]/g, "");
  if (raw.trim().startsWith("+86") || kept.startsWith("0086")) return kept.replace(/^(?:0086|86)/, "");
  return kept.length === 13 && kept.startsWith("86") ? kept.slice(2) : kept;
}

/** Full-width forms folded (NFKC), all whitespace removed, lower case. */
export function normalizeAddress(raw: string): string {
  return raw.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** Salted SHA-256 (HMAC) of a normalised phone number or address; the kind keeps the two apart. */
function hashContact(kind: "phone" | "address", normalized: string): string {
  return createHmac("sha256", buyerHashSalt()).update(`${kind}:${normalized}`).digest("hex");
}

/** Hashes whatever contact details were given; a blank detail stays null. */
export function hashBuyerContact(contact: { phone?: string | null; address?: string | null }) {
  const phone = contact.phone ? normalizePhone(contact.phone) : "";
  const address = contact.address ? normalizeAddress(contact.address) : "";
  return {
    phoneHash: phone ? hashContact("phone", phone) : null,
    addressHash: address ? hashContact("address", address) : null,
  };
}
