import { db } from "@/lib/db/prisma";
import { blobPath } from "@/lib/evidence/resolve-store-paths";
import { preparePhoto } from "./analyze-photo";
import type { ReferenceLibrary } from "./derived-from-reference";
import { loadPhotoBytes } from "./load-photo-bytes";
import type { PhotoHashes } from "./photo-hashes";
import type { MatchImage } from "./prepare-match-image";
import { ReferenceIndex } from "./reference-index";

interface CachedIndex {
  index: ReferenceIndex;
  ids: Set<string>;
  /** Newest fingerprint in the index: with the count, tells a stale index from a current one. */
  newest: number;
}

/**
 * One in-memory index per merchant, built from the persisted fingerprints on first use.
 * Photos this process indexes are added incrementally; when the number of live reference
 * fingerprints in the database or the newest of them no longer match (another process
 * added one, or one was withdrawn), the index is rebuilt from the rows, which needs no
 * image decoding.
 */
const indexes = new Map<string, CachedIndex>();

/** Prepared reference photos are 512 px greyscale+RGB (~1 MB); a few dozen cover any one analysis and its neighbours. */
const MAX_CACHED_PHOTOS = 48;
const preparedPhotos = new Map<string, MatchImage>();

const liveReferences = (organizationId: string) => ({ organizationId, role: "reference", evidence: { withdrawnAt: null } });

async function currentIndex(organizationId: string): Promise<CachedIndex> {
  const stats = await db.photoFingerprint.aggregate({ where: liveReferences(organizationId), _count: true, _max: { createdAt: true } });
  const newest = stats._max.createdAt?.getTime() ?? 0;
  const cached = indexes.get(organizationId);
  if (cached && cached.ids.size === stats._count && cached.newest === newest) return cached;
  const rows = await db.photoFingerprint.findMany({
    where: liveReferences(organizationId),
    select: { evidenceId: true, hashesJson: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const rebuilt: CachedIndex = { index: new ReferenceIndex(), ids: new Set(), newest: 0 };
  for (const row of rows) {
    rebuilt.index.add(row.evidenceId, JSON.parse(row.hashesJson) as PhotoHashes);
    rebuilt.ids.add(row.evidenceId);
    rebuilt.newest = Math.max(rebuilt.newest, row.createdAt.getTime());
  }
  indexes.set(organizationId, rebuilt);
  return rebuilt;
}

/** Keeps this process's index in step with a reference fingerprint it has just committed. */
export function addToReferenceIndex(organizationId: string, fingerprint: { evidenceId: string; hashes: PhotoHashes; createdAt: Date }): void {
  const cached = indexes.get(organizationId);
  if (!cached || cached.ids.has(fingerprint.evidenceId)) return;
  cached.index.add(fingerprint.evidenceId, fingerprint.hashes);
  cached.ids.add(fingerprint.evidenceId);
  cached.newest = Math.max(cached.newest, fingerprint.createdAt.getTime());
}

/**
 * The merchant's reference library for analyzePhoto: the hash index plus a loader that
 * decodes a candidate's stored file on demand. The loader re-checks the row, so a
 * reference withdrawn since the index was built never matches.
 */
export async function loadReferenceLibrary(organizationId: string): Promise<ReferenceLibrary & { size: number }> {
  const { index } = await currentIndex(organizationId);
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
