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
 */
export async function measureReuseByAlignment(manifest: CorpusEntry[], read: (entry: CorpusEntry) => Buffer): Promise<ReuseByAlignmentFigures> {
  const earlier = new Map<string, { photo: PreparedPhoto; entry: CorpusEntry }>();
  const index = new ReferenceIndex();
  for (const entry of manifest.filter((e) => e.kind === "forgery" || e.kind === "genuine")) {
    const photo = await preparePhoto(read(entry));
    earlier.set(entry.file, { photo, entry });
    index.add(entry.file, photo.hashes);
  }
  const libraryWithout = (file: string | undefined): EarlierPhotoLibrary => ({
    index,
    load: (id) => (id === file ? undefined : earlier.get(id)?.photo.match),
    describe: async (id) => (id === file ? undefined : { disputeId: id, name: id }),
    hashesOf: async (id) => earlier.get(id)?.photo.hashes,
  });
  const matchedIn = (finding: Finding | undefined) => (finding ? (finding.details.matches as { evidenceId: string }[])[0].evidenceId : undefined);
  const check = async (photo: PreparedPhoto, exclude?: string) => {
    const started = performance.now();
    const previous = index
      .lookupHashes(photo.hashes.windows.map((hex, window) => ({ window, hash: hashFromHex(hex) })), { maxDistance: 10, limit: 50 })
      .filter((candidate) => candidate.referenceId !== exclude)
      .map((candidate) => ({ evidenceId: candidate.referenceId, disputeId: candidate.referenceId, hashes: earlier.get(candidate.referenceId)!.photo.hashes }));
    const near = shortlistNearPhotos(photo.hashes, previous);
    const [finding] = await detectReuse(photo.match, photo.hashes, libraryWithout(exclude), near);
    return { matchedId: matchedIn(finding), near: near.map((candidate) => candidate.referenceId), ms: performance.now() - started };
  };

  const genuine = manifest.filter((e) => e.kind === "genuine");
  const genuineTimes: number[] = [];
  let matched = 0;
  for (const entry of genuine) {
    const { matchedId, ms } = await check(earlier.get(entry.file)!.photo, entry.file);
    genuineTimes.push(ms);
    if (matchedId) matched++;
  }

  const sample = manifest.filter((e) => e.kind === "forgery").filter((_, i) => i % CROPPED_SAMPLE === 0);
  const crops: ReuseByAlignmentFigures["crops"] = [];
  for (const [name, [left, top, right, bottom]] of CROPS) {
    const row = { name, same: 0, sibling: 0, other: 0, missed: 0, shortlisted: 0, total: sample.length, medianMs: 0 };
    const times: number[] = [];
    for (const entry of sample) {
      const bytes = read(entry);
      const { width = 0, height = 0 } = await sharp(bytes).metadata();
      const x = Math.round(width * left);
      const y = Math.round(height * top);
      const region = { left: x, top: y, width: Math.round(width * (1 - right)) - x, height: Math.round(height * (1 - bottom)) - y };
      const { matchedId, near, ms } = await check(await preparePhoto(await sharp(bytes).extract(region).jpeg({ quality: 80 }).toBuffer()));
      times.push(ms);
      if (near.includes(entry.file)) row.shortlisted++;
      if (!matchedId) row.missed++;
      else if (matchedId === entry.file) row.same++;
      else if (earlier.get(matchedId)?.entry.referenceId === entry.referenceId) row.sibling++;
      else row.other++;
    }
    row.medianMs = median(times);
    crops.push(row);
  }
  return { earlier: earlier.size, genuine: { matched, total: genuine.length, medianMs: median(genuineTimes) }, crops };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
