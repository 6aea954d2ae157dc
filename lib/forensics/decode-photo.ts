import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import { ForensicsInputError } from "./forensics-input-error";

/** Largest photo accepted (the evidence store's photo cap). */
export const MAX_PHOTO_BYTES = 50 * 1024 * 1024;
/** Above any phone camera (200 MP sensors) with margin; larger is treated as a decompression bomb. */
export const MAX_PHOTO_PIXELS = 210_000_000;
/**
 * Cameras write JPEG or HEIC (decoded to JPEG first, so it is checked here as JPEG); a PNG, WebP or GIF this large is a
 * screenshot nobody takes, and unlike JPEG it cannot be decoded at reduced size.
 */
const MAX_NON_JPEG_PIXELS = 50_000_000;
const MAX_PHOTO_SIDE = 30_000;
/** Every signal works from one decode at this size, so the full-resolution pixels are never decoded twice. */
export const WORKING_SIDE = 1024;
const DECODE_TIMEOUT_SECONDS = 20;

const SUPPORTED_FORMATS = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
  "image/tiff": "tiff",
  "image/avif": "avif",
} as const;
/** "heic": decoded by libheif before it reaches here (load-photo-bytes.ts). */
export type PhotoFormat = (typeof SUPPORTED_FORMATS)[keyof typeof SUPPORTED_FORMATS] | "heic";

export interface DecodedPhoto {
  format: PhotoFormat;
  /** Size as stored in the file (before EXIF orientation). */
  width: number;
  height: number;
  /** Oriented RGB pixels, at most WORKING_SIDE on the long side, alpha flattened onto white. */
  rgb: Buffer;
  workWidth: number;
  workHeight: number;
}

/** sharp options shared by every decode of untrusted bytes. */
export const SAFE_DECODE_OPTIONS = { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "truncated" } as const;

/** Checks the magic bytes and the declared dimensions before any pixel is decoded. */
export async function probePhoto(bytes: Uint8Array): Promise<{ format: PhotoFormat; width: number; height: number }> {
  if (bytes.length === 0) throw new ForensicsInputError("EMPTY_FILE");
  if (bytes.length > MAX_PHOTO_BYTES) throw new ForensicsInputError("FILE_TOO_LARGE", `${bytes.length} bytes`);
  const type = await fileTypeFromBuffer(bytes);
  const format = type && SUPPORTED_FORMATS[type.mime as keyof typeof SUPPORTED_FORMATS];
  if (!format) throw new ForensicsInputError("UNSUPPORTED_FORMAT", type?.mime ?? "unknown");
  let meta: Metadata;
  try {
    // metadata() reads the header only; limitInputPixels: false so an oversized header reaches our own check and its clear error.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new ForensicsInputError(isTruncation(error) ? "TRUNCATED_IMAGE" : "CORRUPT_IMAGE", errorText(error));
  }
  const { width, height } = meta;
  if (!width || !height) throw new ForensicsInputError("CORRUPT_IMAGE", "no dimensions in header");
  const maxPixels = format === "jpeg" ? MAX_PHOTO_PIXELS : MAX_NON_JPEG_PIXELS;
  if (width > MAX_PHOTO_SIDE || height > MAX_PHOTO_SIDE || width * height > maxPixels) {
    throw new ForensicsInputError("DIMENSIONS_TOO_LARGE", `${width}×${height}`);
  }
  return { format, width, height };
}

/** Probes, then decodes once to the working size. Throws ForensicsInputError on any bad input. */
export async function decodePhoto(bytes: Uint8Array): Promise<DecodedPhoto> {
  const { format, width, height } = await probePhoto(bytes);
  try {
    const { data, info } = await sharp(bytes, SAFE_DECODE_OPTIONS)
      .timeout({ seconds: DECODE_TIMEOUT_SECONDS })
      .rotate()
      .resize(WORKING_SIDE, WORKING_SIDE, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { format, width, height, rgb: data, workWidth: info.width, workHeight: info.height };
  } catch (error) {
    throw toInputError(error);
  }
}

/** Maps a sharp/libvips failure on untrusted bytes to a typed input error. */
export function toInputError(error: unknown): ForensicsInputError {
  if (error instanceof ForensicsInputError) return error;
  const text = errorText(error);
  if (/timeout/i.test(text)) return new ForensicsInputError("DECODE_TIMEOUT");
  if (/pixel limit/i.test(text)) return new ForensicsInputError("DIMENSIONS_TOO_LARGE", text);
  return new ForensicsInputError(isTruncation(error) ? "TRUNCATED_IMAGE" : "CORRUPT_IMAGE", text);
}

function isTruncation(error: unknown): boolean {
  return /premature end|truncat|unexpected end|not enough data|end of (file|stream)/i.test(errorText(error));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
