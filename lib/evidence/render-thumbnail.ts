import sharp, { type Sharp } from "sharp";

export const THUMBNAIL_MAX_PX = 480;

const DEFAULT_MAX_IMAGE_PIXELS = 100_000_000;

/** Decoding limit against decompression bombs (a small file claiming a huge canvas); EVIDENCE_MAX_IMAGE_PIXELS overrides. */
export function maxImagePixels(): number {
  const configured = Number(process.env.EVIDENCE_MAX_IMAGE_PIXELS);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_IMAGE_PIXELS;
}

/**
 * An image decoded whole (against the pixel limit), turned upright and scaled to fit within
 * `maxPx` on its long side, never enlarged: the start of every picture derived from evidence.
 * Truncated data fails instead of being padded with grey.
 */
export function fitImageWithin(source: string | Buffer, maxPx: number): Sharp {
  return sharp(source, { limitInputPixels: maxImagePixels(), failOn: "truncated" })
    .autoOrient()
    .resize(maxPx, maxPx, { fit: "inside", withoutEnlargement: true });
}

/** A WebP thumbnail; since it decodes the whole image, it doubles as the decodability check. */
export function renderThumbnail(source: string | Buffer): Promise<Buffer> {
  return fitImageWithin(source, THUMBNAIL_MAX_PX).webp({ quality: 78 }).toBuffer();
}
