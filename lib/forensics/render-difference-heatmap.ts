import sharp from "sharp";
import { findConnectedRegions } from "./find-connected-regions";
import { boxMean, type SimilarityTransform } from "./gray-image-ops";
import type { MatchImage } from "./prepare-match-image";
import type { PixelBox } from "./trim-borders";

export interface DifferenceRendering {
  heatmapPng: Buffer;
  alignedPairJpeg: Buffer;
  /** Share of the overlapping area that differs clearly from the reference. */
  differingFraction: number;
  /** Largest differing regions, in the buyer photo's own pixels (oriented), biggest first. */
  regions: PixelBox[];
}

/** Colour difference (0..255 scale) at which a pixel starts to count, and where it is fully red. */
const DIFF_FLOOR = 14;
const DIFF_FULL = 60;
const REGION_CELL = 8;
const HOT_CELL_FRACTION = 0.12;
const MAX_REGIONS = 5;
const PAIR_GAP = 8;
/** Fast zlib level: the heat map is a few hundred KB either way. */
const PNG_COMPRESSION = 1;

/**
 * Warps the reference into the buyer photo's frame, evens out global colour and
 * brightness changes, and colours in where the two still differ: that is where content
 * was painted in (or removed). Also renders the aligned pair side by side.
 */
export async function renderDifferenceHeatmap(
  candidate: MatchImage,
  reference: MatchImage,
  transform: SimilarityTransform,
): Promise<DifferenceRendering> {
  const { width, height } = candidate;
  const warped = warpRgb(reference, transform, width, height);
  const [gainR, gainG, gainB] = fitChannelGain(candidate.rgb, warped.rgb, warped.valid);
  const cand = candidate.rgb;
  const ref = warped.rgb;
  const diff = new Float32Array(width * height).fill(NaN);
  for (let i = 0, p = 0; i < width * height; i++, p += 3) {
    if (!warped.valid[i]) continue;
    const dr = cand[p] - (gainR.scale * ref[p] + gainR.offset);
    const dg = cand[p + 1] - (gainG.scale * ref[p + 1] + gainG.offset);
    const db = cand[p + 2] - (gainB.scale * ref[p + 2] + gainB.offset);
    diff[i] = Math.sqrt((dr * dr + dg * dg + db * db) / 3);
  }
  // Smoothing first keeps hairline misalignment on edges from lighting up like damage.
  const smooth = boxMean({ width, height, data: diff }, 1).data;
  const heat = Buffer.alloc(width * height * 3);
  const differs = new Uint8Array(width * height);
  let differing = 0;
  let overlap = 0;
  const scale = 1 / (DIFF_FULL - DIFF_FLOOR);
  for (let i = 0, p = 0; i < width * height; i++, p += 3) {
    const base = 40 + (candidate.rgb[p] * 0.299 + candidate.rgb[p + 1] * 0.587 + candidate.rgb[p + 2] * 0.114) * 0.55;
    const d = smooth[i];
    let v = 0;
    if (d === d) {
      overlap++;
      v = d <= DIFF_FLOOR ? 0 : d >= DIFF_FULL ? 1 : (d - DIFF_FLOOR) * scale;
      if (v > 0.5) {
        differing++;
        differs[i] = 1;
      }
    }
    const alpha = v > 0.75 ? 0.9 : v * 1.2;
    const keep = base * (1 - alpha);
    heat[p] = keep + 255 * alpha;
    heat[p + 1] = keep + 220 * (1 - v) * alpha;
    heat[p + 2] = keep;
  }
  const pairWidth = width * 2 + PAIR_GAP;
  const pair = Buffer.alloc(pairWidth * height * 3, 255);
  for (let y = 0; y < height; y++) {
    pair.set(candidate.rgb.subarray(y * width * 3, (y + 1) * width * 3), y * pairWidth * 3);
    pair.set(warped.rgb.subarray(y * width * 3, (y + 1) * width * 3), (y * pairWidth + width + PAIR_GAP) * 3);
  }
  // Both encodes run in sharp's thread pool side by side; a second Huffman pass would buy 8 % of size at twice the time.
  const [heatmapPng, alignedPairJpeg] = await Promise.all([
    sharp(heat, { raw: { width, height, channels: 3 } }).png({ compressionLevel: PNG_COMPRESSION }).toBuffer(),
    sharp(pair, { raw: { width: pairWidth, height, channels: 3 } }).jpeg({ quality: 88, optimiseCoding: false }).toBuffer(),
  ]);
  return {
    heatmapPng,
    alignedPairJpeg,
    differingFraction: overlap > 0 ? differing / overlap : 0,
    regions: findRegions(differs, width, height).map((box) => toPhotoPixels(box, candidate)),
  };
}

function warpRgb(reference: MatchImage, t: SimilarityTransform, width: number, height: number) {
  const rgb = Buffer.alloc(width * height * 3, 128);
  const valid = new Uint8Array(width * height);
  const sw = reference.width;
  const sh = reference.height;
  const src = reference.rgb;
  for (let y = 0; y < height; y++) {
    const rowX = -t.b * y + t.tx;
    const rowY = t.a * y + t.ty;
    for (let x = 0, i = y * width; x < width; x++, i++) {
      const rx = rowX + t.a * x;
      const ry = rowY + t.b * x;
      if (rx < 0 || ry < 0 || rx > sw - 1 || ry > sh - 1) continue;
      const x0 = rx | 0;
      const y0 = ry | 0;
      const x1 = x0 + 1 < sw ? x0 + 1 : x0;
      const y1 = y0 + 1 < sh ? y0 + 1 : y0;
      const fx = rx - x0;
      const fy = ry - y0;
      const w00 = (1 - fx) * (1 - fy), w01 = fx * (1 - fy), w10 = (1 - fx) * fy, w11 = fx * fy;
      const p00 = (y0 * sw + x0) * 3, p01 = (y0 * sw + x1) * 3, p10 = (y1 * sw + x0) * 3, p11 = (y1 * sw + x1) * 3;
      const out = i * 3;
      rgb[out] = src[p00] * w00 + src[p01] * w01 + src[p10] * w10 + src[p11] * w11;
      rgb[out + 1] = src[p00 + 1] * w00 + src[p01 + 1] * w01 + src[p10 + 1] * w10 + src[p11 + 1] * w11;
      rgb[out + 2] = src[p00 + 2] * w00 + src[p01 + 2] * w01 + src[p10 + 2] * w10 + src[p11 + 2] * w11;
      valid[i] = 1;
    }
  }
  return { rgb, valid };
}

/** Per-channel least-squares candidate ≈ scale·reference + offset: removes global colour and brightness edits. */
function fitChannelGain(candidate: Uint8Array, reference: Uint8Array, valid: Uint8Array) {
  const n = new Float64Array(3), sx = new Float64Array(3), sy = new Float64Array(3), sxx = new Float64Array(3), sxy = new Float64Array(3);
  // Every fourth pixel is plenty for three pairs of means and variances.
  for (let i = 0; i < valid.length; i += 4) {
    if (!valid[i]) continue;
    for (let c = 0; c < 3; c++) {
      const x = reference[i * 3 + c];
      const y = candidate[i * 3 + c];
      n[c]++;
      sx[c] += x;
      sy[c] += y;
      sxx[c] += x * x;
      sxy[c] += x * y;
    }
  }
  return [0, 1, 2].map((c) => {
    const variance = n[c] * sxx[c] - sx[c] * sx[c];
    if (n[c] === 0 || variance < 1e-6) return { scale: 1, offset: 0 };
    const scale = (n[c] * sxy[c] - sx[c] * sy[c]) / variance;
    return { scale, offset: (sy[c] - scale * sx[c]) / n[c] };
  });
}

/** Connected groups of cells where a good part of the pixels differ, as boxes in match-image pixels. */
function findRegions(differs: Uint8Array, width: number, height: number): PixelBox[] {
  const cols = Math.ceil(width / REGION_CELL);
  const rows = Math.ceil(height / REGION_CELL);
  const hot = new Uint8Array(cols * rows);
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < cols; cx++) {
      let count = 0;
      let n = 0;
      for (let y = cy * REGION_CELL; y < Math.min(height, (cy + 1) * REGION_CELL); y++) {
        for (let x = cx * REGION_CELL; x < Math.min(width, (cx + 1) * REGION_CELL); x++, n++) count += differs[y * width + x];
      }
      // A thin painted crack fills only a sliver of each cell it crosses.
      hot[cy * cols + cx] = count >= n * HOT_CELL_FRACTION ? 1 : 0;
    }
  }
  return findConnectedRegions(hot, cols, rows)
    .slice(0, MAX_REGIONS)
    .map((r) => ({
      left: r.minX * REGION_CELL,
      top: r.minY * REGION_CELL,
      width: Math.min(width, (r.maxX + 1) * REGION_CELL) - r.minX * REGION_CELL,
      height: Math.min(height, (r.maxY + 1) * REGION_CELL) - r.minY * REGION_CELL,
    }));
}

function toPhotoPixels(box: PixelBox, image: MatchImage): PixelBox {
  const s = image.scaleToPhoto;
  return {
    left: Math.round(image.contentInPhoto.left + box.left * s),
    top: Math.round(image.contentInPhoto.top + box.top * s),
    width: Math.round(box.width * s),
    height: Math.round(box.height * s),
  };
}
