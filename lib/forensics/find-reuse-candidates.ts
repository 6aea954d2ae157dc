import { db } from "@/lib/db/prisma";
import type { PhotoHashes } from "./photo-hashes";
import { CHUNK_BITS, hashChunks } from "./reference-index";
import type { PreviousEvidence } from "./reuse";

/**
 * Buyer photos of the merchant's other disputes that may be this photo again, found through
 * the indexed chunk columns (pigeonhole over three chunks): probing each whole-picture chunk
 * and its one-bit neighbours finds every stored photo within 5 bits (reuse's "same photo"
 * distance), and exact chunks of the other windows find one this photo was cropped from
 * within 2 bits. Only these candidates are read; detectReuse measures the real distance.
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
  const rows = await db.photoFingerprint.findMany({
    where: {
      organizationId: photo.organizationId,
      role: "buyer",
      evidenceId: { not: photo.evidenceId },
      disputeId: photo.disputeId ? { not: photo.disputeId } : { not: null },
      evidence: { withdrawnAt: null },
      OR: [{ chunk0: { in: [...keys[0]] } }, { chunk1: { in: [...keys[1]] } }, { chunk2: { in: [...keys[2]] } }],
    },
    select: { evidenceId: true, disputeId: true, hashesJson: true },
  });
  return rows.map((row) => ({ evidenceId: row.evidenceId, disputeId: row.disputeId!, hashes: JSON.parse(row.hashesJson) as PhotoHashes }));
}
