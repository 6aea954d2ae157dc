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
  const size = stride * (height + 1);
  if (sumTable.length < size) {
    sumTable = new Float64Array(size);
    countTable = new Float64Array(size);
  }
  // Reused tables (row 0 and column 0 kept zero): fresh multi-megabyte arrays on every call pile up as
  // external memory and bring on full garbage collections during an analysis.
  const sum = sumTable;
  const count = countTable;
  sum.fill(0, 0, stride);
  count.fill(0, 0, stride);
  for (let y = 0; y < height; y++) {
    let rowSum = 0;
    let rowCount = 0;
    const above = y * stride + 1;
    const here = above + stride;
    sum[here - 1] = 0;
    count[here - 1] = 0;
    for (let x = 0, i = y * width; x < width; x++, i++) {
      const v = data[i];
      if (v === v) {
        rowSum += v;
        rowCount++;
      }
      sum[here + x] = sum[above + x] + rowSum;
      count[here + x] = count[above + x] + rowCount;
    }
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const top = (y > radius ? y - radius : 0) * stride;
    const bottom = (y + radius + 1 < height ? y + radius + 1 : height) * stride;
    for (let x = 0, i = y * width; x < width; x++, i++) {
      if (data[i] !== data[i]) {
        out[i] = NaN;
        continue;
      }
      const x0 = x > radius ? x - radius : 0;
      const x1 = x + radius + 1 < width ? x + radius + 1 : width;
      const s = sum[bottom + x1] - sum[top + x1] - sum[bottom + x0] + sum[top + x0];
      const n = count[bottom + x1] - count[top + x1] - count[bottom + x0] + count[top + x0];
      out[i] = s / n;
    }
  }
  return { width, height, data: out };
}

let sumTable = new Float64Array(0);
let countTable = new Float64Array(0);

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
  // Along a row the source position moves by (a, b) per output pixel.
  for (let j = 0; j < height; j++) {
    const cy = (j + originY) * factor;
    const rowX = (a * originX * factor - b * cy + tx) / factor;
    const rowY = (b * originX * factor + a * cy + ty) / factor;
    for (let i = 0, out = j * width; i < width; i++, out++) {
      const rx = rowX + a * i;
      const ry = rowY + b * i;
      if (rx < 0 || ry < 0 || rx > sw - 1 || ry > sh - 1) {
        data[out] = NaN;
        continue;
      }
      const x0 = rx | 0;
      const y0 = ry | 0;
      const x1 = x0 + 1 < sw ? x0 + 1 : x0;
      const y1 = y0 + 1 < sh ? y0 + 1 : y0;
      const fx = rx - x0;
      const fy = ry - y0;
      const top = src[y0 * sw + x0] * (1 - fx) + src[y0 * sw + x1] * fx;
      const bottom = src[y1 * sw + x0] * (1 - fx) + src[y1 * sw + x1] * fx;
      data[out] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, data };
}
