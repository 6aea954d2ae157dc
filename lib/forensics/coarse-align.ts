import type { SimilarityTransform } from "./gray-image-ops";
import { cachedIntegralImage } from "./perceptual-hash";
import { WINDOWS } from "./photo-hashes";
import type { MatchImage } from "./prepare-match-image";

export interface CoarseAlignment {
  /** Candidate match-image pixels → reference match-image pixels (scale and shift only). */
  transform: SimilarityTransform;
  /** Correlation of 16×16 thumbnails at that placement: ranks candidates better than 64 hash bits. */
  ncc: number;
}

const THUMB = 16;
/** Scale steps and shifts (fractions of the candidate's scaled size) searched around the best placement so far. */
const STAGES = [
  { scales: [0.9, 1, 1.1], shifts: [-0.06, 0, 0.06] },
  { scales: [0.95, 1, 1.05], shifts: [-0.03, 0, 0.03] },
  { scales: [0.97, 1, 1.03], shifts: [-0.02, 0, 0.02] },
] as const;

const thumbnails = new WeakMap<MatchImage, Float64Array>();
const columnEdges = new Int32Array(THUMB + 1);
const rowEdges = new Int32Array(THUMB + 1);
const scratch = new Float64Array(THUMB * THUMB);

/**
 * Where does the whole candidate sit in the reference? Starts from the window pair the
 * index matched and searches scale and shift on 16×16 thumbnails. Cheap enough to run on
 * every index candidate, so the expensive alignment only sees the best few. `quick` runs
 * only the widest search stage: enough to rank many candidates, after which
 * refineCoarseAlignment finishes the search for the best of them.
 */
export function coarseAlign(
  candidate: MatchImage,
  reference: MatchImage,
  start: { referenceWindow: number; queryWindow: number },
  { quick = false } = {},
): CoarseAlignment {
  const [qx0, qy0, qx1, qy1] = WINDOWS[start.queryWindow];
  const [rx0, ry0, rx1, ry1] = WINDOWS[start.referenceWindow];
  const scale = (((rx1 - rx0) * reference.width) / ((qx1 - qx0) * candidate.width) + ((ry1 - ry0) * reference.height) / ((qy1 - qy0) * candidate.height)) / 2;
  // Reference position of the candidate's top-left corner implied by the window pair.
  const left = ((rx0 + rx1) / 2) * reference.width - scale * ((qx0 + qx1) / 2) * candidate.width;
  const top = ((ry0 + ry1) / 2) * reference.height - scale * ((qy0 + qy1) / 2) * candidate.height;
  const placement = { scale, left, top, ncc: -Infinity };
  const stages = quick ? [STAGES[0]] : STAGES;
  return toAlignment(searchStages(candidate, reference, placement, stages));
}

/** Finishes a quick coarseAlign with the finer stages. */
export function refineCoarseAlignment(candidate: MatchImage, reference: MatchImage, coarse: CoarseAlignment): CoarseAlignment {
  const { a: scale, tx: left, ty: top } = coarse.transform;
  return toAlignment(searchStages(candidate, reference, { scale, left, top, ncc: coarse.ncc }, STAGES.slice(1)));
}

interface Placement {
  scale: number;
  left: number;
  top: number;
  ncc: number;
}

function toAlignment(p: Placement): CoarseAlignment {
  return { transform: { a: p.scale, b: 0, tx: p.left, ty: p.top }, ncc: p.ncc };
}

function searchStages(candidate: MatchImage, reference: MatchImage, start: Placement, stages: readonly (typeof STAGES)[number][]): Placement {
  let candThumb = thumbnails.get(candidate);
  if (!candThumb) {
    candThumb = thumbnail(cachedIntegralImage(candidate.gray), candidate, 0, 0, candidate.width, candidate.height);
    thumbnails.set(candidate, candThumb);
  }
  const refIntegral = cachedIntegralImage(reference.gray);
  const evaluate = (scale: number, left: number, top: number) => {
    const refThumb = thumbnail(refIntegral, reference, left, top, candidate.width * scale, candidate.height * scale, scratch);
    let dot = 0;
    for (let i = 0; i < candThumb.length; i++) dot += candThumb[i] * refThumb[i];
    return dot;
  };
  let best = start;
  for (const { scales, shifts } of stages) {
    const around = best;
    for (const s of scales) {
      const scale = around.scale * s;
      // Scale about the candidate's centre, so a scale step does not also shift it.
      const cx = around.left + (around.scale * candidate.width) / 2;
      const cy = around.top + (around.scale * candidate.height) / 2;
      for (const dy of shifts) {
        for (const dx of shifts) {
          const left = cx - (scale * candidate.width) / 2 + dx * scale * candidate.width;
          const top = cy - (scale * candidate.height) / 2 + dy * scale * candidate.height;
          const ncc = evaluate(scale, left, top);
          if (ncc > best.ncc) best = { scale, left, top, ncc };
        }
      }
    }
  }
  return best;
}

/** Zero-mean, unit-norm THUMB×THUMB cell means of a box; cells beyond the image read its edge. */
function thumbnail(integral: Float64Array, image: MatchImage, x: number, y: number, w: number, h: number, cells = new Float64Array(THUMB * THUMB)): Float64Array {
  const stride = image.width + 1;
  for (let i = 0; i <= THUMB; i++) {
    columnEdges[i] = Math.min(image.width - 1, Math.max(0, Math.round(x + (w * i) / THUMB)));
    rowEdges[i] = Math.min(image.height - 1, Math.max(0, Math.round(y + (h * i) / THUMB)));
  }
  let mean = 0;
  for (let cy = 0; cy < THUMB; cy++) {
    const y0 = rowEdges[cy];
    const y1 = Math.max(y0 + 1, rowEdges[cy + 1]);
    for (let cx = 0; cx < THUMB; cx++) {
      const x0 = columnEdges[cx];
      const x1 = Math.max(x0 + 1, columnEdges[cx + 1]);
      const sum = integral[y1 * stride + x1] - integral[y0 * stride + x1] - integral[y1 * stride + x0] + integral[y0 * stride + x0];
      const value = sum / ((x1 - x0) * (y1 - y0));
      cells[cy * THUMB + cx] = value;
      mean += value;
    }
  }
  mean /= cells.length;
  let norm = 0;
  for (let i = 0; i < cells.length; i++) {
    cells[i] -= mean;
    norm += cells[i] * cells[i];
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < cells.length; i++) cells[i] /= norm;
  return cells;
}
