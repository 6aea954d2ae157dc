import { thumbnailPath } from "./resolve-store-paths";
import { writeFileAtomically } from "./write-file-atomically";

/** Thumbnails are derived data keyed by the blob hash: rewriting one with the same content is harmless. */
export function storeThumbnail(sha256: string, webp: Uint8Array): Promise<void> {
  return writeFileAtomically(thumbnailPath(sha256), webp);
}
