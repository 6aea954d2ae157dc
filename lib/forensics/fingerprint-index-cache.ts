import { db } from "@/lib/db/prisma";
import type { PhotoHashes } from "./photo-hashes";
import { ReferenceIndex } from "./reference-index";

/** Which photos an index holds: the merchant's listing photos, or the buyer photos filed in its disputes. */
export type FingerprintRole = "reference" | "buyer";

interface CachedIndex {
  index: ReferenceIndex;
  ids: Set<string>;
  /** Newest fingerprint in the index: with the count, tells a stale index from a current one. */
  newest: number;
}

/**
 * One in-memory window-hash index per merchant and role, built from the persisted
 * fingerprints on first use. Photos this process fingerprints are added incrementally;
 * when the database holds other fingerprints than the index (another process added some,
 * or a listing photo was withdrawn), the index is rebuilt from the rows, which needs no
 * image decoding. Memory: ~2.5 kB per photo (81 windows).
 *
 * Listing photos are few, so their check follows withdrawals (a join to the evidence).
 * Buyer photos can number 100k, where that join costs ~0.6 s per check: their check is an
 * index count (~13 ms), withdrawn ones stay in the index, and the caller re-checks its
 * candidates against their rows.
 */
const indexes = new Map<string, CachedIndex>();

function scope(organizationId: string, role: FingerprintRole) {
  return role === "reference" ? { organizationId, role, evidence: { withdrawnAt: null } } : { organizationId, role };
}

export async function currentFingerprintIndex(organizationId: string, role: FingerprintRole): Promise<ReferenceIndex> {
  const key = `${role}:${organizationId}`;
  const cached = indexes.get(key);
  const where = scope(organizationId, role);
  if (role === "reference") {
    const stats = await db.photoFingerprint.aggregate({ where, _count: true, _max: { createdAt: true } });
    if (cached && cached.ids.size === stats._count && cached.newest === (stats._max.createdAt?.getTime() ?? 0)) return cached.index;
  } else if (cached && cached.ids.size === (await db.photoFingerprint.count({ where }))) return cached.index;

  const rows = await db.photoFingerprint.findMany({ where, select: { evidenceId: true, hashesJson: true, createdAt: true } });
  const rebuilt: CachedIndex = { index: new ReferenceIndex(), ids: new Set(), newest: 0 };
  for (const row of rows) {
    rebuilt.index.add(row.evidenceId, JSON.parse(row.hashesJson) as PhotoHashes);
    rebuilt.ids.add(row.evidenceId);
    rebuilt.newest = Math.max(rebuilt.newest, row.createdAt.getTime());
  }
  indexes.set(key, rebuilt);
  return rebuilt.index;
}

/** Keeps this process's index in step with a fingerprint it has just committed. */
export function addToFingerprintIndex(
  organizationId: string,
  role: FingerprintRole,
  fingerprint: { evidenceId: string; hashes: PhotoHashes; createdAt: Date },
): void {
  const cached = indexes.get(`${role}:${organizationId}`);
  if (!cached || cached.ids.has(fingerprint.evidenceId)) return;
  cached.index.add(fingerprint.evidenceId, fingerprint.hashes);
  cached.ids.add(fingerprint.evidenceId);
  cached.newest = Math.max(cached.newest, fingerprint.createdAt.getTime());
}
