import { findReferenceMatch, LOOKUP_DISTANCE, STRONG_SCORE, type ReferenceLibrary } from "./derived-from-reference";
import type { Finding } from "./finding-schema";
import { hammingDistance, hashFromHex } from "./perceptual-hash";
import type { PhotoHashes } from "./photo-hashes";
import type { MatchImage } from "./prepare-match-image";
import { renderDifferenceHeatmap } from "./render-difference-heatmap";

/** A photo already filed as evidence, as stored with its hashes. */
export interface PreviousEvidence {
  evidenceId: string;
  disputeId: string;
  hashes: PhotoHashes;
}

export interface ReuseMatch {
  evidenceId: string;
  disputeId: string;
  distance: number;
}

/** Buyer photos of the merchant's other disputes, loadable for alignment (load-earlier-photo-library.ts). */
export interface EarlierPhotoLibrary extends ReferenceLibrary {
  /** The dispute a photo of the library was filed in and its file name; undefined for one that may not match. */
  describe(evidenceId: string): Promise<{ disputeId: string; name: string } | undefined>;
  /** A photo's stored hashes, read before it is decoded. */
  hashesOf(evidenceId: string): Promise<PhotoHashes | undefined>;
}

/** Hamming distances (of 64 bits): up to SAME the pictures are one photo; up to NEAR, the same photo cropped or re-edited. */
const SAME_PHOTO_DISTANCE = 5;
const NEAR_PHOTO_DISTANCE = 10;
const MAX_LISTED = 10;
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
 * Smallest distance between two photos over their window hashes: the whole of one
 * against every window of the other, both ways, so a crop of an earlier photo still meets it.
 */
export function photoDistance(a: PhotoHashes, b: PhotoHashes): number {
  const aGlobal = hashFromHex(a.global);
  const bGlobal = hashFromHex(b.global);
  let best = hammingDistance(aGlobal, bGlobal);
  for (const window of b.windows) best = Math.min(best, hammingDistance(aGlobal, hashFromHex(window)));
  for (const window of a.windows) best = Math.min(best, hammingDistance(bGlobal, hashFromHex(window)));
  return best;
}

/** reuse: the same or nearly the same photo was already filed in another dispute. */
export function detectReuse(hashes: PhotoHashes, previous: PreviousEvidence[], currentDisputeId?: string): Finding[] {
  const matches: ReuseMatch[] = previous
    .filter((evidence) => evidence.disputeId !== currentDisputeId)
    .map((evidence) => ({ evidenceId: evidence.evidenceId, disputeId: evidence.disputeId, distance: photoDistance(hashes, evidence.hashes) }))
    .filter((match) => match.distance <= NEAR_PHOTO_DISTANCE)
    .sort((a, b) => a.distance - b.distance);
  if (matches.length === 0) return [];
  const disputes = [...new Set(matches.map((m) => m.disputeId))];
  const same = matches[0].distance <= SAME_PHOTO_DISTANCE;
  return [
    {
      type: "reuse",
      strength: same ? "strong" : "moderate",
      explanation: same
        ? {
            zh: `这张图片与之前另外 ${disputes.length} 个纠纷里提交过的图片是同一张照片（可能经过裁剪、缩放或压缩）。真实的破损照片不会在不同订单里重复出现，请对照查看这些纠纷。`,
            en: `This picture is the same photo (possibly cropped, resized or recompressed) as one already filed in ${disputes.length} other dispute(s). A genuine damage photo does not recur across orders; compare it with those disputes.`,
          }
        : {
            zh: `这张图片与之前另外 ${disputes.length} 个纠纷里的图片非常相似，可能是同一张照片经过修改。请人工并排对比确认。`,
            en: `This picture closely resembles one filed in ${disputes.length} other dispute(s); it may be the same photo, edited. Compare them side by side to confirm.`,
          },
      details: { matches: matches.slice(0, MAX_LISTED), disputeIds: disputes },
    },
  ];
}

/**
 * reuse, for what the hashes cannot see: a crop of more than a tenth of the picture, or an
 * edit, moves the photo's hash more than NEAR_PHOTO_DISTANCE bits from the earlier one's.
 * The earlier photos near enough in the index are aligned with this one the way a listing
 * photo is (derived-from-reference.ts): only detail that lines up pixel for pixel, over most
 * of the picture, counts, which separately taken photos of one product do not do.
 * Call it when detectReuse found nothing: it decodes its candidates.
 */
export async function detectReuseByAlignment(photo: MatchImage, hashes: PhotoHashes, library: EarlierPhotoLibrary): Promise<Finding[]> {
  const worthDecoding: EarlierPhotoLibrary = {
    ...library,
    load: async (evidenceId) => {
      const stored = await library.hashesOf(evidenceId);
      return stored && sharedWindows(hashes, stored, LOOKUP_DISTANCE) >= MIN_SHARED_WINDOWS ? library.load(evidenceId) : undefined;
    },
  };
  const match = await findReferenceMatch(photo, hashes, worthDecoding, { candidatesToRank: ALIGNMENT_CANDIDATES });
  if (!match) return [];
  const earlier = await library.describe(match.referenceId);
  if (!earlier) return [];
  const { disputeId, name: label } = earlier;
  const { alignment } = match;
  const percent = Math.round(alignment.patchAgreement * 100);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  // What was changed between the two: painted "damage" shows here as it does against a listing photo.
  const rendering = await renderDifferenceHeatmap(photo, match.reference, alignment.transform);
  return [
    {
      type: "reuse",
      strength: alignment.score >= STRONG_SCORE ? "strong" : "moderate",
      explanation: {
        zh: `这张图片与另一个纠纷里提交过的图片“${label}”能够对齐重合：对齐后，${percent}% 有纹理的局部在同一位置细节完全一致，分别拍摄的照片不会这样。它是同一张照片经过裁剪、缩放或修改，或者两张图由同一张图片改出。请对照查看该纠纷。`,
        en: `This picture lines up with "${label}", filed in another dispute: once the two are aligned, ${percent}% of its textured spots show the same detail at the same place, which separately taken photos do not. It is the same photo cropped, resized or edited, or both were made from one picture. Compare it with that dispute.`,
      },
      details: {
        matches: [{ evidenceId: match.referenceId, disputeId, distance: match.hashDistance }],
        disputeIds: [disputeId],
        alignment: {
          score: round(alignment.score),
          patchAgreement: round(alignment.patchAgreement),
          tileAgreement: round(alignment.tileAgreement),
          matchedPatches: alignment.inliers,
          coverage: round(alignment.coverage),
        },
        differingFraction: round(rendering.differingFraction),
        differingRegions: rendering.regions,
        buyerPhotoContent: photo.contentInPhoto,
      },
      picture: { kind: "heatmap", heatmapPng: rendering.heatmapPng, alignedPairJpeg: rendering.alignedPairJpeg },
    },
  ];
}

/** How many of `a`'s windows have a window of `b` within `maxDistance` bits. */
export function sharedWindows(a: PhotoHashes, b: PhotoHashes, maxDistance: number): number {
  const others = b.windows.map(hashFromHex);
  return a.windows.filter((hex) => {
    const hash = hashFromHex(hex);
    return others.some((other) => hammingDistance(hash, other) <= maxDistance);
  }).length;
}
