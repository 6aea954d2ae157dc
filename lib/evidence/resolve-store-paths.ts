import path from "node:path";
import { dataDir } from "@/lib/config/data-dir";

/**
 * Layout of the evidence store under DATA_DIR. Blobs are content-addressed and fanned out
 * over two directory levels so no directory grows past a few thousand entries.
 */
export function blobPath(sha256: string): string {
  return path.join(dataDir(), "blobs", sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export function thumbnailPath(sha256: string): string {
  return path.join(dataDir(), "thumbs", `${sha256}.webp`);
}

/** The full-size JPEG a browser can show for a HEIC/HEIF blob. */
export function previewPath(sha256: string): string {
  return path.join(dataDir(), "thumbs", `${sha256}.preview.jpg`);
}

/**
 * Files derived from evidence (heat maps, ELA pictures, video posters and keyframes),
 * content-addressed by their own SHA-256. They can always be re-derived, so unlike blobs
 * they are not evidence; the extension tells readers the content type.
 */
export function derivedPath(sha256: string, ext: DerivedExt): string {
  return path.join(dataDir(), "derived", sha256.slice(0, 2), `${sha256}.${ext}`);
}

export const DERIVED_TYPES = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" } as const;
export type DerivedExt = keyof typeof DERIVED_TYPES;

/** Same file system as the store, so a finished temp file can be linked into place atomically. */
export function tempDir(): string {
  return path.join(dataDir(), "tmp");
}
