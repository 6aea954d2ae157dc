import type { GrayImage } from "./perceptual-hash";

/**
 * Small greyscale image operations for alignment, written out in plain loops: they run
 * on images of a few hundred pixels, where calling into sharp costs more than it saves.
 */

/** A similarity transform from candidate to reference pixels: ref = [a −b; b a]·cand + t. */
export interface SimilarityTransform {
  a: number;
  b: number;
  tx: number;
  ty: number;
}

export function applyTransform(t: SimilarityTransform, x: number, y: number): [number, number] {
  return [t.a * x - t.b * y + t.tx, t.b * x + t.a * y + t.ty];
}

export function transformScale(t: SimilarityTransform): number {
  return Math.hypot(t.a, t.b);
}

export function transformRotationDegrees(t: SimilarityTransform): number {
  return (Math.atan2(t.b, t.a) * 180) / Math.PI;
}

/** Halves each side by averaging 2×2 blocks. */
export function downsample2(image: GrayImage): GrayImage {
  const width = Math.max(1, image.width >> 1);
  const height = Math.max(1, image.height >> 1);
  const data = new Float32Array(width * height);
  const src = image.data;
  const sw = image.width;
  for (let y = 0; y < height; y++) {
    const y0 = Math.min(2 * y, image.height - 1);
    const y1 = Math.min(2 * y + 1, image.height - 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.min(2 * x, sw - 1);
      const x1 = Math.min(2 * x + 1, sw - 1);
      data[y * width + x] = (src[y0 * sw + x0] + src[y0 * sw + x1] + src[y1 * sw + x0] + src[y1 * sw + x1]) / 4;
    }
  }
  return { width, height, data };
}

/** Mean over the (2·radius+1)² box around each pixel, ignoring NaN; NaN stays NaN. */
export function boxMean(image: GrayImage, radius: number): GrayImage {
  const { width, height, data } = image;
  const stride = width + 1;
  const sum = new Float64Array(stride * (height + 1));
  const count = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let rowSum = 0;
    let rowCount = 0;
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x];
      if (v === v) {
        rowSum += v;
        rowCount++;
      }
      sum[(y + 1) * stride + x + 1] = sum[y * stride + x + 1] + rowSum;
      count[(y + 1) * stride + x + 1] = count[y * stride + x + 1] + rowCount;
    }
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - radius);
    const y1 = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] !== data[y * width + x]) {
        out[y * width + x] = NaN;
        continue;
      }
      const x0 = Math.max(0, x - radius);
      const x1 = Math.min(width, x + radius + 1);
      const s = sum[y1 * stride + x1] - sum[y0 * stride + x1] - sum[y1 * stride + x0] + sum[y0 * stride + x0];
      const n = count[y1 * stride + x1] - count[y0 * stride + x1] - count[y1 * stride + x0] + count[y0 * stride + x0];
      out[y * width + x] = s / n;
    }
  }
  return { width, height, data: out };
}

/** Image minus its box blur of the given radius: keeps edges and texture, drops lighting. NaN stays NaN. */
export function highPass(image: GrayImage, radius: number): GrayImage {
  const mean = boxMean(image, radius).data;
  const out = new Float32Array(image.data.length);
  for (let i = 0; i < out.length; i++) out[i] = image.data[i] - mean[i];
  return { width: image.width, height: image.height, data: out };
}

/**
 * Samples `source` (bilinear) for every pixel of a width×height grid whose pixel (i, j)
 * sits at candidate level-0 position ((i + originX)·factor, (j + originY)·factor), mapped by
 * `transform` into reference level-0 pixels, then divided by `factor` into source pixels.
 * Outside the source gives NaN.
 */
export function warpGray(
  source: GrayImage,
  transform: SimilarityTransform,
  factor: number,
  width: number,
  height: number,
  originX = 0,
  originY = 0,
): GrayImage {
  const data = new Float32Array(width * height);
  const { a, b, tx, ty } = transform;
  const sw = source.width;
  const sh = source.height;
  const src = source.data;
  for (let j = 0; j < height; j++) {
    const cy = (j + originY) * factor;
    for (let i = 0; i < width; i++) {
      const cx = (i + originX) * factor;
      const rx = (a * cx - b * cy + tx) / factor;
      const ry = (b * cx + a * cy + ty) / factor;
      if (rx < 0 || ry < 0 || rx > sw - 1 || ry > sh - 1) {
        data[j * width + i] = NaN;
        continue;
      }
      const x0 = Math.floor(rx);
      const y0 = Math.floor(ry);
      const x1 = Math.min(x0 + 1, sw - 1);
      const y1 = Math.min(y0 + 1, sh - 1);
      const fx = rx - x0;
      const fy = ry - y0;
      const top = src[y0 * sw + x0] * (1 - fx) + src[y0 * sw + x1] * fx;
      const bottom = src[y1 * sw + x0] * (1 - fx) + src[y1 * sw + x1] * fx;
      data[j * width + i] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, data };
}
