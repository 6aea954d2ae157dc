import type { Finding } from "./finding-schema";
import { hammingDistance, hashFromHex } from "./perceptual-hash";
import type { PhotoHashes } from "./photo-hashes";

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

/** Hamming distances (of 64 bits): up to SAME the pictures are one photo; up to NEAR, the same photo cropped or re-edited. */
const SAME_PHOTO_DISTANCE = 5;
const NEAR_PHOTO_DISTANCE = 10;
const MAX_LISTED = 10;

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
