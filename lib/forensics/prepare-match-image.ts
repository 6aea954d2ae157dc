import sharp from "sharp";
import type { DecodedPhoto } from "./decode-photo";
import type { GrayImage } from "./perceptual-hash";
import { trimBorders, type PixelBox } from "./trim-borders";

/** Matching and heat maps work at this size: enough for painted damage, small enough to stay fast. */
export const MATCH_SIDE = 512;

/** The photo's content (screenshot chrome and uniform margins trimmed), at most MATCH_SIDE on its long side. */
export interface MatchImage {
  width: number;
  height: number;
  rgb: Uint8Array;
  gray: GrayImage;
  /** Where the content sits in the oriented original photo, in its pixels. */
  contentInPhoto: PixelBox;
  /** Original pixels per match-image pixel. */
  scaleToPhoto: number;
}

/** Trims the working image (unless `trim` is false) and shrinks the content to the matching size. */
export async function prepareMatchImage(photo: DecodedPhoto, { trim = true } = {}): Promise<MatchImage> {
  const content = trim ? trimBorders(photo.rgb, photo.workWidth, photo.workHeight) : { left: 0, top: 0, width: photo.workWidth, height: photo.workHeight };
  const { data, info } = await sharp(photo.rgb, { raw: { width: photo.workWidth, height: photo.workHeight, channels: 3 } })
    .extract(content)
    .resize(MATCH_SIDE, MATCH_SIDE, { fit: "inside", withoutEnlargement: true, kernel: "linear" })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rgb = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  // EXIF orientation may swap the stored sides; the working image is already upright.
  const workToPhoto = Math.max(photo.width, photo.height) / Math.max(photo.workWidth, photo.workHeight);
  return {
    width: info.width,
    height: info.height,
    rgb,
    gray: toGray(rgb, info.width, info.height),
    contentInPhoto: {
      left: Math.round(content.left * workToPhoto),
      top: Math.round(content.top * workToPhoto),
      width: Math.round(content.width * workToPhoto),
      height: Math.round(content.height * workToPhoto),
    },
    scaleToPhoto: (content.width * workToPhoto) / info.width,
  };
}

export function toGray(rgb: Uint8Array, width: number, height: number): GrayImage {
  const data = new Float32Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 3) data[i] = 0.299 * rgb[p] + 0.587 * rgb[p + 1] + 0.114 * rgb[p + 2];
  return { width, height, data };
}
