import { findReferenceMatch, LOOKUP_DISTANCE, STRONG_SCORE, type ReferenceLibrary, type ReferenceMatch } from "./derived-from-reference";
import type { Finding } from "./finding-schema";
import { hammingDistance, hashFromHex } from "./perceptual-hash";
import type { PhotoHashes } from "./photo-hashes";
import type { MatchImage } from "./prepare-match-image";
import { ReferenceIndex, type ReferenceCandidate } from "./reference-index";
import { renderDifferenceHeatmap } from "./render-difference-heatmap";

/** A photo already filed as evidence, as stored with its hashes. */
export interface PreviousEvidence {
  evidenceId: string;
  disputeId: string;
  hashes: PhotoHashes;
}

/** Buyer photos of the merchant's other disputes, loadable for alignment (load-earlier-photo-library.ts). */
export interface EarlierPhotoLibrary extends ReferenceLibrary {
  /** The dispute a photo of the library was filed in and its file name; undefined for one that may not match. */
  describe(evidenceId: string): Promise<{ disputeId: string; name: string } | undefined>;
  /** A photo's stored hashes, read before it is decoded. */
  hashesOf(evidenceId: string): Promise<PhotoHashes | undefined>;
}

/**
 * Hamming distance (of 64 bits) within which an earlier photo makes the shortlist: a copy
 * cropped by up to a tenth comes this near. So do look-alike shots of one product (85 % of
 * the corpus's genuine photos had another photo this near, bench:forensics), which is why
 * a near hash is only a reason to align, never a finding by itself.
 */
const NEAR_PHOTO_DISTANCE = 10;
/** Once alignment has confirmed it, an earlier photo this near is the same picture: strong, whatever its texture scores. */
const SAME_PHOTO_DISTANCE = 5;
/**
 * Earlier buyer photos are decoded for alignment, and a merchant can have thousands of look-alike
 * ones; the nearest few hashes hold the earlier photo (the corpus check in bench:forensics).
 */
export const ALIGNMENT_CANDIDATES = 8;
/**
 * How many of the new photo's windows must find a window of the earlier photo within
 * LOOKUP_DISTANCE bits before that photo is decoded. Among many thousands of photos some
 * come that near by chance, on one pair of windows: random hashes that meet on one pair
 * shared 1–7 such windows, crops of corpus forgeries 5–80, mostly dozens (measured once on
 * 200 pairs and 50 crops); bench:reuse counts the decodes it leaves at 100k photos.
 */
export const MIN_SHARED_WINDOWS = 8;

/**
 * The nearest pair of windows between two photos: the whole of one against every window of
 * the other, both ways, so a crop of an earlier photo still meets it. `queryWindow` is the
 * window of `a`, `referenceWindow` the one of `b` (indices into WINDOWS).
 */
export function closestWindows(a: PhotoHashes, b: PhotoHashes): { distance: number; queryWindow: number; referenceWindow: number } {
  const aGlobal = hashFromHex(a.global);
  const bGlobal = hashFromHex(b.global);
  let best = { distance: hammingDistance(aGlobal, bGlobal), queryWindow: 0, referenceWindow: 0 };
  b.windows.forEach((window, index) => {
    const distance = hammingDistance(aGlobal, hashFromHex(window));
    if (distance < best.distance) best = { distance, queryWindow: 0, referenceWindow: index };
  });
  a.windows.forEach((window, index) => {
    const distance = hammingDistance(bGlobal, hashFromHex(window));
    if (distance < best.distance) best = { distance, queryWindow: index, referenceWindow: 0 };
  });
  return best;
}

/**
 * Earlier photos of other disputes whose hashes come within NEAR_PHOTO_DISTANCE bits of this
 * photo's, nearest first, with the windows that met: the first candidates detectReuse aligns.
 */
export function shortlistNearPhotos(hashes: PhotoHashes, previous: PreviousEvidence[], currentDisputeId?: string): ReferenceCandidate[] {
  return previous
    .filter((evidence) => evidence.disputeId !== currentDisputeId)
    .map((evidence) => ({ referenceId: evidence.evidenceId, ...closestWindows(hashes, evidence.hashes) }))
    .filter((candidate) => candidate.distance <= NEAR_PHOTO_DISTANCE)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, ALIGNMENT_CANDIDATES);
}

/**
 * reuse: this photo was already filed in another dispute, the same picture or a crop or edit
 * of it. Only alignment decides, as for a listing photo (derived-from-reference.ts): detail
 * that lines up pixel for pixel over most of the picture, which separately taken photos of
 * one product do not do, however near their hashes. `near` (shortlistNearPhotos) is tried
 * first, then the photos the library's window index finds within LOOKUP_DISTANCE bits, which
 * reaches crops and edits the hashes put further away. When none aligns, a shortlisted
 * earlier photo that is a crop of this one is placed inside it (findEarlierCropInside).
 * Candidates are decoded: only those sharing MIN_SHARED_WINDOWS windows with this photo are.
 */
export async function detectReuse(photo: MatchImage, hashes: PhotoHashes, library: EarlierPhotoLibrary, near: ReferenceCandidate[] = []): Promise<Finding[]> {
  // A candidate tried both ways round has its stored hashes read once.
  const stored = new Map<string, Promise<PhotoHashes | undefined>>();
  const hashesOf = (evidenceId: string) => stored.get(evidenceId) ?? stored.set(evidenceId, library.hashesOf(evidenceId)).get(evidenceId)!;
  const worthDecoding: EarlierPhotoLibrary = {
    ...library,
    hashesOf,
    load: async (evidenceId) => {
      const candidate = await hashesOf(evidenceId);
      return candidate && sharedWindows(hashes, candidate, LOOKUP_DISTANCE) >= MIN_SHARED_WINDOWS ? library.load(evidenceId) : undefined;
    },
  };
  const match = await findReferenceMatch(photo, hashes, worthDecoding, { candidatesToRank: ALIGNMENT_CANDIDATES, firstCandidates: near });
  if (!match) return findEarlierCropInside(photo, hashes, worthDecoding, near);
  const earlier = await library.describe(match.referenceId);
  if (!earlier) return [];
  const { disputeId, name: label } = earlier;
  const { alignment } = match;
  const percent = Math.round(alignment.patchAgreement * 100);
  // What was changed between the two: painted "damage" shows here as it does against a listing photo.
  const rendering = await renderDifferenceHeatmap(photo, match.reference, alignment.transform);
  return [
    {
      type: "reuse",
      strength: strengthOf(match),
      explanation: {
        zh: `这张图片与另一个纠纷里提交过的图片“${label}”能够对齐重合：对齐后，${percent}% 有纹理的局部在同一位置细节完全一致，分别拍摄的照片不会这样。它是同一张照片经过裁剪、缩放或修改，或者两张图由同一张图片改出。请对照查看该纠纷。`,
        en: `This picture lines up with "${label}", filed in another dispute: once the two are aligned, ${percent}% of its textured spots show the same detail at the same place, which separately taken photos do not. It is the same photo cropped, resized or edited, or both were made from one picture. Compare it with that dispute.`,
      },
      details: {
        ...matchDetails(match.referenceId, disputeId, match),
        differingFraction: round(rendering.differingFraction),
        differingRegions: rendering.regions,
        buyerPhotoContent: photo.contentInPhoto,
      },
      picture: { kind: "heatmap", heatmapPng: rendering.heatmapPng, alignedPairJpeg: rendering.alignedPairJpeg },
    },
  ];
}

/** Id given to this photo in the one-photo index findEarlierCropInside aligns against. */
const THIS_PHOTO = "this";

/**
 * The other way round: an earlier photo that is a crop of this one (the windows that met are
 * one of this photo's and the whole of the earlier one) covers too little of this photo for
 * the alignment above to count; placed inside this photo instead, its detail lines up. No
 * heat map: the difference would be drawn on the earlier photo, not this one.
 */
async function findEarlierCropInside(photo: MatchImage, hashes: PhotoHashes, library: EarlierPhotoLibrary, near: ReferenceCandidate[]): Promise<Finding[]> {
  const thisPhoto = new ReferenceIndex();
  thisPhoto.add(THIS_PHOTO, hashes);
  for (const candidate of near.filter((c) => c.queryWindow !== 0)) {
    const [image, stored] = await Promise.all([library.load(candidate.referenceId), library.hashesOf(candidate.referenceId)]);
    if (!image || !stored) continue;
    const inside = await findReferenceMatch(image, stored, { index: thisPhoto, load: () => photo }, { candidatesToRank: 1 });
    const earlier = inside && (await library.describe(candidate.referenceId));
    if (!inside || !earlier) continue;
    const { disputeId, name: label } = earlier;
    const percent = Math.round(inside.alignment.patchAgreement * 100);
    return [
      {
        type: "reuse",
        strength: strengthOf(inside),
        explanation: {
          zh: `另一个纠纷里提交过的图片“${label}”是这张图片的一部分：把它放回这张图片中对齐后，${percent}% 有纹理的局部在同一位置细节完全一致，分别拍摄的照片不会这样。两张图出自同一张照片，之前提交的是从中裁出的一块。请对照查看该纠纷。`,
          en: `"${label}", filed in another dispute, is part of this picture: placed back into it, ${percent}% of its textured spots show the same detail at the same place, which separately taken photos do not. Both come from one photo; the earlier one was cut from it. Compare it with that dispute.`,
        },
        details: { ...matchDetails(candidate.referenceId, disputeId, inside), earlierIsPartOfThis: true },
      },
    ];
  }
  return [];
}

function strengthOf(match: ReferenceMatch): "strong" | "moderate" {
  return match.alignment.score >= STRONG_SCORE || match.hashDistance <= SAME_PHOTO_DISTANCE ? "strong" : "moderate";
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The earlier photo, its dispute and the alignment's figures, as every reuse finding records them. */
function matchDetails(evidenceId: string, disputeId: string, match: ReferenceMatch) {
  const { alignment } = match;
  return {
    matches: [{ evidenceId, disputeId, distance: match.hashDistance }],
    disputeIds: [disputeId],
    alignment: {
      score: round(alignment.score),
      patchAgreement: round(alignment.patchAgreement),
      tileAgreement: round(alignment.tileAgreement),
      matchedPatches: alignment.inliers,
      coverage: round(alignment.coverage),
    },
  };
}

/** How many of `a`'s windows have a window of `b` within `maxDistance` bits. */
export function sharedWindows(a: PhotoHashes, b: PhotoHashes, maxDistance: number): number {
  const others = b.windows.map(hashFromHex);
  return a.windows.filter((hex) => {
    const hash = hashFromHex(hex);
    return others.some((other) => hammingDistance(hash, other) <= maxDistance);
  }).length;
}
