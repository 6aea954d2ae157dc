import { readFile } from "node:fs/promises";
import { decodeHeifToJpeg, HeifDecodeError } from "@/lib/evidence/decode-heif";
import { isHeifContainer } from "@/lib/evidence/read-heif-items";
import { MAX_PHOTO_PIXELS } from "./decode-photo";
import { ForensicsInputError } from "./forensics-input-error";

export interface PhotoBytes {
  /** What the pixel signals decode: the stored file, or a quality-95 JPEG of a HEIF/HEIC photo. */
  pixels: Uint8Array;
  /** The stored file itself, for the signals that read its metadata, when it differs from `pixels`. */
  container?: { bytes: Uint8Array; format: "heic" };
}

/**
 * Reads a photo file for analysis. sharp cannot decode HEIC, so a HEIF file (recognised by
 * its content) is decoded by libheif (decode-heif.ts), while its EXIF and XMP are still read
 * from the original file. The format stays "heic", so ELA does not mistake our re-encoding
 * for an edit.
 * `onMissing` makes the error for a file that cannot be read at all.
 */
export async function loadPhotoBytes(file: string, onMissing: () => Error): Promise<PhotoBytes> {
  const bytes = await readFile(file).catch(() => {
    throw onMissing();
  });
  if (!isHeifContainer(bytes)) return { pixels: bytes };
  const pixels = await decodeHeifToJpeg(file, MAX_PHOTO_PIXELS).catch((error) => {
    if (!(error instanceof HeifDecodeError)) throw error;
    throw error.reason === "too_many_pixels"
      ? new ForensicsInputError("DIMENSIONS_TOO_LARGE", `${error.size?.width}×${error.size?.height}`)
      : new ForensicsInputError("CORRUPT_IMAGE", error.message);
  });
  return { pixels, container: { bytes, format: "heic" } };
}
