import { db } from "@/lib/db/prisma";
import { currentFingerprintIndex } from "./fingerprint-index-cache";
import type { PhotoHashes } from "./photo-hashes";
import { loadPreparedPhoto } from "./prepared-photo-cache";
import type { EarlierPhotoLibrary } from "./reuse";

/**
 * The merchant's buyer photos filed in its other disputes, as a library for reuse's alignment
 * check: the in-memory window index of buyer photos plus a loader that decodes a candidate on
 * demand. The loader re-checks the row, so the photo itself, photos of its own dispute and
 * withdrawn photos (all still in the index) never match.
 */
export async function loadEarlierPhotoLibrary(photo: { organizationId: string; evidenceId: string; disputeId: string | null }): Promise<EarlierPhotoLibrary & { size: number }> {
  const index = await currentFingerprintIndex(photo.organizationId, "buyer");
  const earlier = (evidenceId: string) =>
    evidenceId === photo.evidenceId
      ? null
      : db.evidence.findFirst({
          where: { id: evidenceId, organizationId: photo.organizationId, withdrawnAt: null, disputeId: photo.disputeId ? { not: photo.disputeId } : { not: null } },
          select: { sha256: true, disputeId: true, originalName: true },
        });
  return {
    index,
    size: index.size,
    async load(evidenceId) {
      const evidence = await earlier(evidenceId);
      return evidence ? loadPreparedPhoto(evidence.sha256, `buyer photo ${evidenceId}`) : undefined;
    },

    async hashesOf(evidenceId) {
      const row = await db.photoFingerprint.findUnique({ where: { evidenceId }, select: { organizationId: true, hashesJson: true } });
      return row?.organizationId === photo.organizationId ? (JSON.parse(row.hashesJson) as PhotoHashes) : undefined;
    },
    async describe(evidenceId) {
      const evidence = await earlier(evidenceId);
      return evidence?.disputeId ? { disputeId: evidence.disputeId, name: evidence.originalName } : undefined;
    },
  };
}
