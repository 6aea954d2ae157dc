import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { maxImagePixels, renderThumbnail } from "./render-thumbnail";

export interface InspectedImage {
  width: number;
  height: number;
  thumbnail: Buffer;
}

/**
 * Proves an image decodes and is not a decompression bomb. The dimensions come from the
 * header first (reading them is cheap even for a bomb), then one full decode produces the
 * thumbnail, so an accepted image has been decoded end to end exactly once.
 */
export async function inspectImage(file: string): Promise<InspectedImage> {
  const undecodable = () => new AppError("VALIDATION", "evidence.imageUndecodable");
  const meta = await sharp(file, { limitInputPixels: false }).metadata().catch(() => {
    throw undecodable();
  });
  const { width, height } = meta;
  if (!width || !height) throw undecodable();
  const limit = maxImagePixels();
  if (width * height > limit) {
    throw new AppError("VALIDATION", "evidence.imageTooManyPixels", { width, height, megapixels: Number((limit / 1e6).toPrecision(3)) });
  }
  const thumbnail = await renderThumbnail(file).catch(() => {
    throw undecodable();
  });
  return { width, height, thumbnail };
}
