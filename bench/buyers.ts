/**
 * Times the repeat-claimant view (/buyers) and one dispute's legal assessment at 100k
 * disputes for one merchant (60k buyer records; some share a phone or address hash across
 * accounts, as rotating accounts do). Baseline in the same run: loading every dispute with
 * its buyer keys and grouping them all in memory with the assessment's union–find, which is
 * what the view would cost without the SQL aggregation. Prints median / max of 5 runs and
 * the ratio.
 * Run: npx tsx bench/buyers.ts [disputes]
 */
import fs from "node:fs";
import { openBenchDatabase } from "./open-bench-database";

const COUNT = Number(process.argv[2] ?? 100_000);
const RUNS = 5;

const dir = openBenchDatabase("buyers");

const { db } = await import("@/lib/db/prisma");
const { listRepeatClaimants } = await import("@/lib/legal/list-repeat-claimants");
const { getDisputeLegalAssessment } = await import("@/lib/legal/get-dispute-legal-assessment");
const { groupDisputesByClaimant } = await import("@/lib/legal/group-disputes-by-claimant");
type SessionContext = import("@/lib/auth/session-context").SessionContext;

let seed = 7;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const org = "bench-org";
await db.organization.create({ data: { id: org, name: org, slug: org } });
const store = await db.store.create({ data: { organizationId: org, platform: "TAOBAO", name: "bench" } });
const buyerCount = Math.round(COUNT * 0.6);
const CHUNK = 5000;
for (let start = 0; start < buyerCount; start += CHUNK) {
  await db.buyer.createMany({
    data: Array.from({ length: Math.min(CHUNK, buyerCount - start) }, (_, k) => {
      const i = start + k;
      // 3% share a phone with another account, 2% an address.
      return {
        id: `b${i}`,
        organizationId: org,
        platform: "TAOBAO" as const,
        platformBuyerId: `uid_${i}`,
        nickname: `买家${i}`,
        phoneHash: random() < 0.03 ? `phone-${Math.floor(i / 2)}` : `phone-solo-${i}`,
        addressHash: random() < 0.02 ? `addr-${Math.floor(i / 3)}` : null,
      };
    }),
  });
}
const now = Date.now();
for (let start = 0; start < COUNT; start += CHUNK) {
  const rows = Array.from({ length: Math.min(CHUNK, COUNT - start) }, (_, k) => ({ i: start + k, buyer: `b${Math.floor(random() * buyerCount)}`, amount: 1000 + Math.floor(random() * 100_000) }));
  await db.order.createMany({
    data: rows.map((r) => ({ id: `o${r.i}`, organizationId: org, storeId: store.id, buyerId: r.buyer, orderNo: `ORD${r.i}`, amountFen: r.amount })),
  });
  await db.dispute.createMany({
    data: rows.map((r) => ({
      id: `d${r.i}`,
      organizationId: org,
      storeId: store.id,
      orderId: `o${r.i}`,
      buyerId: r.buyer,
      amountClaimedFen: r.amount,
      reason: "damaged",
      claimFiledAt: new Date(now - random() * 300 * 86_400_000),
      createdById: "bench",
    })),
  });
}
const ctx: SessionContext = { userId: "bench", userName: "bench", email: "b@example.test", organizationId: org, organizationName: org, role: "owner" };

async function time(label: string, run: () => Promise<unknown>, describe: (result: never) => string = () => "") {
  const samples: number[] = [];
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(RUNS / 2)];
  console.log(`${label.padEnd(52)} median ${median.toFixed(1).padStart(8)} ms   max ${samples[RUNS - 1].toFixed(1).padStart(8)} ms   ${describe(result as never)}`);
  return median;
}

console.log(`${COUNT} disputes, ${buyerCount} buyer records, one merchant`);
const fast = await time("listRepeatClaimants page 1 (SQL aggregates)", () => listRepeatClaimants(ctx, {}), (r: { total: number }) => `claimants ${r.total}`);
await time("listRepeatClaimants page 50", () => listRepeatClaimants(ctx, { page: "50" }));
const baseline = await time(
  "baseline: load all disputes + group in memory",
  async () => {
    const disputes = await db.dispute.findMany({
      where: { organizationId: org },
      select: { id: true, amountClaimedFen: true, buyer: { select: { platform: true, platformBuyerId: true, phoneHash: true, addressHash: true } } },
    });
    const groups = groupDisputesByClaimant(disputes.map((d) => ({ disputeId: d.id, buyer: d.buyer!, amount: d.amountClaimedFen })));
    return groups
      .filter((g) => g.disputes.length > 1)
      .map((g) => ({ total: g.disputes.reduce((s, d) => s + d.amount, 0), count: g.disputes.length }))
      .sort((a, b) => b.total - a.total);
  },
  (r: unknown[]) => `claimants ${r.length}`,
);
console.log(`ratio baseline / SQL aggregation: ${(baseline / fast).toFixed(1)}×`);
const repeat = await db.dispute.groupBy({ by: ["buyerId"], where: { organizationId: org }, _count: { _all: true }, orderBy: { _count: { buyerId: "desc" } }, take: 1 });
const disputeOfRepeat = await db.dispute.findFirstOrThrow({ where: { buyerId: repeat[0].buyerId } });
await time("getDisputeLegalAssessment (buyer with most claims)", () => getDisputeLegalAssessment(ctx, disputeOfRepeat.id), (r: { buyer: { disputeCount: number } }) => `claims ${r.buyer.disputeCount}`);
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
