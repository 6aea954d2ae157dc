// Helpers for the forensics job tests: real uploads through the evidence store, real files.
import { createHash, randomInt, randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import sharp from "sharp";
import type { SessionContext } from "@/lib/auth/session-context";
import type { AnalysisStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/prisma";
import type { CreateDisputeInput } from "@/lib/disputes/dispute-schemas";
import { createTestDispute } from "@/lib/disputes/dispute-test-fixtures";
import { blobPath } from "@/lib/evidence/resolve-store-paths";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { createProduct } from "@/lib/products/create-product";
import { uploadProductReferencePhoto } from "@/lib/products/upload-product-reference-photo";
import type { FindingStrength } from "./finding-schema";

export function multipart(kind: string, bytes: Uint8Array, name: string, type = "image/jpeg") {
  const form = new FormData();
  form.append("kind", kind);
  form.append("file", new File([new Uint8Array(bytes)], name, { type }));
  const request = new Request("http://localhost/upload", { method: "POST", body: form });
  return { body: Readable.fromWeb(request.body as unknown as NodeReadableStream), contentType: request.headers.get("content-type") };
}

export async function productWithDispute(ctx: SessionContext, storeId: string, overrides: Partial<CreateDisputeInput> = {}) {
  const product = await createProduct(ctx, { name: `商品-${Math.random().toString(36).slice(2, 8)}`, storeId });
  const dispute = await createTestDispute(ctx, storeId, { productId: product.id, ...overrides });
  return { product, dispute };
}

export function addReference(ctx: SessionContext, productId: string, bytes: Uint8Array, name = "listing.jpg") {
  return uploadProductReferencePhoto(ctx, productId, multipart("REFERENCE_PHOTO", bytes, name));
}

export function addBuyerPhoto(ctx: SessionContext, disputeId: string, bytes: Uint8Array, name = "buyer.jpg") {
  return uploadEvidence(ctx, disputeId, multipart("BUYER_PHOTO", bytes, name));
}

/**
 * A buyer photo whose bytes never went through the upload checks (an import, an older
 * version of the app, a file damaged on disk later): written straight into the store,
 * recorded and queued for analysis like any other.
 */
export async function plantBuyerPhoto(ctx: SessionContext, disputeId: string, bytes: Uint8Array, name: string) {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = blobPath(sha256);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes);
  return db.$transaction(async (tx) => {
    await tx.blob.upsert({ where: { sha256 }, create: { sha256, sizeBytes: BigInt(bytes.length), mimeType: "image/jpeg" }, update: {} });
    const evidence = await tx.evidence.create({
      data: {
        organizationId: ctx.organizationId,
        disputeId,
        kind: "BUYER_PHOTO",
        sha256,
        originalName: name,
        mimeType: "image/jpeg",
        sizeBytes: BigInt(bytes.length),
        uploadedById: ctx.userId,
      },
    });
    await enqueueJob(tx, { type: "analyze_photo", organizationId: ctx.organizationId, payload: { evidenceId: evidence.id } });
    return evidence;
  });
}

/**
 * A buyer photo whose analysis is in the given state, with findings of the given strengths
 * awaiting review (rows written directly: for tests about review and export, not analysis).
 */
export async function plantAnalysedPhoto(ctx: SessionContext, disputeId: string, strengths: FindingStrength[], status: AnalysisStatus = "DONE") {
  const bytes = await sharp({ create: { width: 24, height: 24, channels: 3, background: { r: randomInt(256), g: randomInt(256), b: randomInt(256) } } })
    .jpeg()
    .toBuffer();
  const photo = await plantBuyerPhoto(ctx, disputeId, bytes, `buyer-${randomUUID().slice(0, 6)}.jpg`);
  await db.photoAnalysis.create({ data: { evidenceId: photo.id, organizationId: ctx.organizationId, status } });
  const findings = [];
  for (const strength of strengths) {
    findings.push(
      await db.finding.create({
        data: { organizationId: ctx.organizationId, evidenceId: photo.id, disputeId, type: "ela", strength, explanationZh: "压缩误差", explanationEn: "ELA", detailsJson: "{}" },
      }),
    );
  }
  return { photo, findings };
}
