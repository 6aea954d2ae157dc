import sharp from "sharp";

export const THUMBNAIL_MAX_PX = 480;

const DEFAULT_MAX_IMAGE_PIXELS = 100_000_000;

/** Decoding limit against decompression bombs (a small file claiming a huge canvas); EVIDENCE_MAX_IMAGE_PIXELS overrides. */
export function maxImagePixels(): number {
  const configured = Number(process.env.EVIDENCE_MAX_IMAGE_PIXELS);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_IMAGE_PIXELS;
}

/**
 * Decodes the whole image into a WebP thumbnail. Truncated data fails instead of being
 * padded with grey, which is what makes this usable as the decodability check too.
 */
export function renderThumbnail(source: string | Buffer): Promise<Buffer> {
  return sharp(source, { limitInputPixels: maxImagePixels(), failOn: "truncated" })
    .autoOrient()
    .resize(THUMBNAIL_MAX_PX, THUMBNAIL_MAX_PX, { fit: "inside", withoutEnlargement: true })
    .webp({ quality: 78 })
    .toBuffer();
}
