// Helpers for the forensics job tests: real uploads through the evidence store, real files.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import type { CreateDisputeInput } from "@/lib/disputes/dispute-schemas";
import { createTestDispute } from "@/lib/disputes/dispute-test-fixtures";
import { blobPath } from "@/lib/evidence/resolve-store-paths";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { createProduct } from "@/lib/products/create-product";
import { uploadProductReferencePhoto } from "@/lib/products/upload-product-reference-photo";

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
