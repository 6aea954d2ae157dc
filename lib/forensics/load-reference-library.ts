import { db } from "@/lib/db/prisma";
import type { ReferenceLibrary } from "./derived-from-reference";
import { currentFingerprintIndex } from "./fingerprint-index-cache";
import { loadPreparedPhoto } from "./prepared-photo-cache";

/**
 * The merchant's reference library for analyzePhoto: the hash index plus a loader that
 * decodes a candidate's stored file on demand. The loader re-checks the row, so a
 * reference withdrawn since the index was built never matches.
 */
export async function loadReferenceLibrary(organizationId: string): Promise<ReferenceLibrary & { size: number }> {
  const index = await currentFingerprintIndex(organizationId, "reference");
  return {
    index,
    size: index.size,
    async load(referenceId) {
      const evidence = await db.evidence.findFirst({
        where: { id: referenceId, organizationId, withdrawnAt: null, kind: "REFERENCE_PHOTO" },
        select: { sha256: true },
      });
      return evidence ? loadPreparedPhoto(evidence.sha256, `reference ${referenceId}`) : undefined;
    },
    async label(referenceId) {
      const evidence = await db.evidence.findFirst({ where: { id: referenceId, organizationId }, select: { originalName: true } });
      return evidence?.originalName;
    },
  };
}
