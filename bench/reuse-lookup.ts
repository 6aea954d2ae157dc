/**
 * Times reuse's candidate lookup (find-reuse-candidates.ts) for one merchant with COUNT buyer
 * photos (default 100k, spread over COUNT / 5 disputes; random window hashes stand in for
 * real fingerprints, which the lookup cannot tell apart). Half the queries are planted
 * near-copies of a stored photo from another dispute (whole-picture hash 0–8 bits off, or a
 * crop: the query's whole picture is one of the stored photo's windows), half are new photos.
 * Baseline in the same run: the in-memory index lookup alone, without reading the candidates'
 * rows. Prints the index's first build, then median / p99 of the queries and the ratio.
 * Run: npm run bench:reuse [-- <count>]
 */
import { openBenchDatabase } from "./open-bench-database";

const COUNT = Number(process.argv[2] ?? 100_000);
const PHOTOS_PER_DISPUTE = 5;
const QUERIES = 200;
const CHUNK = 5000;

const dir = openBenchDatabase("reuse");

// Imported after DATABASE_URL is set: the client binds to it on load.
const fs = await import("node:fs");
const { db } = await import("@/lib/db/prisma");
const { findReuseCandidates } = await import("@/lib/forensics/find-reuse-candidates");
const { currentFingerprintIndex } = await import("@/lib/forensics/fingerprint-index-cache");
const { hashFromHex } = await import("@/lib/forensics/perceptual-hash");
const { seededRandom } = await import("@/scripts/forensics/seeded-random");
const { WINDOWS } = await import("@/lib/forensics/photo-hashes");
const { ALIGNMENT_CANDIDATES, MIN_SHARED_WINDOWS, sharedWindows } = await import("@/lib/forensics/reuse");
const { LOOKUP_DISTANCE } = await import("@/lib/forensics/derived-from-reference");
type PhotoHashes = import("@/lib/forensics/photo-hashes").PhotoHashes;

const random = seededRandom(11);
const random32 = () => Math.floor(random.next() * 2 ** 32);
const randomHex = () => random32().toString(16).padStart(8, "0") + random32().toString(16).padStart(8, "0");
const photoHashes = (): PhotoHashes => {
  const windows = WINDOWS.map(randomHex);
  return { version: 1, global: windows[0], windows };
};
/** `hex` with `bits` random bits flipped. */
function flip(hex: string, bits: number): string {
  let value = BigInt(`0x${hex}`);
  for (let b = 0; b < bits; b++) value ^= 1n << BigInt(random32() % 64);
  return value.toString(16).padStart(16, "0");
}

const org = "bench-org";
await db.organization.create({ data: { id: org, name: org, slug: org } });
const store = await db.store.create({ data: { organizationId: org, platform: "TAOBAO", name: "bench" } });
const disputes = Math.ceil(COUNT / PHOTOS_PER_DISPUTE);
for (let start = 0; start < disputes; start += CHUNK) {
  const ids = Array.from({ length: Math.min(CHUNK, disputes - start) }, (_, k) => start + k);
  await db.order.createMany({ data: ids.map((i) => ({ id: `o${i}`, organizationId: org, storeId: store.id, orderNo: `ORD${i}`, amountFen: 1000 })) });
  await db.dispute.createMany({
    data: ids.map((i) => ({ id: `d${i}`, organizationId: org, storeId: store.id, orderId: `o${i}`, amountClaimedFen: 1000, reason: "damaged", claimFiledAt: new Date(), createdById: "bench" })),
  });
}
const stored: PhotoHashes[] = [];
for (let start = 0; start < COUNT; start += CHUNK) {
  const ids = Array.from({ length: Math.min(CHUNK, COUNT - start) }, (_, k) => start + k);
  const hashes = ids.map(() => photoHashes());
  stored.push(...hashes);
  await db.blob.createMany({ data: ids.map((i) => ({ sha256: `blob${i}`, sizeBytes: 1n, mimeType: "image/jpeg" })) });
  await db.evidence.createMany({
    data: ids.map((i) => ({ id: `e${i}`, organizationId: org, disputeId: `d${Math.floor(i / PHOTOS_PER_DISPUTE)}`, kind: "BUYER_PHOTO" as const, sha256: `blob${i}`, originalName: `${i}.jpg`, mimeType: "image/jpeg", sizeBytes: 1n, uploadedById: "bench" })),
  });
  await db.photoFingerprint.createMany({
    data: ids.map((i, k) => ({ evidenceId: `e${i}`, organizationId: org, role: "buyer", disputeId: `d${Math.floor(i / PHOTOS_PER_DISPUTE)}`, hashesJson: JSON.stringify(hashes[k]) })),
  });
}

let started = performance.now();
const index = await currentFingerprintIndex(org, "buyer");
const buildMs = performance.now() - started;

const makeQuery = (q: number) => {
  if (q % 2 === 1) return { hashes: photoHashes(), planted: undefined };
  const target = random.int(0, COUNT - 1);
  const hashes = photoHashes();
  // Even queries alternate: the same photo recompressed (whole picture a few bits off) and a crop of it.
  const window = q % 4 === 0 ? 0 : 1 + (random32() % (WINDOWS.length - 1));
  hashes.windows[0] = flip(stored[target].windows[window], q % 9);
  hashes.global = hashes.windows[0];
  return { hashes, planted: `e${target}` };
};
// The baseline asks other queries of the same kind: asked the same, it would find the index's
// memory warm from the lookup before it and look faster than it is.
const queries = Array.from({ length: QUERIES }, (_, q) => makeQuery(q));
const baselineQueries = Array.from({ length: QUERIES }, (_, q) => makeQuery(q));
const timings = { lookup: [] as number[], index: [] as number[] };
let found = 0;
for (const [q, query] of queries.entries()) {
  // The new photo is filed in a dispute of its own.
  const photo = { organizationId: org, evidenceId: `query${q}`, disputeId: "new-dispute" };
  started = performance.now();
  // As the analysis job asks: the index's freshness check, then the lookup.
  const candidates = await findReuseCandidates(photo, query.hashes, await currentFingerprintIndex(org, "buyer"));
  timings.lookup.push(performance.now() - started);
  started = performance.now();
  index.lookupHashes(baselineQueries[q].hashes.windows.map((hex, window) => ({ window, hash: hashFromHex(hex) })), { maxDistance: 10, limit: 50 });
  timings.index.push(performance.now() - started);
  if (query.planted && candidates.some((c) => c.evidenceId === query.planted)) found++;
}
const planted = queries.filter((q) => q.planted).length;
// When no candidate is near enough, reuse aligns the nearest earlier photos, decoding those
// that share enough windows with the new one: how many a new photo unlike any stored one brings.
const unlike = queries.filter((q) => !q.planted);
const nearest = unlike.map((q) => index.lookup(q.hashes, { limit: ALIGNMENT_CANDIDATES, maxDistance: LOOKUP_DISTANCE }));
const decoded = unlike.map((q, i) => nearest[i].filter((c) => sharedWindows(q.hashes, stored[Number(c.referenceId.slice(1))], LOOKUP_DISTANCE) >= MIN_SHARED_WINDOWS).length);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p99: sorted[Math.floor(sorted.length * 0.99)] };
};
const lookup = stats(timings.lookup);
const indexOnly = stats(timings.index);
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`${COUNT.toLocaleString("en")} buyer photos of one merchant in ${disputes.toLocaleString("en")} disputes; ${QUERIES} queries`);
console.log(`index first use (read ${COUNT.toLocaleString("en")} fingerprints, build): ${ms(buildMs)}`);
console.log(`findReuseCandidates: median ${ms(lookup.median)}, p99 ${ms(lookup.p99)}; planted near-copies found: ${found}/${planted}`);
console.log(
  `new photos unlike any stored one: nearest earlier photos within ${LOOKUP_DISTANCE} bits ${mean(nearest.map((n) => n.length)).toFixed(1)} (of at most ${ALIGNMENT_CANDIDATES}); ` +
    `decoded for alignment (≥ ${MIN_SHARED_WINDOWS} shared windows) ${mean(decoded).toFixed(2)}, at most ${Math.max(...decoded)}`,
);
console.log(`baseline, the index lookup alone: median ${ms(indexOnly.median)}, p99 ${ms(indexOnly.p99)}; ratio ${(lookup.median / indexOnly.median).toFixed(2)}`);
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
