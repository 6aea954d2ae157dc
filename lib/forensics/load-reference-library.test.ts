import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { renderReferencePhoto } from "@/lib/demo/render-demo-photo";
import { merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { runJobsUntilIdle } from "@/lib/jobs/run-jobs-until-idle";
import { createProduct } from "@/lib/products/create-product";
import { preparePhoto } from "./analyze-photo";
import { addReference } from "./forensics-test-support";
import { loadReferenceLibrary } from "./load-reference-library";
import type { PhotoHashes } from "./photo-hashes";

describe("reference library from the database", () => {
  it("indexes exactly the merchant's live reference fingerprints and follows changes made elsewhere", async () => {
    const { owner, store } = await merchantWithStore();
    const other = await merchantWithStore();
    const product = await createProduct(owner, { name: "杯子", storeId: store.id });
    const otherProduct = await createProduct(other.owner, { name: "杯子", storeId: other.store.id });
    const mug = await addReference(owner, product.id, await renderReferencePhoto("mug", 11), "mug.jpg");
    const socks = await addReference(owner, product.id, await renderReferencePhoto("socks", 12), "socks.jpg");
    await addReference(other.owner, otherProduct.id, await renderReferencePhoto("duck", 13), "duck.jpg");
    await runJobsUntilIdle();

    const library = await loadReferenceLibrary(owner.organizationId);
    expect(library.size).toBe(2);
    for (const row of await db.photoFingerprint.findMany({ where: { organizationId: owner.organizationId } })) {
      const hashes = JSON.parse(row.hashesJson) as PhotoHashes;
      expect(library.index.lookup(hashes, { limit: 1 })[0]).toMatchObject({ referenceId: row.evidenceId, distance: 0 });
    }
    const mugMatch = await library.load(mug.id);
    expect(mugMatch?.width).toBeGreaterThan(0);
    expect(await library.label?.(mug.id)).toBe("mug.jpg");

    // Withdrawn (here by another process, straight in the database): gone from the index and never loaded.
    await db.evidence.update({ where: { id: socks.id }, data: { withdrawnAt: new Date(), withdrawnById: owner.userId, withdrawalReason: "旧图" } });
    const afterWithdrawal = await loadReferenceLibrary(owner.organizationId);
    expect(afterWithdrawal.size).toBe(1);
    expect(await afterWithdrawal.load(socks.id)).toBeUndefined();
    const socksHashes = (await preparePhoto(await renderReferencePhoto("socks", 12))).hashes;
    expect(afterWithdrawal.index.lookup(socksHashes, { maxDistance: 0 }).map((c) => c.referenceId)).not.toContain(socks.id);

    // A reference indexed afterwards is in the next lookup.
    const duck = await addReference(owner, product.id, await sharp(await renderReferencePhoto("duck", 14)).jpeg().toBuffer(), "duck2.jpg");
    await runJobsUntilIdle();
    const reloaded = await loadReferenceLibrary(owner.organizationId);
    expect(reloaded.size).toBe(2);
    const duckHashes = JSON.parse((await db.photoFingerprint.findUniqueOrThrow({ where: { evidenceId: duck.id } })).hashesJson) as PhotoHashes;
    expect(reloaded.index.lookup(duckHashes, { limit: 1 })[0].referenceId).toBe(duck.id);
  });
});
