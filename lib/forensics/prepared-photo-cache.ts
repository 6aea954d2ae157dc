import { blobPath } from "@/lib/evidence/resolve-store-paths";
import { preparePhoto } from "./analyze-photo";
import { loadPhotoBytes } from "./load-photo-bytes";
import type { MatchImage } from "./prepare-match-image";

/** Prepared photos are 512 px greyscale+RGB (~1 MB); a few dozen cover any one analysis and its neighbours. */
const MAX_CACHED_PHOTOS = 48;
const preparedPhotos = new Map<string, MatchImage>();

/**
 * A stored photo as matching sees it, decoded from its blob on first use and kept in a small
 * in-process cache by content hash (a listing photo or an earlier buyer photo is compared
 * with many new ones). `describe` names the photo in the error when its blob is missing.
 */
export async function loadPreparedPhoto(sha256: string, describe: string): Promise<MatchImage> {
  const hit = preparedPhotos.get(sha256);
  if (hit) return hit;
  const { pixels } = await loadPhotoBytes(blobPath(sha256), () => new Error(`blob of ${describe} is missing`));
  const { match } = await preparePhoto(pixels);
  if (preparedPhotos.size >= MAX_CACHED_PHOTOS) preparedPhotos.delete(preparedPhotos.keys().next().value!);
  preparedPhotos.set(sha256, match);
  return match;
}
