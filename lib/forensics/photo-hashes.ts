import type { MatchImage } from "./prepare-match-image";
import { cachedIntegralImage, hashToHex, hashWindow } from "./perceptual-hash";

/**
 * Perceptual hashes of one photo, JSON-serialisable so they can be stored with the evidence.
 * `windows[i]` is the hash of the sub-window WINDOWS[i] of the photo's content: a copy
 * cropped by up to 20 % still lines up with one of them.
 */
export interface PhotoHashes {
  version: 1;
  /** Hash of the whole content (= windows[0]). */
  global: string;
  windows: string[];
}

/** Start and end of a window along one side, as fractions of the content. */
const SPANS: readonly (readonly [number, number])[] = [
  [0, 1],
  [0, 0.9],
  [0.05, 0.95],
  [0.1, 1],
  [0, 0.8],
  [0.05, 0.85],
  [0.1, 0.9],
  [0.15, 0.95],
  [0.2, 1],
];

/** [x0, y0, x1, y1] as fractions of the content; WINDOWS[0] is all of it. */
export const WINDOWS: readonly (readonly [number, number, number, number])[] = SPANS.flatMap(([y0, y1]) =>
  SPANS.map(([x0, x1]) => [x0, y0, x1, y1] as const),
);

/** Windows a candidate is looked up with: the whole picture, and its centre in case chrome was left around it. */
export const QUERY_WINDOWS = [0, WINDOWS.findIndex(([x0, y0, x1, y1]) => x0 === 0.05 && y0 === 0.05 && x1 === 0.95 && y1 === 0.95)];

export function computePhotoHashes(image: MatchImage): PhotoHashes {
  const integral = cachedIntegralImage(image.gray);
  const { width, height } = image;
  const windows = WINDOWS.map(([x0, y0, x1, y1]) =>
    hashToHex(hashWindow(integral, width, x0 * width, y0 * height, (x1 - x0) * width, (y1 - y0) * height)),
  );
  return { version: 1, global: windows[0], windows };
}
