import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { HeifDecodeError } from "./decode-heif";
import { loadImageSource } from "./load-image-source";
import { maxImagePixels, renderThumbnail } from "./render-thumbnail";

export interface InspectedImage {
  width: number;
  height: number;
  thumbnail: Buffer;
}

/**
 * Proves an image decodes and is not a decompression bomb. The dimensions come from the
 * header first (reading them is cheap even for a bomb), then one full decode produces the
 * thumbnail, so an accepted image has been decoded end to end exactly once. A HEIF/HEIC
 * photo is decoded by libheif (its declared size checked first) and then goes the same way.
 */
export async function inspectImage(file: string, mime: string): Promise<InspectedImage> {
  const undecodable = () => new AppError("VALIDATION", "evidence.imageUndecodable");
  const tooManyPixels = (width: number, height: number, limit: number) =>
    new AppError("VALIDATION", "evidence.imageTooManyPixels", { width, height, megapixels: Number((limit / 1e6).toPrecision(3)) });
  const limit = maxImagePixels();
  const source = await loadImageSource(file, mime).catch((error: unknown) => {
    if (error instanceof HeifDecodeError && error.reason === "too_many_pixels" && error.size) throw tooManyPixels(error.size.width, error.size.height, limit);
    throw undecodable();
  });
  const meta = await sharp(source, { limitInputPixels: false }).metadata().catch(() => {
    throw undecodable();
  });
  const { width, height } = meta;
  if (!width || !height) throw undecodable();
  if (width * height > limit) throw tooManyPixels(width, height, limit);
  const thumbnail = await renderThumbnail(source).catch(() => {
    throw undecodable();
  });
  return { width, height, thumbnail };
}
