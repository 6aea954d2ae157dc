import { db } from "@/lib/db/prisma";
import { blobPath } from "@/lib/evidence/resolve-store-paths";
import { preparePhoto } from "./analyze-photo";
import type { ReferenceLibrary } from "./derived-from-reference";
import { currentFingerprintIndex } from "./fingerprint-index-cache";
import { loadPhotoBytes } from "./load-photo-bytes";
import type { MatchImage } from "./prepare-match-image";

/** Prepared reference photos are 512 px greyscale+RGB (~1 MB); a few dozen cover any one analysis and its neighbours. */
const MAX_CACHED_PHOTOS = 48;
const preparedPhotos = new Map<string, MatchImage>();

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
      if (!evidence) return undefined;
      const hit = preparedPhotos.get(evidence.sha256);
      if (hit) return hit;
      const { pixels } = await loadPhotoBytes(blobPath(evidence.sha256), () => new Error(`blob of reference ${referenceId} is missing`));
      const { match } = await preparePhoto(pixels);
      if (preparedPhotos.size >= MAX_CACHED_PHOTOS) preparedPhotos.delete(preparedPhotos.keys().next().value!);
      preparedPhotos.set(evidence.sha256, match);
      return match;
    },
    async label(referenceId) {
      const evidence = await db.evidence.findFirst({ where: { id: referenceId, organizationId }, select: { originalName: true } });
      return evidence?.originalName;
    },
  };
}
