import { fitSimilarity, type Correspondence } from "./fit-similarity";
import { applyTransform, downsample2, highPass, warpGray, type SimilarityTransform } from "./gray-image-ops";
import type { GrayImage } from "./perceptual-hash";
import type { MatchImage } from "./prepare-match-image";

export interface ReferenceAlignment {
  /** Candidate match-image pixels → reference match-image pixels. */
  transform: SimilarityTransform;
  /** Mean of patchAgreement and tileAgreement (0..1): how much of the picture is the reference. */
  score: number;
  /** Share of textured patches with one distinct match that agrees with the transform. */
  patchAgreement: number;
  /** Share of textured tiles whose fine detail also lines up, pixel for pixel. */
  tileAgreement: number;
  matchedTiles: number;
  texturedTiles: number;
  /** Share of the candidate picture the reference covers once aligned. */
  coverage: number;
  /** Patches of the last pass that found a distinct match consistent with the transform… */
  inliers: number;
  /** …out of this many patches with enough texture to try. */
  patches: number;
}

/**
 * Coarse-to-fine passes: pyramid level (0 = match image), search radius and patch size in
 * that level's pixels, and how distinct a patch's best match must be. The coarse level is
 * too blurred for a strict distinctness test; the fine levels decide.
 */
const PASSES = [
  { level: 2, radius: 6, patch: 16, minNcc: 0.4, peakMargin: 0.05, minShare: 0.1 },
  { level: 1, radius: 3, patch: 24, minNcc: 0.5, peakMargin: 0.15, minShare: 0.2 },
  { level: 1, radius: 1, patch: 24, minNcc: 0.5, peakMargin: 0.15, minShare: 0.2 },
] as const;
const GRID = 8;
/** Coarse placement ignores rotation; a photo turned a few degrees may need one of these starts. */
const RETRY_ROTATIONS = [-4, 4, -2, 2];
const DETAIL_RADIUS = 2;
/** Pyramid level, search radius (its pixels: ±48 match-image pixels) and required peak of the whole-picture shift search. */
const SHIFT_LEVEL = 3;
const SHIFT_RADIUS = 6;
const SHIFT_PEAK_MARGIN = 0.05;
const FLAT_PATCH_STD = 1.5;
const SCORE_LEVEL = 1;
const SCORE_TILES = 8;
const TEXTURED_TILE_STD = 2.5;
const TILE_MATCH_NCC = 0.5;
/** Shifts (score-level pixels) at which a matching tile's correlation must be clearly lower. */
const PEAK_SHIFTS = [[-2, 0], [2, 0], [0, -2], [0, 2], [-2, -2], [2, 2], [-2, 2], [2, -2]] as const;
const TILE_PEAK_MARGIN = 0.15;

const pyramids = new WeakMap<MatchImage, GrayImage[]>();
/** High-passed candidate levels: every pass, the score and each reference tried reuse them. */
const details = new WeakMap<GrayImage, Float32Array>();

function detailOf(level: GrayImage): Float32Array {
  let detail = details.get(level);
  if (!detail) {
    detail = highPass(level, DETAIL_RADIUS).data;
    details.set(level, detail);
  }
  return detail;
}

function pyramidOf(image: MatchImage): GrayImage[] {
  let levels = pyramids.get(image);
  if (!levels) {
    levels = [image.gray];
    for (let l = 1; l <= SHIFT_LEVEL; l++) levels.push(downsample2(levels[l - 1]));
    pyramids.set(image, levels);
  }
  return levels;
}

/**
 * Aligns a candidate photo onto a reference, starting from a coarse placement (coarseAlign,
 * optionally also turned a few degrees either way): block matching of patches on
 * high-passed images, a robust similarity fit, three passes from coarse to fine. Then
 * scores how many textured tiles line up. Hand-written: no npm image-registration
 * library works on raw pixel buffers without a native OpenCV build.
 * Returns undefined when no consistent alignment exists (the usual case for a different photo).
 */
export function alignToReference(
  candidate: MatchImage,
  reference: MatchImage,
  start: SimilarityTransform,
  { tryRotations = false } = {},
): ReferenceAlignment | undefined {
  const starts = [start, ...(tryRotations ? RETRY_ROTATIONS.map((degrees) => rotateAbout(start, degrees, candidate.width / 2, candidate.height / 2)) : [])];
  for (const initial of starts) {
    const alignment = refine(candidate, reference, initial);
    if (alignment) return alignment;
  }
  // Thumbnails of a smooth scene can place a copy further off than the first pass searches.
  const shifted = shiftedStart(candidate, reference, start);
  return shifted && refine(candidate, reference, shifted);
}

/**
 * The start moved by the whole-picture shift (within ±SHIFT_RADIUS pixels of a level-3
 * thumbnail, 8× coarser than the match image) that best correlates the fine detail of
 * the two pictures; undefined when no shift is needed or no correlation peak stands out.
 */
function shiftedStart(candidate: MatchImage, reference: MatchImage, start: SimilarityTransform): SimilarityTransform | undefined {
  const cand = pyramidOf(candidate)[SHIFT_LEVEL];
  const ref = pyramidOf(reference)[SHIFT_LEVEL];
  const factor = 2 ** SHIFT_LEVEL;
  const candDetail = detailOf(cand);
  const ww = cand.width + 2 * SHIFT_RADIUS;
  const wh = cand.height + 2 * SHIFT_RADIUS;
  const warped = highPass(warpGray(ref, start, factor, ww, wh, -SHIFT_RADIUS, -SHIFT_RADIUS), DETAIL_RADIUS).data;
  const side = 2 * SHIFT_RADIUS + 1;
  const scores = new Float64Array(side * side).fill(-1);
  let best = -1;
  let runnerUp = -1;
  let bestDx = 0;
  let bestDy = 0;
  for (let dy = -SHIFT_RADIUS; dy <= SHIFT_RADIUS; dy++) {
    for (let dx = -SHIFT_RADIUS; dx <= SHIFT_RADIUS; dx++) {
      let n = 0, sc = 0, sr = 0, scc = 0, srr = 0, scr = 0;
      for (let y = 0; y < cand.height; y++) {
        const row = (y + dy + SHIFT_RADIUS) * ww + dx + SHIFT_RADIUS;
        for (let x = 0; x < cand.width; x++) {
          const r = warped[row + x];
          if (r !== r) continue;
          const c = candDetail[y * cand.width + x];
          n++;
          sc += c;
          sr += r;
          scc += c * c;
          srr += r * r;
          scr += c * r;
        }
      }
      if (n < 0.5 * cand.width * cand.height) continue;
      const ncc = (scr / n - (sc / n) * (sr / n)) / Math.sqrt(Math.max(srr / n - (sr / n) ** 2, 1e-6) * Math.max(scc / n - (sc / n) ** 2, 1e-6));
      scores[(dy + SHIFT_RADIUS) * side + dx + SHIFT_RADIUS] = ncc;
      if (ncc > best) {
        best = ncc;
        bestDx = dx;
        bestDy = dy;
      }
    }
  }
  for (let dy = -SHIFT_RADIUS; dy <= SHIFT_RADIUS; dy++) {
    for (let dx = -SHIFT_RADIUS; dx <= SHIFT_RADIUS; dx++) {
      if (Math.max(Math.abs(dx - bestDx), Math.abs(dy - bestDy)) >= 2) runnerUp = Math.max(runnerUp, scores[(dy + SHIFT_RADIUS) * side + dx + SHIFT_RADIUS]);
    }
  }
  if ((bestDx === 0 && bestDy === 0) || best - runnerUp < SHIFT_PEAK_MARGIN) return undefined;
  const ox = bestDx * factor;
  const oy = bestDy * factor;
  return { ...start, tx: start.tx + start.a * ox - start.b * oy, ty: start.ty + start.b * ox + start.a * oy };
}

function refine(candidate: MatchImage, reference: MatchImage, start: SimilarityTransform): ReferenceAlignment | undefined {
  const candLevels = pyramidOf(candidate);
  const refLevels = pyramidOf(reference);
  let transform = start;
  let inliers = 0;
  let patches = 0;
  for (const pass of PASSES) {
    const { pairs, textured } = matchPatches(candLevels[pass.level], refLevels[pass.level], transform, pass);
    const fit = fitSimilarity(pairs, 1.5 * 2 ** pass.level);
    // Below minShare agreeing patches it is a different photo: give up rather than refine.
    if (!fit || fit.inliers.length < 5 || fit.inliers.length < pass.minShare * textured) return undefined;
    transform = fit.transform;
    inliers = fit.inliers.length;
    patches = textured;
  }
  const patchAgreement = patches > 0 ? inliers / patches : 0;
  const tiles = scoreAlignment(candLevels[SCORE_LEVEL], refLevels[SCORE_LEVEL], transform);
  // Two views of agreement: patches can be fooled by repeated structure, tiles by blur; together they separate copies from look-alikes best.
  return { transform, inliers, patches, patchAgreement, score: (patchAgreement + tiles.tileAgreement) / 2, ...tiles };
}

/** The same placement, turned by `degrees` about candidate point (cx, cy). */
function rotateAbout(t: SimilarityTransform, degrees: number, cx: number, cy: number): SimilarityTransform {
  const r = (degrees * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  const a = t.a * cos - t.b * sin;
  const b = t.a * sin + t.b * cos;
  const [x, y] = applyTransform(t, cx, cy);
  return { a, b, tx: x - (a * cx - b * cy), ty: y - (b * cx + a * cy) };
}

/** For a grid of candidate patches, the shift (within ±radius) that best matches the warped reference. */
function matchPatches(
  cand: GrayImage,
  ref: GrayImage,
  transform: SimilarityTransform,
  { level, radius, patch, minNcc, peakMargin }: { level: number; radius: number; patch: number; minNcc: number; peakMargin: number },
): { pairs: Correspondence[]; textured: number } {
  const factor = 2 ** level;
  const size = Math.min(patch, Math.floor(Math.min(cand.width, cand.height) / 3));
  if (size < 6) return { pairs: [], textured: 0 };
  const half = size >> 1;
  const candDetail = detailOf(cand);
  const ww = cand.width + 2 * radius;
  const wh = cand.height + 2 * radius;
  const warped = highPass(warpGray(ref, transform, factor, ww, wh, -radius, -radius), DETAIL_RADIUS).data;
  const stats = windowStats(warped, ww, wh);
  const n = size * size;
  const patchValues = new Float64Array(n);
  const scores = new Float64Array((2 * radius + 1) ** 2);
  const pairs: Correspondence[] = [];
  let textured = 0;
  for (let gy = 0; gy < GRID; gy++) {
    const y0 = Math.round(((cand.height - size) * (gy + 0.5)) / GRID);
    for (let gx = 0; gx < GRID; gx++) {
      const x0 = Math.round(((cand.width - size) * (gx + 0.5)) / GRID);
      let mean = 0;
      for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) mean += candDetail[(y0 + y) * cand.width + x0 + x];
      mean /= n;
      let energy = 0;
      for (let y = 0, k = 0; y < size; y++) {
        for (let x = 0; x < size; x++, k++) {
          const v = candDetail[(y0 + y) * cand.width + x0 + x] - mean;
          patchValues[k] = v;
          energy += v * v;
        }
      }
      if (energy / n < FLAT_PATCH_STD * FLAT_PATCH_STD) continue;
      textured++;
      const side = 2 * radius + 1;
      scores.fill(-1);
      let best = -1;
      let bestDx = 0;
      let bestDy = 0;
      for (let dy = -radius; dy <= radius; dy++) {
        const wy0 = y0 + dy + radius;
        for (let dx = -radius; dx <= radius; dx++) {
          const wx0 = x0 + dx + radius;
          if (stats.box(stats.invalid, wx0, wy0, size) > 0) continue;
          const sum = stats.box(stats.sum, wx0, wy0, size);
          const variance = stats.box(stats.squares, wx0, wy0, size) - (sum * sum) / n;
          if (variance <= 1e-6) continue;
          let cross = 0;
          for (let y = 0, k = 0; y < size; y++) {
            const row = (wy0 + y) * ww + wx0;
            for (let x = 0; x < size; x++, k++) cross += patchValues[k] * warped[row + x];
          }
          const ncc = cross / Math.sqrt(energy * variance);
          scores[(dy + radius) * side + dx + radius] = ncc;
          if (ncc > best) {
            best = ncc;
            bestDx = dx;
            bestDy = dy;
          }
        }
      }
      if (best < minNcc) continue;
      // A patch on a straight edge matches anywhere along it: keep only patches whose
      // correlation peaks clearly, so alignment rests on corners and texture.
      let runnerUp = -1;
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          if (Math.max(Math.abs(dx - bestDx), Math.abs(dy - bestDy)) < 2) continue;
          runnerUp = Math.max(runnerUp, scores[(dy + radius) * side + dx + radius]);
        }
      }
      if (best - runnerUp < peakMargin) continue;
      const cx = x0 + half;
      const cy = y0 + half;
      const to = applyTransform(transform, (cx + bestDx) * factor, (cy + bestDy) * factor);
      pairs.push({ from: [cx * factor, cy * factor], to });
    }
  }
  return { pairs, textured };
}

/** Integral images of values, squares and NaN count, for O(1) window statistics. */
function windowStats(values: Float32Array, width: number, height: number) {
  const stride = width + 1;
  const sum = new Float64Array(stride * (height + 1));
  const squares = new Float64Array(stride * (height + 1));
  const invalid = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let rs = 0, rq = 0, ri = 0;
    for (let x = 0; x < width; x++) {
      const v = values[y * width + x];
      if (v === v) {
        rs += v;
        rq += v * v;
      } else ri++;
      const i = (y + 1) * stride + x + 1;
      sum[i] = sum[i - stride] + rs;
      squares[i] = squares[i - stride] + rq;
      invalid[i] = invalid[i - stride] + ri;
    }
  }
  const box = (table: Float64Array, x: number, y: number, size: number) =>
    table[(y + size) * stride + x + size] - table[y * stride + x + size] - table[(y + size) * stride + x] + table[y * stride + x];
  return { sum, squares, invalid, box };
}

/**
 * Tile-by-tile correlation of fine detail between the candidate and the aligned reference.
 * A tile counts as matching only if its correlation also peaks at the aligned position:
 * a straight edge (a table line, a product outline) correlates just as well when slid
 * along itself, and would let a different photo of a similar scene look like a copy.
 */
function scoreAlignment(cand: GrayImage, ref: GrayImage, transform: SimilarityTransform) {
  const factor = 2 ** SCORE_LEVEL;
  const { width, height } = cand;
  const candDetail = detailOf(cand);
  const refDetail = highPass(warpGray(ref, transform, factor, width, height), DETAIL_RADIUS).data;
  let covered = 0;
  for (const v of refDetail) if (v === v) covered++;
  let matchedTiles = 0;
  let texturedTiles = 0;
  const tileNcc = (x0: number, y0: number, x1: number, y1: number, dx: number, dy: number) => {
    let n = 0, sc = 0, sr = 0, scc = 0, srr = 0, scr = 0;
    for (let y = Math.max(y0, -dy); y < Math.min(y1, height - dy); y++) {
      for (let x = Math.max(x0, -dx); x < Math.min(x1, width - dx); x++) {
        const r = refDetail[(y + dy) * width + x + dx];
        if (r !== r) continue;
        const c = candDetail[y * width + x];
        n++;
        sc += c;
        sr += r;
        scc += c * c;
        srr += r * r;
        scr += c * r;
      }
    }
    if (n === 0) return { n, ncc: 0, varR: 0 };
    const varR = srr / n - (sr / n) ** 2;
    const varC = scc / n - (sc / n) ** 2;
    return { n, varR, ncc: (scr / n - (sc / n) * (sr / n)) / Math.sqrt(Math.max(varR, 1e-6) * Math.max(varC, 1e-6)) };
  };
  for (let ty = 0; ty < SCORE_TILES; ty++) {
    const y0 = Math.floor((height * ty) / SCORE_TILES);
    const y1 = Math.floor((height * (ty + 1)) / SCORE_TILES);
    for (let tx = 0; tx < SCORE_TILES; tx++) {
      const x0 = Math.floor((width * tx) / SCORE_TILES);
      const x1 = Math.floor((width * (tx + 1)) / SCORE_TILES);
      const aligned = tileNcc(x0, y0, x1, y1, 0, 0);
      if (aligned.n < 0.9 * (x1 - x0) * (y1 - y0) || aligned.varR < TEXTURED_TILE_STD ** 2) continue;
      texturedTiles++;
      if (aligned.ncc < TILE_MATCH_NCC) continue;
      const shifted = PEAK_SHIFTS.map(([dx, dy]) => tileNcc(x0, y0, x1, y1, dx, dy).ncc);
      if (aligned.ncc - Math.max(...shifted) >= TILE_PEAK_MARGIN) matchedTiles++;
    }
  }
  return {
    tileAgreement: texturedTiles > 0 ? matchedTiles / texturedTiles : 0,
    matchedTiles,
    texturedTiles,
    coverage: covered / (width * height),
  };
}
