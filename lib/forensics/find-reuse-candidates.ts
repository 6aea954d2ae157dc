import { db } from "@/lib/db/prisma";
import type { PhotoHashes } from "./photo-hashes";
import { currentFingerprintIndex } from "./fingerprint-index-cache";
import { hashFromHex } from "./perceptual-hash";
import { CHUNK_BITS, hashChunks } from "./reference-index";
import type { PreviousEvidence } from "./reuse";

/** How close a stored photo's window must come to this photo to be read at all: reuse's own "near" limit. */
const MAX_WINDOW_DISTANCE = 10;
const MAX_INDEX_CANDIDATES = 50;

/**
 * Buyer photos of the merchant's other disputes that may be this photo again. Two lookups,
 * one per direction of a crop:
 *  - this photo is a crop of a stored one (its whole picture matches a stored window): the
 *    merchant's in-memory window index of buyer photos (fingerprint-index-cache.ts);
 *  - a stored photo is a crop of this one, or the same photo: the indexed chunk columns of
 *    the stored whole-picture hashes (pigeonhole over three chunks), probing each of this
 *    photo's whole-picture chunks and their one-bit neighbours (every stored photo within
 *    5 bits) and the exact chunks of its other windows (a stored crop within 2 bits).
 * Only these candidates are read; detectReuse measures the real distance.
 */
export async function findReuseCandidates(
  photo: { organizationId: string; evidenceId: string; disputeId: string | null },
  hashes: PhotoHashes,
): Promise<PreviousEvidence[]> {
  const keys = [new Set<number>(), new Set<number>(), new Set<number>()];
  for (const window of hashes.windows) hashChunks(window).forEach((key, chunk) => keys[chunk].add(key));
  hashChunks(hashes.global).forEach((key, chunk) => {
    for (let bit = 0; bit < CHUNK_BITS[chunk]; bit++) keys[chunk].add((key ^ (1 << bit)) >>> 0);
  });
  const index = await currentFingerprintIndex(photo.organizationId, "buyer");
  const cropOf = index
    .lookupHashes(
      hashes.windows.map((hex, window) => ({ window, hash: hashFromHex(hex) })),
      { maxDistance: MAX_WINDOW_DISTANCE, limit: MAX_INDEX_CANDIDATES },
    )
    .map((candidate) => candidate.referenceId)
    .filter((id) => id !== photo.evidenceId);
  const rows = await db.photoFingerprint.findMany({
    where: {
      organizationId: photo.organizationId,
      role: "buyer",
      evidenceId: { not: photo.evidenceId },
      disputeId: photo.disputeId ? { not: photo.disputeId } : { not: null },
      evidence: { withdrawnAt: null },
      OR: [{ chunk0: { in: [...keys[0]] } }, { chunk1: { in: [...keys[1]] } }, { chunk2: { in: [...keys[2]] } }, ...(cropOf.length ? [{ evidenceId: { in: cropOf } }] : [])],
    },
    select: { evidenceId: true, disputeId: true, hashesJson: true },
  });
  return rows.map((row) => ({ evidenceId: row.evidenceId, disputeId: row.disputeId!, hashes: JSON.parse(row.hashesJson) as PhotoHashes }));
}
