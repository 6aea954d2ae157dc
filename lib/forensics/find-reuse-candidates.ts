import { db } from "@/lib/db/prisma";
import type { PhotoHashes } from "./photo-hashes";
import { hashFromHex } from "./perceptual-hash";
import type { ReferenceIndex } from "./reference-index";
import type { PreviousEvidence } from "./reuse";

/** How close a stored photo's window must come to one of this photo's: reuse's own "near" limit. */
const MAX_WINDOW_DISTANCE = 10;
const MAX_INDEX_CANDIDATES = 50;

/**
 * Buyer photos of the merchant's other disputes that may be this photo again, from `index`,
 * the merchant's current window index of buyer photos (fingerprint-index-cache.ts), asked with
 * every window of this photo. That covers both directions of a crop: this photo's whole
 * picture meeting a stored photo's window (this is a crop of it) and one of this photo's
 * windows meeting a stored whole picture (it is a crop of this one), and the same photo.
 * The index keeps withdrawn photos and knows no disputes, so the candidates' rows are read
 * to drop those; shortlistNearPhotos then measures the real distance and detectReuse aligns.
 */
export async function findReuseCandidates(
  photo: { organizationId: string; evidenceId: string; disputeId: string | null },
  hashes: PhotoHashes,
  index: ReferenceIndex,
): Promise<PreviousEvidence[]> {
  const candidates = index
    .lookupHashes(
      hashes.windows.map((hex, window) => ({ window, hash: hashFromHex(hex) })),
      { maxDistance: MAX_WINDOW_DISTANCE, limit: MAX_INDEX_CANDIDATES },
    )
    .map((candidate) => candidate.referenceId)
    .filter((id) => id !== photo.evidenceId);
  if (!candidates.length) return [];
  // By primary key alone, the merchant and the rest checked here: given the merchant too,
  // SQLite (no statistics) walks the merchant's index instead, ~100 ms at 100k photos.
  const [rows, evidence] = await Promise.all([
    db.photoFingerprint.findMany({ where: { evidenceId: { in: candidates } }, select: { evidenceId: true, organizationId: true, role: true, disputeId: true, hashesJson: true } }),
    db.evidence.findMany({ where: { id: { in: candidates } }, select: { id: true, organizationId: true, withdrawnAt: true } }),
  ]);
  const live = new Set(evidence.filter((row) => row.organizationId === photo.organizationId && !row.withdrawnAt).map((row) => row.id));
  return rows
    .filter((row) => row.organizationId === photo.organizationId && row.role === "buyer" && row.disputeId !== null && row.disputeId !== photo.disputeId && live.has(row.evidenceId))
    .map((row) => ({ evidenceId: row.evidenceId, disputeId: row.disputeId!, hashes: JSON.parse(row.hashesJson) as PhotoHashes }));
}
