/**
 * 64-bit DCT perceptual hash (pHash) of a window of a greyscale image, plus Hamming
 * distance. Hand-written rather than taken from an npm pHash package because matching
 * needs dozens of window hashes from one decoded image (via an integral image), which
 * those packages, one decode per hash, cannot do.
 */
export type Hash64 = readonly [hi: number, lo: number];

const SIZE = 32;
const LOW = 8;

/** cos((2x+1)uπ/2N) for u < LOW, x < SIZE. */
const COSINES = (() => {
  const table = new Float64Array(LOW * SIZE);
  for (let u = 0; u < LOW; u++) for (let x = 0; x < SIZE; x++) table[u * SIZE + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * SIZE));
  return table;
})();

export interface GrayImage {
  width: number;
  height: number;
  /** Luma 0..255, row-major. */
  data: Float32Array;
}

const integrals = new WeakMap<GrayImage, Float64Array>();

/** integralImage, computed once per image: the hashes and the coarse alignment both read it. */
export function cachedIntegralImage(gray: GrayImage): Float64Array {
  let table = integrals.get(gray);
  if (!table) {
    table = integralImage(gray);
    integrals.set(gray, table);
  }
  return table;
}

/** Summed-area table with a zero first row and column, so window means cost four reads. */
export function integralImage(gray: GrayImage): Float64Array {
  const { width, height, data } = gray;
  const table = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += data[y * width + x];
      table[(y + 1) * (width + 1) + x + 1] = table[y * (width + 1) + x + 1] + row;
    }
  }
  return table;
}

/** Hash of the window [x, x+w) × [y, y+h) (pixels, fractional allowed) of the image behind `integral`. */
export function hashWindow(integral: Float64Array, imageWidth: number, x: number, y: number, w: number, h: number): Hash64 {
  const stride = imageWidth + 1;
  const cells = new Float64Array(SIZE * SIZE);
  const xs = new Int32Array(SIZE + 1);
  const ys = new Int32Array(SIZE + 1);
  for (let i = 0; i <= SIZE; i++) {
    xs[i] = Math.round(x + (w * i) / SIZE);
    ys[i] = Math.round(y + (h * i) / SIZE);
  }
  for (let cy = 0; cy < SIZE; cy++) {
    const y0 = ys[cy];
    const y1 = Math.max(ys[cy + 1], y0 + 1);
    for (let cx = 0; cx < SIZE; cx++) {
      const x0 = xs[cx];
      const x1 = Math.max(xs[cx + 1], x0 + 1);
      const sum = integral[y1 * stride + x1] - integral[y0 * stride + x1] - integral[y1 * stride + x0] + integral[y0 * stride + x0];
      cells[cy * SIZE + cx] = sum / ((x1 - x0) * (y1 - y0));
    }
  }
  return hashCells(cells);
}

function hashCells(cells: Float64Array): Hash64 {
  // Separable DCT, keeping only the LOW×LOW lowest frequencies.
  const rows = new Float64Array(SIZE * LOW);
  for (let y = 0; y < SIZE; y++) {
    for (let u = 0; u < LOW; u++) {
      let sum = 0;
      for (let x = 0; x < SIZE; x++) sum += cells[y * SIZE + x] * COSINES[u * SIZE + x];
      rows[y * LOW + u] = sum;
    }
  }
  const coefficients = new Float64Array(LOW * LOW);
  for (let v = 0; v < LOW; v++) {
    for (let u = 0; u < LOW; u++) {
      let sum = 0;
      for (let y = 0; y < SIZE; y++) sum += rows[y * LOW + u] * COSINES[v * SIZE + y];
      coefficients[v * LOW + u] = sum;
    }
  }
  // The DC term would set its bit the same way for every picture; the median ignores it.
  const median = coefficients.slice(1).sort()[31];
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 32; i++) {
    if (coefficients[i] > median) hi |= 1 << i;
    if (coefficients[32 + i] > median) lo |= 1 << i;
  }
  return [hi >>> 0, lo >>> 0];
}

export function hammingDistance(a: Hash64, b: Hash64): number {
  return popcount32((a[0] ^ b[0]) >>> 0) + popcount32((a[1] ^ b[1]) >>> 0);
}

export function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function hashToHex(hash: Hash64): string {
  return hash[0].toString(16).padStart(8, "0") + hash[1].toString(16).padStart(8, "0");
}

export function hashFromHex(hex: string): Hash64 {
  return [parseInt(hex.slice(0, 8), 16) >>> 0, parseInt(hex.slice(8, 16), 16) >>> 0];
}
