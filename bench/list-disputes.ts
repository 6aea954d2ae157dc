/**
 * Times the dispute list, the dashboard and the review queue at 100k disputes for one merchant (plus 20k
 * for a neighbour, so tenant scoping is exercised). Builds a throwaway migrated SQLite
 * database shaped like a real history (old disputes settled and past their deadlines, a
 * few percent in progress), runs each query a few times and prints the median and the
 * worst in milliseconds.
 * Run: npx tsx bench/list-disputes.ts [disputes]
 */
import fs from "node:fs";
import { openBenchDatabase } from "./open-bench-database";

const COUNT = Number(process.argv[2] ?? 100_000);
const RUNS = 5;

const dir = openBenchDatabase("disputes");

// Imported after DATABASE_URL is set: the client binds to it on load.
const { db } = await import("@/lib/db/prisma");
const { listDisputes } = await import("@/lib/disputes/list-disputes");
const { getDashboardStats } = await import("@/lib/disputes/get-dashboard-stats");
const { listReviewQueue } = await import("@/lib/review/list-review-queue");
type Platform = import("@/lib/db/generated/enums").Platform;
type Status = import("@/lib/db/generated/enums").DisputeStatus;

const PLATFORMS: Platform[] = ["TAOBAO", "TMALL", "PINDUODUO", "DOUYIN", "JD"];
const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
// mulberry32: a seeded generator, so every run builds the same data.
let seed = 42;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
const DECIDED = ["WON", "LOST", "PARTIAL"] as const;

/** Young disputes are in progress, older ones submitted, decided, escalated or closed. */
function statusForAge(ageDays: number): Status {
  if (ageDays < 5) return pick(["OPEN", "COLLECTING", "UNDER_REVIEW", "READY"] as const);
  if (ageDays < 15) return random() < 0.7 ? "SUBMITTED" : pick(DECIDED);
  if (ageDays < 45) return pick([...DECIDED, "ESCALATED", "CLOSED"] as const);
  return random() < 0.75 ? "CLOSED" : pick([...DECIDED, "ESCALATED"] as const);
}

async function fill(organizationId: string, count: number) {
  await db.organization.create({ data: { id: organizationId, name: organizationId, slug: organizationId } });
  await db.blob.upsert({ where: { sha256: "bench-photo" }, create: { sha256: "bench-photo", sizeBytes: 1n, mimeType: "image/jpeg" }, update: {} });
  const stores = await Promise.all(
    PLATFORMS.map((platform, i) => db.store.create({ data: { organizationId, platform, name: `${organizationId}-store-${i}` } })),
  );
  const buyerCount = Math.round(count * 0.6);
  const CHUNK = 5000;
  for (let start = 0; start < buyerCount; start += CHUNK) {
    await db.buyer.createMany({
      data: Array.from({ length: Math.min(CHUNK, buyerCount - start) }, (_, k) => ({
        id: `${organizationId}-b${start + k}`,
        organizationId,
        platform: pick(PLATFORMS),
        platformBuyerId: `uid_${organizationId}_${start + k}`,
        nickname: `买家${start + k}号`,
      })),
    });
  }
  for (let start = 0; start < count; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - start) }, (_, k) => {
      const i = start + k;
      const ageDays = random() * 365;
      const createdAt = new Date(now.getTime() - ageDays * DAY);
      const status = statusForAge(ageDays);
      return {
        i,
        store: pick(stores),
        createdAt,
        status,
        // Outcomes reached on the way; CLOSED disputes mostly had one before closing.
        outcome: (DECIDED as readonly Status[]).includes(status) ? status : status === "ESCALATED" ? pick(["LOST", "PARTIAL"] as const) : status === "CLOSED" && random() < 0.8 ? pick(DECIDED) : null,
        buyerId: `${organizationId}-b${Math.floor(random() * buyerCount)}`,
        amount: 1000 + Math.floor(random() * 100_000),
        deadline: random() < 0.9 ? new Date(createdAt.getTime() + 2 * DAY) : null,
      };
    });
    await db.order.createMany({
      data: rows.map((r) => ({
        id: `${organizationId}-o${r.i}`,
        organizationId,
        storeId: r.store.id,
        buyerId: r.buyerId,
        orderNo: `${organizationId.toUpperCase()}${String(r.i).padStart(9, "0")}`,
        trackingNo: `SF${String(r.i * 7).padStart(12, "0")}`,
        amountFen: r.amount,
        createdAt: r.createdAt,
      })),
    });
    await db.dispute.createMany({
      data: rows.map((r) => ({
        id: `${organizationId}-d${r.i}`,
        organizationId,
        storeId: r.store.id,
        orderId: `${organizationId}-o${r.i}`,
        buyerId: r.buyerId,
        status: r.status,
        amountClaimedFen: r.amount,
        amountRecoveredFen: r.outcome === "WON" ? r.amount : r.outcome === "PARTIAL" ? Math.floor(r.amount / 2) : 0,
        reason: "damaged",
        claimFiledAt: r.createdAt,
        responseDeadline: r.deadline,
        createdById: "bench",
        createdAt: r.createdAt,
        updatedAt: r.createdAt,
      })),
    });
    // One in five disputes has a buyer photo with two findings; those of disputes still owing a
    // response mostly await review, older ones were decided long ago.
    const withPhotos = rows.filter(() => random() < 0.2);
    await db.evidence.createMany({
      data: withPhotos.map((r) => ({
        id: `${organizationId}-e${r.i}`,
        organizationId,
        disputeId: `${organizationId}-d${r.i}`,
        kind: "BUYER_PHOTO" as const,
        sha256: "bench-photo",
        originalName: "buyer.jpg",
        mimeType: "image/jpeg",
        sizeBytes: 1n,
        uploadedById: "bench",
        createdAt: r.createdAt,
      })),
    });
    await db.finding.createMany({
      data: withPhotos.flatMap((r) =>
        (["strong", "weak"] as const).map((strength) => ({
          organizationId,
          evidenceId: `${organizationId}-e${r.i}`,
          disputeId: `${organizationId}-d${r.i}`,
          type: "ela",
          strength,
          explanationZh: "—",
          explanationEn: "—",
          detailsJson: "{}",
          review: ["OPEN", "COLLECTING", "UNDER_REVIEW"].includes(r.status) && random() < 0.9 ? ("PENDING" as const) : ("CONFIRMED" as const),
          createdAt: r.createdAt,
        })),
      ),
    });
    await db.disputeStatusChange.createMany({
      data: rows.flatMap((r) => [
        { disputeId: `${organizationId}-d${r.i}`, toStatus: "OPEN" as const, actorUserId: "bench", createdAt: r.createdAt },
        ...(r.outcome ? [{ disputeId: `${organizationId}-d${r.i}`, fromStatus: "SUBMITTED" as const, toStatus: r.outcome, actorUserId: "bench", createdAt: r.createdAt }] : []),
        ...(r.status !== "OPEN" && r.status !== r.outcome
          ? [{ disputeId: `${organizationId}-d${r.i}`, toStatus: r.status, actorUserId: "bench", createdAt: r.createdAt }]
          : []),
      ]),
    });
  }
  return stores;
}

async function time(label: string, run: () => Promise<unknown>) {
  const samples: number[] = [];
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const total = (result as { total?: number }).total;
  console.log(`${label.padEnd(44)} median ${samples[Math.floor(RUNS / 2)].toFixed(1).padStart(7)} ms   max ${samples[RUNS - 1].toFixed(1).padStart(7)} ms${total === undefined ? "" : `   total ${total}`}`);
}

const filling = performance.now();
const stores = await fill("bench", COUNT);
await fill("neighbour", Math.round(COUNT / 5));
console.log(`filled ${COUNT} + ${Math.round(COUNT / 5)} disputes in ${((performance.now() - filling) / 1000).toFixed(1)} s (${dir})\n`);

const ctx = { organizationId: "bench" };
async function timeAll() {
  await time("page 1, no filter", () => listDisputes(ctx, {}));
  await time("page 1000, no filter", () => listDisputes(ctx, { page: "1000" }));
  await time("status=UNDER_REVIEW", () => listDisputes(ctx, { status: "UNDER_REVIEW" }));
  await time("status=CLOSED, page 200", () => listDisputes(ctx, { status: "CLOSED", page: "200" }));
  await time("platform=JD", () => listDisputes(ctx, { platform: "JD" }));
  await time("storeId", () => listDisputes(ctx, { storeId: stores[2].id }));
  await time("deadline=overdue", () => listDisputes(ctx, { deadline: "overdue" }));
  await time("deadline=24h", () => listDisputes(ctx, { deadline: "24h" }));
  await time("deadline=7d + platform=TMALL", () => listDisputes(ctx, { deadline: "7d", platform: "TMALL" }));
  await time("q=order no. (full)", () => listDisputes(ctx, { q: "BENCH000012345" }));
  await time("q=order no. prefix", () => listDisputes(ctx, { q: "BENCH0000123" }));
  await time("q=tracking no.", () => listDisputes(ctx, { q: "SF000000086415" }));
  await time("q=buyer platform id", () => listDisputes(ctx, { q: "uid_bench_4242" }));
  await time("q=nickname prefix", () => listDisputes(ctx, { q: "买家4242" }));
  await time("q + status", () => listDisputes(ctx, { q: "BENCH00001", status: "CLOSED" }));
  await time("dashboard stats", () => getDashboardStats(ctx));
  const reviewer = { ...ctx, userId: "bench", userName: "bench", email: "bench@example.test", organizationName: "bench", role: "reviewer" as const };
  await time("review queue, page 1", () => listReviewQueue(reviewer, {}));
  await time("review queue, unassigned, page 5", () => listReviewQueue(reviewer, { assignee: "unassigned", page: "5" }));
}

await timeAll();

await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
