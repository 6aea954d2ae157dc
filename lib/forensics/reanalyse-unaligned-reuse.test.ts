import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { renderForgedPhoto } from "@/lib/demo/render-demo-photo";
import { merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { runJobsUntilIdle } from "@/lib/jobs/run-jobs-until-idle";
import { renderProductScene } from "@/scripts/forensics/render-product-scene";
import { addBuyerPhoto, productWithDispute } from "./forensics-test-support";

const MIGRATION = path.resolve("prisma/migrations/20261201000000_reanalyse_unaligned_reuse/migration.sql");

/** What the hash path stored before reuse was decided by alignment: matches and disputes, no alignment. */
async function storeHashOnlyReuse(evidenceId: string, earlierId: string, review: "PENDING" | "CONFIRMED") {
  const [evidence, earlier] = await Promise.all([db.evidence.findUniqueOrThrow({ where: { id: evidenceId } }), db.evidence.findUniqueOrThrow({ where: { id: earlierId } })]);
  await db.finding.deleteMany({ where: { evidenceId, type: "reuse" } });
  return db.finding.create({
    data: {
      organizationId: evidence.organizationId,
      evidenceId: evidence.id,
      disputeId: evidence.disputeId!,
      type: "reuse",
      strength: "moderate",
      explanationZh: "旧的哈希结论",
      explanationEn: "old hash finding",
      detailsJson: JSON.stringify({ matches: [{ evidenceId: earlier.id, disputeId: earlier.disputeId, distance: 8 }], disputeIds: [earlier.disputeId] }),
      referenceEvidenceId: earlier.id,
      review,
    },
  });
}

describe("migration 20261201000000_reanalyse_unaligned_reuse", () => {
  it("re-queues photos whose pending reuse came from hashes alone; their analysis keeps real reuse and drops look-alikes", async () => {
    const { owner, store } = await merchantWithStore();
    const disputes = await Promise.all([0, 1, 2, 3].map(() => productWithDispute(owner, store.id)));
    const photo = await renderForgedPhoto("mug", 31);
    const original = await addBuyerPhoto(owner, disputes[0].dispute.id, photo, "original.jpg");
    await runJobsUntilIdle();
    const copy = await addBuyerPhoto(owner, disputes[1].dispute.id, await sharp(photo).resize(1000).jpeg({ quality: 75 }).toBuffer(), "copy.jpg");
    const lookAlike = await addBuyerPhoto(owner, disputes[2].dispute.id, (await renderProductScene({ type: "bowl", hue: 20 }, 33)).jpeg, "look-alike.jpg");
    const decided = await addBuyerPhoto(owner, disputes[3].dispute.id, (await renderProductScene({ type: "bowl", hue: 20 }, 34)).jpeg, "decided.jpg");
    await runJobsUntilIdle();
    await storeHashOnlyReuse(copy.id, original.id, "PENDING");
    const wrong = await storeHashOnlyReuse(lookAlike.id, original.id, "PENDING");
    const kept = await storeHashOnlyReuse(decided.id, original.id, "CONFIRMED");

    await db.$executeRawUnsafe(await readFile(MIGRATION, "utf8"));
    const queued = await db.job.findMany({ where: { type: "analyze_photo", status: "QUEUED" } });
    expect(queued.map((job) => JSON.parse(job.payload).evidenceId).sort()).toEqual([copy.id, lookAlike.id].sort());

    await runJobsUntilIdle();
    const copyReuse = await db.finding.findFirstOrThrow({ where: { evidenceId: copy.id, type: "reuse" } });
    expect(copyReuse).toMatchObject({ referenceEvidenceId: original.id, review: "PENDING" });
    expect(JSON.parse(copyReuse.detailsJson).alignment).toBeDefined();
    expect(await db.finding.findUnique({ where: { id: wrong.id } })).toBeNull();
    expect(await db.finding.count({ where: { evidenceId: lookAlike.id, type: "reuse" } })).toBe(0);
    expect(await db.finding.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ review: "CONFIRMED", detailsJson: kept.detailsJson });
    expect(await db.auditEvent.count({ where: { action: "photo.analyze", entityId: { in: [copy.id, lookAlike.id] } } })).toBe(4);
  });
});
