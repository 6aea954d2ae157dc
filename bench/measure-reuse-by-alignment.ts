import sharp from "sharp";
import type { CorpusEntry } from "@/scripts/build-forensics-corpus";
import { preparePhoto, type PreparedPhoto } from "@/lib/forensics/analyze-photo";
import { ReferenceIndex } from "@/lib/forensics/reference-index";
import type { Finding } from "@/lib/forensics/finding-schema";
import { hashFromHex } from "@/lib/forensics/perceptual-hash";
import { detectReuse, shortlistNearPhotos, type EarlierPhotoLibrary } from "@/lib/forensics/reuse";

/** Cuts made to an earlier photo before it is filed again (fractions of each side: left, top, right, bottom). */
const CROPS: [string, [number, number, number, number]][] = [
  ["10% all round", [0.1, 0.1, 0.1, 0.1]],
  ["25% off one side", [0, 0, 0.25, 0]],
  ["15% bottom, 5% left", [0.05, 0, 0, 0.15]],
  ["20% all round (zoom)", [0.2, 0.2, 0.2, 0.2]],
];
/** Every fourth forgery is cropped, for each crop. */
const CROPPED_SAMPLE = 4;

export interface ReuseByAlignmentFigures {
  earlier: number;
  genuine: { matched: number; total: number; medianMs: number };
  crops: { name: string; same: number; sibling: number; other: number; missed: number; shortlisted: number; total: number; medianMs: number }[];
  /** The same crops filed first, the whole photo after. */
  earlierCrops: ReuseByAlignmentFigures["crops"];
}

/**
 * Reuse (detectReuse, decided by alignment) on the corpus: the forgeries and genuine
 * photos stand for the merchant's earlier buyer photos. A genuine photo must match no other
 * photo (they are separate shots of look-alike products); a crop of an earlier forgery should
 * find it, or another forgery made from the same listing photo ("sibling", also right: both
 * came from one picture). Every photo goes the job's way (analyze-photo.ts): the earlier
 * photos whose hashes come near (find-reuse-candidates.ts, shortlistNearPhotos), then
 * detectReuse aligning those and the index's further candidates; `shortlisted` counts the
 * crops whose own earlier photo made the shortlist. A genuine photo's stored copy is left out.
 * `earlierCrops` turns each crop round: the crop filed first, the whole photo after.
 */
export async function measureReuseByAlignment(manifest: CorpusEntry[], read: (entry: CorpusEntry) => Buffer): Promise<ReuseByAlignmentFigures> {
  const earlier = new Map<string, { photo: PreparedPhoto; entry: CorpusEntry }>();
  for (const entry of manifest.filter((e) => e.kind === "forgery" || e.kind === "genuine")) earlier.set(entry.file, { photo: await preparePhoto(read(entry)), entry });
  const indexOf = (photos: Map<string, PreparedPhoto>) => {
    const index = new ReferenceIndex();
    for (const [id, photo] of photos) index.add(id, photo.hashes);
    return index;
  };
  const matchedIn = (finding: Finding | undefined) => (finding ? (finding.details.matches as { evidenceId: string }[])[0].evidenceId : undefined);
  /** The job's path (analyze-photo.ts) for `photo` among `photos`, the `excluded` left out as the job leaves out the photo's own dispute. */
  const checkAmong = (photos: Map<string, PreparedPhoto>) => {
    const index = indexOf(photos);
    return async (photo: PreparedPhoto, excluded: (id: string) => boolean = () => false) => {
      const started = performance.now();
      const library: EarlierPhotoLibrary = {
        index,
        load: (id) => (excluded(id) ? undefined : photos.get(id)?.match),
        describe: async (id) => (excluded(id) ? undefined : { disputeId: id, name: id }),
        hashesOf: async (id) => photos.get(id)?.hashes,
      };
      const previous = index
        .lookupHashes(photo.hashes.windows.map((hex, window) => ({ window, hash: hashFromHex(hex) })), { maxDistance: 10, limit: 50 })
        .filter((candidate) => !excluded(candidate.referenceId))
        .map((candidate) => ({ evidenceId: candidate.referenceId, disputeId: candidate.referenceId, hashes: photos.get(candidate.referenceId)!.hashes }));
      const near = shortlistNearPhotos(photo.hashes, previous);
      const [finding] = await detectReuse(photo.match, photo.hashes, library, near);
      return { matchedId: matchedIn(finding), near: near.map((candidate) => candidate.referenceId), ms: performance.now() - started };
    };
  };
  const earlierPhotos = new Map([...earlier].map(([id, { photo }]) => [id, photo]));
  const check = checkAmong(earlierPhotos);

  const genuine = manifest.filter((e) => e.kind === "genuine");
  const genuineTimes: number[] = [];
  let matched = 0;
  for (const entry of genuine) {
    const { matchedId, ms } = await check(earlier.get(entry.file)!.photo, (id) => id === entry.file);
    genuineTimes.push(ms);
    if (matchedId) matched++;
  }

  const sample = manifest.filter((e) => e.kind === "forgery").filter((_, i) => i % CROPPED_SAMPLE === 0);
  const crops: ReuseByAlignmentFigures["crops"] = [];
  const earlierCrops: ReuseByAlignmentFigures["crops"] = [];
  const tally = (row: ReuseByAlignmentFigures["crops"][number], entry: CorpusEntry, result: { matchedId?: string; near: string[] }, own: string, ownEntryOf: (id: string) => CorpusEntry | undefined) => {
    if (result.near.includes(own)) row.shortlisted++;
    if (!result.matchedId) row.missed++;
    else if (result.matchedId === own) row.same++;
    else if (ownEntryOf(result.matchedId)?.referenceId === entry.referenceId) row.sibling++;
    else row.other++;
  };
  for (const [name, [left, top, right, bottom]] of CROPS) {
    const cropped = new Map<string, PreparedPhoto>();
    for (const entry of sample) {
      const bytes = read(entry);
      const { width = 0, height = 0 } = await sharp(bytes).metadata();
      const x = Math.round(width * left);
      const y = Math.round(height * top);
      const region = { left: x, top: y, width: Math.round(width * (1 - right)) - x, height: Math.round(height * (1 - bottom)) - y };
      cropped.set(entry.file, await preparePhoto(await sharp(bytes).extract(region).jpeg({ quality: 80 }).toBuffer()));
    }
    // A crop filed now of a photo filed earlier.
    const row = { name, same: 0, sibling: 0, other: 0, missed: 0, shortlisted: 0, total: sample.length, medianMs: 0 };
    const times: number[] = [];
    for (const entry of sample) {
      const result = await check(cropped.get(entry.file)!);
      times.push(result.ms);
      tally(row, entry, result, entry.file, (id) => earlier.get(id)?.entry);
    }
    crops.push({ ...row, medianMs: median(times) });
    // The other way round: the crop was filed earlier, the whole photo now. The other forgeries of its listing photo
    // are left out: they would be found instead (both came from one picture), which says nothing of the crop.
    const withCrops = new Map([...earlierPhotos, ...[...cropped].map(([file, photo]) => [`crop:${file}`, photo] as const)]);
    const checkWithCrops = checkAmong(withCrops);
    const back = { name, same: 0, sibling: 0, other: 0, missed: 0, shortlisted: 0, total: sample.length, medianMs: 0 };
    const backTimes: number[] = [];
    for (const entry of sample) {
      const sameListing = (id: string) => earlier.get(id)?.entry.referenceId === entry.referenceId;
      const result = await checkWithCrops(earlier.get(entry.file)!.photo, (id) => sameListing(id) || (id.startsWith("crop:") && id !== `crop:${entry.file}`));
      backTimes.push(result.ms);
      tally(back, entry, result, `crop:${entry.file}`, (id) => earlier.get(id.replace(/^crop:/, ""))?.entry);
    }
    earlierCrops.push({ ...back, medianMs: median(backTimes) });
  }
  return { earlier: earlier.size, genuine: { matched, total: genuine.length, medianMs: median(genuineTimes) }, crops, earlierCrops };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
