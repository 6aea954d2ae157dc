import { existsSync } from "node:fs";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { renderForgedPhoto, renderReferencePhoto } from "@/lib/demo/render-demo-photo";
import { merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { derivedPath } from "@/lib/evidence/resolve-store-paths";
import { runJobsUntilIdle } from "@/lib/jobs/run-jobs-until-idle";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { withdrawEvidence } from "@/lib/evidence/withdraw-evidence";
import { encodeHeic } from "@/lib/evidence/test-support";
import { aigcXmpPacket } from "./fixtures/embed-metadata";
import { addBuyerPhoto, addReference, multipart, plantBuyerPhoto, productWithDispute } from "./forensics-test-support";
import { listDisputeFindings } from "./list-dispute-findings";
import { reviewFinding } from "./review-finding";

/** A valid PNG whose header claims a canvas far beyond any camera: a decompression bomb. */
async function decompressionBomb(): Promise<Buffer> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } }).png().toBuffer();
  // IHDR data starts at byte 16 (8 signature + 4 length + 4 type); its CRC follows the 13 data bytes.
  png.writeUInt32BE(100_000, 16);
  png.writeUInt32BE(100_000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe("analyze_photo job", () => {
  let reference: Buffer;
  let forged: Buffer;
  beforeAll(async () => {
    [reference, forged] = await Promise.all([renderReferencePhoto("mug", 5), renderForgedPhoto("mug", 5)]);
  });

  it("finds a buyer photo derived from the product's reference photo, with its heat map on disk", async () => {
    const { owner, store } = await merchantWithStore();
    const { product, dispute } = await productWithDispute(owner, store.id);
    const listing = await addReference(owner, product.id, reference, "杯子主图.jpg");
    await runJobsUntilIdle();
    const photo = await addBuyerPhoto(owner, dispute.id, forged);
    await runJobsUntilIdle();

    const analysis = await db.photoAnalysis.findUniqueOrThrow({ where: { evidenceId: photo.id } });
    expect(analysis).toMatchObject({ status: "DONE", summaryLevel: "strong", errorCode: null });
    expect(JSON.parse(analysis.summaryJson!).explanation.en).toMatch(/made from the merchant's own product photo/);
    const finding = await db.finding.findFirstOrThrow({ where: { evidenceId: photo.id, type: "derived_from_reference" } });
    expect(finding).toMatchObject({ strength: "strong", referenceEvidenceId: listing.id, disputeId: dispute.id, review: "PENDING", organizationId: owner.organizationId });
    expect(existsSync(derivedPath(finding.heatmapSha256!, "png"))).toBe(true);
    expect(existsSync(derivedPath(finding.alignedPairSha256!, "jpg"))).toBe(true);
    const heatmap = await sharp(derivedPath(finding.heatmapSha256!, "png")).metadata();
    expect(heatmap.format).toBe("png");
    expect(heatmap.width).toBeGreaterThan(100);

    const fingerprints = await db.photoFingerprint.findMany({ where: { organizationId: owner.organizationId }, orderBy: { role: "asc" } });
    expect(fingerprints.map((f) => [f.role, f.evidenceId, f.productId])).toEqual([
      ["buyer", photo.id, product.id],
      ["reference", listing.id, product.id],
    ]);
    const view = await listDisputeFindings(owner, dispute.id);
    expect(view.pending).toBe(false);
    expect(view.summary?.level).toBe("strong");
    expect(view.photos[0].findings[0]).toMatchObject({
      type: "derived_from_reference",
      reference: { id: listing.id, name: "杯子主图.jpg" },
      pictures: { heatmapUrl: `/api/findings/${finding.id}/picture/heatmap` },
    });
    const audit = await db.auditEvent.findMany({ where: { organizationId: owner.organizationId, action: "photo.analyze" } });
    expect(audit.map((a) => a.entityId).sort()).toEqual([listing.id, photo.id].sort());
  });

  it("analyses iPhone HEIC photos like JPEGs: derived from a HEIC reference, the AIGC label read from the HEIC's XMP, no ELA", async () => {
    const { owner, store } = await merchantWithStore();
    const { product, dispute } = await productWithDispute(owner, store.id);
    const listing = await addReference(owner, product.id, encodeHeic(reference, 90), "杯子主图.heic");
    await runJobsUntilIdle();
    const label = { Label: "1", ContentProducer: "001191330100MA2KXXXX00", ProduceID: "img-20261120-7", ReservedCode1: "", ContentPropagator: "", PropagateID: "", ReservedCode2: "" };
    const labelled = await sharp(forged).withXmp(aigcXmpPacket(label)).jpeg({ quality: 92 }).toBuffer();
    const photo = await addBuyerPhoto(owner, dispute.id, encodeHeic(labelled, 80), "IMG_0412.HEIC");
    await runJobsUntilIdle();

    const analysis = await db.photoAnalysis.findUniqueOrThrow({ where: { evidenceId: photo.id } });
    expect(analysis).toMatchObject({ status: "DONE", summaryLevel: "strong" });
    expect(JSON.parse(analysis.summaryJson!)).toMatchObject({ format: "heic", width: 1280 });
    const findings = await db.finding.findMany({ where: { evidenceId: photo.id } });
    expect(findings.find((finding) => finding.type === "derived_from_reference")).toMatchObject({ strength: "strong", referenceEvidenceId: listing.id });
    expect(JSON.parse(findings.find((finding) => finding.type === "aigc_label")!.detailsJson)).toMatchObject({ source: "xmp", produceId: "img-20261120-7" });
    // ELA reads JPEG recompression traces; a HEIC has none of its own to read.
    expect(findings.map((finding) => finding.type)).not.toContain("ela");
  });

  it("re-analyses the product's buyer photos when a reference photo is added later, keeping reviewer decisions", async () => {
    const { owner, store } = await merchantWithStore();
    const { product, dispute } = await productWithDispute(owner, store.id);
    const photo = await addBuyerPhoto(owner, dispute.id, forged);
    await runJobsUntilIdle();
    expect(await db.finding.count({ where: { evidenceId: photo.id, type: "derived_from_reference" } })).toBe(0);
    expect((await db.photoAnalysis.findUniqueOrThrow({ where: { evidenceId: photo.id } })).status).toBe("DONE");

    const listing = await addReference(owner, product.id, reference);
    await runJobsUntilIdle();
    const jobs = await db.job.findMany({ where: { organizationId: owner.organizationId }, orderBy: { createdAt: "asc" } });
    expect(jobs.map((j) => `${j.type}:${j.status}`)).toEqual(["analyze_photo:DONE", "analyze_photo:DONE", "reanalyze_product:DONE", "analyze_photo:DONE"]);
    const finding = await db.finding.findFirstOrThrow({ where: { evidenceId: photo.id, type: "derived_from_reference" } });
    expect(finding.referenceEvidenceId).toBe(listing.id);

    await reviewFinding(owner, finding.id, { decision: "CONFIRMED", note: "裂纹是画上去的" });
    const pendingBefore = await db.finding.findMany({ where: { evidenceId: photo.id, review: "PENDING" }, select: { id: true } });
    await addReference(owner, product.id, await renderReferencePhoto("duck", 9), "duck.jpg");
    await runJobsUntilIdle();
    const after = await db.finding.findFirstOrThrow({ where: { evidenceId: photo.id, type: "derived_from_reference" } });
    expect(after).toMatchObject({ id: finding.id, review: "CONFIRMED", reviewNote: "裂纹是画上去的", reviewedById: owner.userId });
    // Undecided findings were replaced, not duplicated.
    const pendingAfter = await db.finding.findMany({ where: { evidenceId: photo.id, review: "PENDING" }, select: { id: true } });
    expect(pendingAfter.length).toBe(pendingBefore.length);
    expect(pendingAfter.some((f) => pendingBefore.some((b) => b.id === f.id))).toBe(false);
  });

  it("indexes a reference photo uploaded from a dispute under the dispute's product", async () => {
    const { owner, store } = await merchantWithStore();
    const { product, dispute } = await productWithDispute(owner, store.id);
    const photo = await addBuyerPhoto(owner, dispute.id, forged);
    const listing = await uploadEvidence(owner, dispute.id, multipart("REFERENCE_PHOTO", reference, "主图.jpg"));
    await runJobsUntilIdle();
    expect(await db.photoFingerprint.findUniqueOrThrow({ where: { evidenceId: listing.id } })).toMatchObject({ role: "reference", productId: product.id });
    expect(await db.finding.findFirst({ where: { evidenceId: photo.id, type: "derived_from_reference" } })).toMatchObject({ referenceEvidenceId: listing.id });
  });

  it("finds the same photo, resized and recompressed, reused in another dispute, and names that dispute by its order number", async () => {
    const { owner, store } = await merchantWithStore();
    const first = await productWithDispute(owner, store.id);
    const second = await productWithDispute(owner, store.id);
    const original = await addBuyerPhoto(owner, first.dispute.id, forged, "first.jpg");
    await runJobsUntilIdle();
    const again = await addBuyerPhoto(owner, second.dispute.id, await sharp(forged).resize(900).jpeg({ quality: 70 }).toBuffer(), "again.jpg");
    await runJobsUntilIdle();

    const reuse = await db.finding.findFirstOrThrow({ where: { evidenceId: again.id, type: "reuse" } });
    expect(reuse).toMatchObject({ strength: "strong", referenceEvidenceId: original.id, disputeId: second.dispute.id });
    expect(JSON.parse(reuse.detailsJson).disputeIds).toEqual([first.dispute.id]);
    // The dispute page shows the earlier photo and links the other dispute under its order number.
    const firstOrder = await db.order.findFirstOrThrow({ where: { disputes: { some: { id: first.dispute.id } } } });
    const view = await listDisputeFindings(owner, second.dispute.id);
    expect(view.photos.find((p) => p.evidenceId === again.id)?.findings.find((f) => f.type === "reuse")).toMatchObject({
      reference: { id: original.id, name: "first.jpg", orderNo: firstOrder.orderNo },
      otherDisputes: [{ id: first.dispute.id, orderNo: firstOrder.orderNo }],
    });
    // Within one dispute two copies of a photo are not "reuse".
    await addBuyerPhoto(owner, second.dispute.id, await sharp(forged).resize(1000).jpeg({ quality: 80 }).toBuffer(), "again-2.jpg");
    await runJobsUntilIdle();
    const reuses = await db.finding.findMany({ where: { disputeId: second.dispute.id, type: "reuse" } });
    expect(reuses.every((f) => JSON.parse(f.detailsJson).disputeIds.join() === first.dispute.id)).toBe(true);
  });

  it("finds the earlier photo a new one was cropped from, through the merchant's window index of buyer photos", async () => {
    const { owner, store } = await merchantWithStore();
    const first = await productWithDispute(owner, store.id);
    const second = await productWithDispute(owner, store.id);
    const photo = await renderForgedPhoto("socks", 7);
    const original = await addBuyerPhoto(owner, first.dispute.id, photo, "first.jpg");
    await runJobsUntilIdle();
    // The bottom 15 % cut off: the new photo's whole picture is one of the stored photo's windows, which the
    // stored whole-picture chunks alone cannot find.
    const { width, height } = await sharp(photo).metadata();
    const cropped = await sharp(photo).extract({ left: 0, top: 0, width: width!, height: Math.round(height! * 0.85) }).jpeg({ quality: 80 }).toBuffer();
    const again = await addBuyerPhoto(owner, second.dispute.id, cropped, "cropped.jpg");
    await runJobsUntilIdle();

    const reuse = await db.finding.findFirstOrThrow({ where: { evidenceId: again.id, type: "reuse" } });
    expect(reuse).toMatchObject({ strength: "strong", referenceEvidenceId: original.id });
    expect(JSON.parse(reuse.detailsJson).disputeIds).toEqual([first.dispute.id]);
  });

  it("finds an earlier photo cropped beyond the hashes' reach by aligning it, but not in the photo's own dispute", async () => {
    const { owner, store } = await merchantWithStore();
    const first = await productWithDispute(owner, store.id);
    const second = await productWithDispute(owner, store.id);
    const photo = await renderForgedPhoto("mug", 11);
    const original = await addBuyerPhoto(owner, first.dispute.id, photo, "first.jpg");
    await runJobsUntilIdle();
    // A quarter cut off the right: 18 bits from the stored photo, beyond the 10-bit shortlist.
    const { width, height } = await sharp(photo).metadata();
    const cropped = await sharp(photo).extract({ left: 0, top: 0, width: Math.round(width! * 0.75), height: height! }).jpeg({ quality: 80 }).toBuffer();
    const sameDispute = await addBuyerPhoto(owner, first.dispute.id, cropped, "cropped-here.jpg");
    await runJobsUntilIdle();
    expect(await db.finding.count({ where: { evidenceId: sameDispute.id, type: "reuse" } })).toBe(0);
    // Withdrawn, it is still in the merchant's index of buyer photos, nearer than the original: the loader must refuse it.
    await withdrawEvidence(owner, sameDispute.id, { reason: "重复上传" });

    const again = await addBuyerPhoto(owner, second.dispute.id, cropped, "cropped.jpg");
    await runJobsUntilIdle();
    const reuse = await db.finding.findFirstOrThrow({ where: { evidenceId: again.id, type: "reuse" } });
    expect(reuse).toMatchObject({ referenceEvidenceId: original.id, disputeId: second.dispute.id });
    const details = JSON.parse(reuse.detailsJson);
    expect(details).toMatchObject({ disputeIds: [first.dispute.id], matches: [{ evidenceId: original.id, disputeId: first.dispute.id }] });
    expect(details.matches[0].distance).toBeGreaterThan(10);
    expect(details.alignment.score).toBeGreaterThan(0.43);
    expect(reuse.explanationZh).toContain("first.jpg");
    // Its difference pictures against the other dispute's photo, as for a listing photo.
    expect(existsSync(derivedPath(reuse.heatmapSha256!, "png"))).toBe(true);
    expect(existsSync(derivedPath(reuse.alignedPairSha256!, "jpg"))).toBe(true);
  });

  it("marks broken photos FAILED with a code, fails their jobs at once and keeps working", async () => {
    const { owner, store } = await merchantWithStore();
    const { dispute } = await productWithDispute(owner, store.id);
    const jpeg = await renderReferencePhoto("socks", 3);
    const broken = {
      "zero.jpg": [Buffer.alloc(0), "EMPTY_FILE"],
      "truncated.jpg": [jpeg.subarray(0, Math.floor(jpeg.length / 3)), "TRUNCATED_IMAGE"],
      "corrupt.jpg": [Buffer.concat([jpeg.subarray(0, 4), Buffer.alloc(4000, 0x5a)]), "CORRUPT_IMAGE"],
      "bomb.png": [await decompressionBomb(), "DIMENSIONS_TOO_LARGE"],
    } as const;
    const planted = [];
    for (const [name, [bytes]] of Object.entries(broken)) planted.push(await plantBuyerPhoto(owner, dispute.id, bytes, name));
    const good = await addBuyerPhoto(owner, dispute.id, forged, "good.jpg");

    expect(await runJobsUntilIdle()).toBe(5);
    for (const evidence of planted) {
      const analysis = await db.photoAnalysis.findUniqueOrThrow({ where: { evidenceId: evidence.id } });
      expect(analysis, evidence.originalName).toMatchObject({ status: "FAILED", errorCode: broken[evidence.originalName as keyof typeof broken][1] });
      const job = await db.job.findFirstOrThrow({ where: { payload: JSON.stringify({ evidenceId: evidence.id }) } });
      expect(job).toMatchObject({ status: "FAILED", attempts: 1 });
    }
    expect((await db.photoAnalysis.findUniqueOrThrow({ where: { evidenceId: good.id } })).status).toBe("DONE");
    expect(await db.finding.count({ where: { evidenceId: { in: planted.map((p) => p.id) } } })).toBe(0);
    const view = await listDisputeFindings(owner, dispute.id);
    expect(view.photos.filter((p) => p.status === "FAILED").map((p) => p.errorCode).sort()).toEqual(
      ["CORRUPT_IMAGE", "DIMENSIONS_TOO_LARGE", "EMPTY_FILE", "TRUNCATED_IMAGE"],
    );
  });

  it("skips withdrawn photos", async () => {
    const { owner, store } = await merchantWithStore();
    const { dispute } = await productWithDispute(owner, store.id);
    const photo = await addBuyerPhoto(owner, dispute.id, forged);
    await db.evidence.update({ where: { id: photo.id }, data: { withdrawnAt: new Date(), withdrawnById: owner.userId, withdrawalReason: "传错了" } });
    await runJobsUntilIdle();
    expect(await db.photoAnalysis.findUnique({ where: { evidenceId: photo.id } })).toBeNull();
    expect(await db.job.findFirstOrThrow({ where: { organizationId: owner.organizationId } })).toMatchObject({ status: "DONE" });
  });
});
