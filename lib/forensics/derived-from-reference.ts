import { alignToReference, type ReferenceAlignment } from "./align-to-reference";
import { coarseAlign, refineCoarseAlignment, type CoarseAlignment } from "./coarse-align";
import type { Finding } from "./finding-schema";
import { transformRotationDegrees, transformScale } from "./gray-image-ops";
import type { PhotoHashes } from "./photo-hashes";
import type { MatchImage } from "./prepare-match-image";
import type { ReferenceCandidate, ReferenceIndex } from "./reference-index";
import { renderDifferenceHeatmap } from "./render-difference-heatmap";

/** The merchant's reference photos: the hash index plus a way to fetch one prepared photo for verification. */
export interface ReferenceLibrary {
  index: ReferenceIndex;
  load(referenceId: string): Promise<MatchImage | undefined> | MatchImage | undefined;
  /** How explanations name a reference (its file name); the id when absent. */
  label?(referenceId: string): Promise<string | undefined> | string | undefined;
}

/**
 * The score averages two shares: textured patches that found one distinct match where the
 * transform puts them, and textured tiles whose fine detail lines up pixel for pixel.
 * Copies scored 0.47–1 in the benchmark corpus (0.6+ for all but three heavily rotated
 * or screenshotted ones); different photos of the same kind of product stayed below 0.4.
 */
export const MATCH_SCORE = 0.43;
export const STRONG_SCORE = 0.6;
/** Agreement must rest on enough patches to be more than coincidence. */
const MIN_INLIERS = 12;
/** The aligned reference must cover most of the buyer photo: a thumbnail pasted into a collage is not a copy. */
const MIN_COVERAGE = 0.5;
/**
 * Shops' photos of one product look alike, so the true source may not be the nearest
 * hash (a recoloured or zoomed-in copy can sit 18 bits away, behind a dozen look-alikes):
 * many index candidates are ranked by a quick coarse alignment, the best of those get the
 * finer coarse search, and only the best few of those the full alignment.
 */
const CANDIDATES_TO_RANK = 20;
const CANDIDATES_TO_REFINE = 5;
const CANDIDATES_TO_VERIFY = 3;
/** Thumbnails of a copy correlate at 0.85 or more even after heavy edits; below this no alignment is tried. */
const MIN_COARSE_NCC = 0.5;
/** Only the best candidate, and only this close in the thumbnails, is worth the rotated retries. */
const RETRY_COARSE_NCC = 0.85;
export const LOOKUP_DISTANCE = 18;

export interface ReferenceMatch {
  referenceId: string;
  /** The matched photo as loaded for the alignment. */
  reference: MatchImage;
  hashDistance: number;
  alignment: ReferenceAlignment;
}

/**
 * Finds the reference photo the candidate was made from, if any, by index lookup then
 * alignment. Each ranked candidate is loaded (decoded, unless cached): `candidatesToRank`
 * bounds that work. `firstCandidates`, found some other way, are ranked too, ahead of the
 * index's for the same photo.
 */
export async function findReferenceMatch(
  photo: MatchImage,
  hashes: PhotoHashes,
  library: ReferenceLibrary,
  { candidatesToRank = CANDIDATES_TO_RANK, firstCandidates = [] }: { candidatesToRank?: number; firstCandidates?: readonly ReferenceCandidate[] } = {},
): Promise<ReferenceMatch | undefined> {
  const ranked: { candidate: ReferenceCandidate; reference: MatchImage; coarse: CoarseAlignment }[] = [];
  const first = new Set(firstCandidates.map((candidate) => candidate.referenceId));
  const looked = library.index.lookup(hashes, { limit: candidatesToRank, maxDistance: LOOKUP_DISTANCE }).filter((candidate) => !first.has(candidate.referenceId));
  for (const candidate of [...firstCandidates, ...looked]) {
    const reference = await library.load(candidate.referenceId);
    if (reference) ranked.push({ candidate, reference, coarse: coarseAlign(photo, reference, candidate, { quick: true }) });
  }
  ranked.sort((a, b) => b.coarse.ncc - a.coarse.ncc);
  ranked.splice(CANDIDATES_TO_REFINE);
  for (const entry of ranked) entry.coarse = refineCoarseAlignment(photo, entry.reference, entry.coarse);
  ranked.sort((a, b) => b.coarse.ncc - a.coarse.ncc);
  let best: ReferenceMatch | undefined;
  const worthAligning = ranked.filter((r) => r.coarse.ncc >= MIN_COARSE_NCC).slice(0, CANDIDATES_TO_VERIFY);
  for (const [rank, { candidate, reference, coarse }] of worthAligning.entries()) {
    const alignment = alignToReference(photo, reference, coarse.transform, { tryRotations: rank === 0 && coarse.ncc >= RETRY_COARSE_NCC });
    if (!alignment || alignment.coverage < MIN_COVERAGE || alignment.inliers < MIN_INLIERS) continue;
    if (!best || alignment.score > best.alignment.score) best = { referenceId: candidate.referenceId, reference, hashDistance: candidate.distance, alignment };
    if (alignment.score >= STRONG_SCORE) break;
  }
  return best && best.alignment.score >= MATCH_SCORE ? best : undefined;
}

/**
 * derived_from_reference: the buyer photo is the merchant's own reference photo, edited.
 * `framings` are alternative views of the same photo (see analyzePhoto), tried in order.
 */
export async function detectDerivedFromReference(framings: { match: MatchImage; hashes: PhotoHashes }[], library: ReferenceLibrary): Promise<Finding[]> {
  let match: ReferenceMatch | undefined;
  let photo = framings[0].match;
  for (const framing of framings) {
    match = await findReferenceMatch(framing.match, framing.hashes, library);
    photo = framing.match;
    if (match) break;
  }
  if (!match) return [];
  const { alignment, reference } = match;
  const label = (await library.label?.(match.referenceId)) ?? match.referenceId;
  const rendering = await renderDifferenceHeatmap(photo, reference, alignment.transform);
  const percent = Math.round(alignment.patchAgreement * 100);
  const differing = Math.round(rendering.differingFraction * 1000) / 10;
  return [
    {
      type: "derived_from_reference",
      strength: alignment.score >= STRONG_SCORE ? "strong" : "moderate",
      explanation: {
        zh: `买家提交的图片与商家自己的参考图“${label}”高度吻合，看起来是用这张参考图改出来的：把两张图对齐后，买家图片中 ${percent}% 有纹理的局部都能在参考图的同一位置找到一模一样的细节，分别拍摄的两张照片不会这样重合。两图不一致的地方约占画面的 ${differing}%，已在热力图中用红色标出，通常就是后加上去的“破损”或污渍。请对照并排图核实。`,
        en: `The buyer's picture closely matches the merchant's own reference photo "${label}" and appears to have been made from it: once the two are aligned, ${percent}% of the textured spots in the buyer's picture sit exactly where the same detail sits in the reference, which does not happen with two separately taken photos. The parts that differ (about ${differing}% of the picture) are marked red in the heat map; they are usually the added "damage" or stains. Check the side-by-side pair to confirm.`,
      },
      details: {
        referenceId: match.referenceId,
        score: round(alignment.score, 3),
        patchAgreement: round(alignment.patchAgreement, 3),
        tileAgreement: round(alignment.tileAgreement, 3),
        matchedPatches: alignment.inliers,
        texturedPatches: alignment.patches,
        coverage: round(alignment.coverage, 3),
        hashDistance: match.hashDistance,
        transform: {
          scale: round(transformScale(alignment.transform), 4),
          rotationDegrees: round(transformRotationDegrees(alignment.transform), 2),
          translateX: round(alignment.transform.tx, 1),
          translateY: round(alignment.transform.ty, 1),
          note: "maps buyer-photo content pixels to reference content pixels, both at the matching size",
        },
        differingFraction: round(rendering.differingFraction, 4),
        differingRegions: rendering.regions,
        buyerPhotoContent: photo.contentInPhoto,
      },
      picture: { kind: "heatmap", heatmapPng: rendering.heatmapPng, alignedPairJpeg: rendering.alignedPairJpeg },
    },
  ];
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
