import { applyTransform, transformScale, type SimilarityTransform } from "./gray-image-ops";

export interface Correspondence {
  /** Candidate level-0 pixel. */
  from: [number, number];
  /** Reference level-0 pixel. */
  to: [number, number];
}

/**
 * Robust similarity fit: tries the model of every pair of correspondences (exhaustive,
 * so deterministic; there are at most a few dozen), keeps the one most correspondences
 * agree with, then refits it on those by least squares.
 */
export function fitSimilarity(
  pairs: Correspondence[],
  inlierPixels: number,
): { transform: SimilarityTransform; inliers: Correspondence[] } | undefined {
  if (pairs.length < 2) return undefined;
  let best: SimilarityTransform | undefined;
  let bestCount = 0;
  let bestError = Infinity;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const model = solveTwoPoint(pairs[i], pairs[j]);
      if (!model || !plausible(model)) continue;
      const { count, error } = countInliers(model, pairs, inlierPixels);
      if (count > bestCount || (count === bestCount && error < bestError)) {
        best = model;
        bestCount = count;
        bestError = error;
      }
    }
  }
  if (!best || bestCount < 2) return undefined;
  const bestInliers = inliersOf(best, pairs, inlierPixels);
  const transform = leastSquares(bestInliers);
  if (!transform || !plausible(transform)) return undefined;
  return { transform, inliers: inliersOf(transform, pairs, inlierPixels) };
}

/** A copy is resized, slightly rotated and cropped, never flipped, spun or blown up tenfold. */
function plausible(t: SimilarityTransform): boolean {
  const scale = transformScale(t);
  return scale > 0.2 && scale < 5 && Math.abs(Math.atan2(t.b, t.a)) < (15 * Math.PI) / 180;
}

/** Residuals are measured in candidate pixels, whatever the scale between the two images. */
function residual(t: SimilarityTransform, pair: Correspondence, scale: number): number {
  const [x, y] = applyTransform(t, pair.from[0], pair.from[1]);
  return Math.hypot(x - pair.to[0], y - pair.to[1]) / scale;
}

/** Runs for every pair of pairs: compares squared distances, so only inliers pay for a square root. */
function countInliers(t: SimilarityTransform, pairs: Correspondence[], inlierPixels: number) {
  const scale = transformScale(t);
  const limit = inlierPixels * scale * (inlierPixels * scale);
  let count = 0;
  let error = 0;
  for (const { from, to } of pairs) {
    const dx = t.a * from[0] - t.b * from[1] + t.tx - to[0];
    const dy = t.b * from[0] + t.a * from[1] + t.ty - to[1];
    const squared = dx * dx + dy * dy;
    if (squared <= limit) {
      count++;
      error += Math.sqrt(squared) / scale;
    }
  }
  return { count, error };
}

function inliersOf(t: SimilarityTransform, pairs: Correspondence[], inlierPixels: number): Correspondence[] {
  const scale = transformScale(t);
  return pairs.filter((pair) => residual(t, pair, scale) <= inlierPixels);
}

function solveTwoPoint(p: Correspondence, q: Correspondence): SimilarityTransform | undefined {
  const dx = q.from[0] - p.from[0];
  const dy = q.from[1] - p.from[1];
  const ux = q.to[0] - p.to[0];
  const uy = q.to[1] - p.to[1];
  const norm = dx * dx + dy * dy;
  if (norm < 1e-6) return undefined;
  const a = (dx * ux + dy * uy) / norm;
  const b = (dx * uy - dy * ux) / norm;
  return { a, b, tx: p.to[0] - (a * p.from[0] - b * p.from[1]), ty: p.to[1] - (b * p.from[0] + a * p.from[1]) };
}

function leastSquares(pairs: Correspondence[]): SimilarityTransform | undefined {
  const n = pairs.length;
  let mx = 0, my = 0, mu = 0, mv = 0;
  for (const { from, to } of pairs) {
    mx += from[0] / n;
    my += from[1] / n;
    mu += to[0] / n;
    mv += to[1] / n;
  }
  let sxx = 0, sab = 0, sba = 0;
  for (const { from, to } of pairs) {
    const x = from[0] - mx, y = from[1] - my, u = to[0] - mu, v = to[1] - mv;
    sxx += x * x + y * y;
    sab += x * u + y * v;
    sba += x * v - y * u;
  }
  if (sxx < 1e-6) return undefined;
  const a = sab / sxx;
  const b = sba / sxx;
  return { a, b, tx: mu - (a * mx - b * my), ty: mv - (b * mx + a * my) };
}
