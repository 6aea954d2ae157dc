/**
 * Forensics benchmark (not a test): detection quality on the locally built corpus and speed.
 *   npm run bench:forensics [-- <corpusDir>] [--verbose]
 * Builds the corpus first when <corpusDir>/manifest.json is missing (scripts/build-forensics-corpus.ts).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { CorpusEntry } from "@/scripts/build-forensics-corpus";
import { analyzePhoto, preparePhoto } from "@/lib/forensics/analyze-photo";
import { WORKING_SIDE } from "@/lib/forensics/decode-photo";
import type { ReferenceLibrary } from "@/lib/forensics/derived-from-reference";
import type { Hash64 } from "@/lib/forensics/perceptual-hash";
import { WINDOWS } from "@/lib/forensics/photo-hashes";
import type { MatchImage } from "@/lib/forensics/prepare-match-image";
import { ReferenceIndex } from "@/lib/forensics/reference-index";
import { measureReuseByAlignment } from "./measure-reuse-by-alignment";

const LOOKUP_REFERENCES = 100_000;
const LOOKUP_QUERIES = 400;
const TIMING_ROUNDS = 3;

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const corpusDir = args.filter((a) => !a.startsWith("--")).at(-1) ?? "data/forensics-corpus";
  if (!fs.existsSync(path.join(corpusDir, "manifest.json"))) {
    console.log(`Building the corpus in ${corpusDir} (a few minutes)…`);
    execFileSync(process.execPath, ["--import", "tsx", "scripts/build-forensics-corpus.ts", corpusDir], { stdio: "inherit" });
  }
  const manifest: CorpusEntry[] = JSON.parse(fs.readFileSync(path.join(corpusDir, "manifest.json"), "utf8"));
  const read = (entry: CorpusEntry) => fs.readFileSync(path.join(corpusDir, entry.file));

  const index = new ReferenceIndex();
  const store = new Map<string, MatchImage>();
  for (const entry of manifest.filter((e) => e.kind === "reference")) {
    const prepared = await preparePhoto(read(entry));
    const id = path.basename(entry.file);
    index.add(id, prepared.hashes);
    store.set(id, prepared.match);
  }
  const library: ReferenceLibrary = { index, load: (id) => store.get(id) };
  console.log(`References indexed: ${store.size}`);

  const recall = new Map<string, { hits: number; total: number }>();
  const tally = (key: string, hit: boolean) => {
    const row = recall.get(key) ?? { hits: 0, total: 0 };
    row.total++;
    if (hit) row.hits++;
    recall.set(key, row);
  };
  const times: number[] = [];
  for (const entry of manifest.filter((e) => e.kind === "forgery")) {
    const started = performance.now();
    const { findings } = await analyzePhoto(read(entry), { references: library });
    times.push(performance.now() - started);
    const match = findings.find((f) => f.type === "derived_from_reference");
    const hit = match?.details.referenceId === entry.referenceId;
    tally(`style ${entry.style}`, hit);
    tally(`damage ${entry.damage}`, hit);
    if (!hit && verbose) console.log(`  missed ${entry.file}${match ? ` (matched ${match.details.referenceId})` : ""}`);
  }

  let falsePositives = 0;
  const genuine = manifest.filter((e) => e.kind === "genuine");
  for (const entry of genuine) {
    const { findings } = await analyzePhoto(read(entry), { references: library });
    const match = findings.find((f) => f.type === "derived_from_reference");
    if (match) {
      falsePositives++;
      if (verbose) console.log(`  false positive ${entry.file} → ${match.details.referenceId} (score ${match.details.score})`);
    }
  }

  let labelledHits = 0;
  const labelled = manifest.filter((e) => e.kind === "labelled");
  for (const entry of labelled) {
    const { findings } = await analyzePhoto(read(entry), { references: library });
    if (findings.some((f) => f.type === entry.expect && f.strength !== "info")) labelledHits++;
    else if (verbose) console.log(`  label not detected ${entry.file}`);
  }

  const reuse = await measureReuseByAlignment(manifest, read);
  const timing = await measureLargePhotos(manifest.filter((e) => e.kind === "large").map(read), library);
  const lookup = measureLookup();

  console.log("\nderived_from_reference recall (correct reference found)");
  for (const [key, { hits, total }] of [...recall.entries()].sort()) console.log(`  ${key.padEnd(24)} ${pct(hits / total).padStart(7)}  (${hits}/${total})`);
  console.log(`\nfalse positives on genuine photos of the same product families: ${pct(falsePositives / genuine.length)} (${falsePositives}/${genuine.length})`);
  console.log(`labelled files detected (aigc_label / c2pa / generator_trace): ${pct(labelledHits / labelled.length)} (${labelledHits}/${labelled.length})`);
  console.log(`median analysis time, corpus-size forgeries (≈1200×900): ${median(times).toFixed(1)} ms`);
  console.log(`\nreuse (reuse.ts; ${reuse.earlier} corpus photos stand for earlier buyer photos, prepared in memory):`);
  console.log(`  genuine photos taken for another photo: ${pct(reuse.genuine.matched / reuse.genuine.total)} (${reuse.genuine.matched}/${reuse.genuine.total}); median ${reuse.genuine.medianMs.toFixed(1)} ms per check`);
  for (const [label, rows] of [["forgery filed again cropped", reuse.crops], ["whole forgery filed after its crop", reuse.earlierCrops]] as const) {
    for (const row of rows) {
      const found = row.same + row.sibling;
      console.log(
        `  ${label}, ${row.name.padEnd(20)} found ${pct(found / row.total).padStart(6)} (${row.same} itself, ${row.sibling} a forgery of the same listing photo; its own shortlisted by hashes for ${row.shortlisted}); ` +
          `wrong photo ${row.other}, missed ${row.missed}; median ${row.medianMs.toFixed(1)} ms`,
      );
    }
  }
  console.log(`\n12-megapixel JPEGs (${timing.count}, ${TIMING_ROUNDS} rounds each; forged, so the heat map is rendered too):`);
  console.log(`  sharp decode + resize to ${WORKING_SIDE} px (baseline): median ${timing.baseline.toFixed(1)} ms`);
  console.log(`  full analysis:                                median ${timing.analysis.toFixed(1)} ms`);
  console.log(`  ratio analysis / baseline:                    ${(timing.analysis / timing.baseline).toFixed(2)}×`);
  console.log(`\nreference lookup, ${LOOKUP_REFERENCES.toLocaleString("en")} indexed photos × ${WINDOWS.length} window hashes (synthetic):`);
  console.log(`  median ${lookup.median.toFixed(3)} ms, p99 ${lookup.p99.toFixed(3)} ms, max ${lookup.max.toFixed(3)} ms; planted near-duplicates found: ${pct(lookup.found)}`);
  console.log(`reuse lookup in the same index (all ${WINDOWS.length} windows of the new photo, ≤ 10 bits; find-reuse-candidates.ts):`);
  console.log(`  median ${lookup.reuse.median.toFixed(3)} ms, p99 ${lookup.reuse.p99.toFixed(3)} ms; planted near-duplicates found: ${pct(lookup.reuse.found)}`);
}

async function measureLargePhotos(photos: Buffer[], library: ReferenceLibrary) {
  const baseline: number[] = [];
  const analysis: number[] = [];
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    for (const photo of photos) {
      // Alternate the two so machine load hits both alike.
      let started = performance.now();
      await sharp(photo).rotate().resize(WORKING_SIDE, WORKING_SIDE, { fit: "inside" }).raw().toBuffer();
      baseline.push(performance.now() - started);
      started = performance.now();
      await analyzePhoto(photo, { references: library });
      analysis.push(performance.now() - started);
    }
  }
  return { count: photos.length, baseline: median(baseline), analysis: median(analysis) };
}

/** Synthetic random hashes stand in for 100k photos; queries are planted near-copies (0–8 bits flipped) and misses. */
function measureLookup() {
  let state = 12345;
  // mulberry32: a plain LCG's low bits repeat too soon and would crowd the index buckets.
  const random32 = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  const index = new ReferenceIndex();
  const planted: Hash64[] = [];
  for (let r = 0; r < LOOKUP_REFERENCES; r++) {
    const hashes: Hash64[] = WINDOWS.map(() => [random32(), random32()] as const);
    if (r % (LOOKUP_REFERENCES / (LOOKUP_QUERIES / 2)) === 0) planted.push(hashes[0]);
    index.add(`ref-${r}`, hashes);
  }
  index.lookupHashes([{ window: 0, hash: [1, 2] }]); // builds the tables
  const durations: number[] = [];
  const reuseDurations: number[] = [];
  let found = 0;
  let reuseFound = 0;
  const flip = (hash: Hash64, bits: number): Hash64 => {
    let [hi, lo] = hash;
    for (let b = 0; b < bits; b++) {
      const bit = random32() % 64;
      if (bit < 32) hi = (hi ^ (1 << bit)) >>> 0;
      else lo = (lo ^ (1 << (bit - 32))) >>> 0;
    }
    return [hi, lo];
  };
  for (let q = 0; q < LOOKUP_QUERIES; q++) {
    const near = q % 2 === 0 ? planted[q / 2] : undefined;
    const queries = [0, 1].map((window) => ({ window, hash: near && window === 0 ? flip(near, q % 9) : ([random32(), random32()] as Hash64) }));
    const started = performance.now();
    const result = index.lookupHashes(queries);
    durations.push(performance.now() - started);
    if (near && result.length > 0) found++;
    // Reuse asks with every window of the new photo (a crop of a stored photo matches one of them).
    const windows = WINDOWS.map((_, window) => ({ window, hash: window === 0 ? queries[0].hash : ([random32(), random32()] as Hash64) }));
    const reuseStarted = performance.now();
    const reuse = index.lookupHashes(windows, { maxDistance: 10, limit: 50 });
    reuseDurations.push(performance.now() - reuseStarted);
    if (near && reuse.length > 0) reuseFound++;
  }
  durations.sort((a, b) => a - b);
  reuseDurations.sort((a, b) => a - b);
  return {
    median: median(durations),
    p99: durations[Math.floor(durations.length * 0.99)],
    max: durations.at(-1)!,
    found: found / (LOOKUP_QUERIES / 2),
    reuse: { median: median(reuseDurations), p99: reuseDurations[Math.floor(reuseDurations.length * 0.99)], found: reuseFound / (LOOKUP_QUERIES / 2) },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
}

function pct(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
