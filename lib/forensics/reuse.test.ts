import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderProductScene } from "@/scripts/forensics/render-product-scene";
import { preparePhoto } from "./analyze-photo";
import { findingSchema } from "./finding-schema";
import { QUERY_WINDOWS } from "./photo-hashes";
import type { PreparedPhoto } from "./analyze-photo";
import { ReferenceIndex } from "./reference-index";
import { detectReuse, shortlistNearPhotos, type EarlierPhotoLibrary } from "./reuse";

describe("shortlistNearPhotos and detectReuse", async () => {
  const scene = await renderProductScene({ type: "bowl", hue: 20 }, 31);
  const original = await preparePhoto(scene.jpeg);
  const recropped = await preparePhoto(
    await sharp(scene.jpeg).extract({ left: 60, top: 40, width: 1080, height: 810 }).resize(800).jpeg({ quality: 70 }).toBuffer(),
  );
  const other = await preparePhoto((await renderProductScene({ type: "bowl", hue: 20 }, 32)).jpeg);
  const previous = [
    { evidenceId: "ev-1", disputeId: "d-1", hashes: original.hashes },
    { evidenceId: "ev-2", disputeId: "d-2", hashes: other.hashes },
  ];

  it("shortlists the same photo, cropped and recompressed, from another dispute, with the windows that met", () => {
    const [first] = shortlistNearPhotos(recropped.hashes, previous, "d-9");
    expect(first).toMatchObject({ referenceId: "ev-1", distance: expect.any(Number), queryWindow: expect.any(Number), referenceWindow: expect.any(Number) });
    expect(first.distance).toBeLessThanOrEqual(10);
    expect(shortlistNearPhotos(recropped.hashes, previous, "d-1").map((c) => c.referenceId)).not.toContain("ev-1");
  });

  it("reports the shortlisted photo once alignment confirms it", async () => {
    const [finding] = await detectReuse(recropped.match, recropped.hashes, earlierPhotos({ "ev-1": original, "ev-2": other }), shortlistNearPhotos(recropped.hashes, previous, "d-9"));
    findingSchema.parse(finding);
    expect(finding).toMatchObject({ type: "reuse", strength: "strong", details: { disputeIds: ["d-ev-1"], matches: [expect.objectContaining({ evidenceId: "ev-1" })] } });
  });

  it("does not report a look-alike shot whose hashes come as near as a copy's", async () => {
    // Separately rendered scenes of one product meet within the shortlist's 10 bits; alignment tells them apart.
    const lookAlike = await preparePhoto((await renderProductScene({ type: "bowl", hue: 20 }, 33)).jpeg);
    const near = shortlistNearPhotos(lookAlike.hashes, previous, "d-9");
    expect(near.length).toBeGreaterThan(0);
    expect(await detectReuse(lookAlike.match, lookAlike.hashes, earlierPhotos({ "ev-1": original, "ev-2": other }), near)).toEqual([]);
  });
});

/** Earlier photos in memory, each filed in dispute "d-<id>"; `hidden` ones are in the index but may not match (as the job's loader refuses its own dispute's). */
function earlierPhotos(photos: Record<string, PreparedPhoto>, hidden: string[] = []): EarlierPhotoLibrary {
  const index = new ReferenceIndex();
  for (const [id, photo] of Object.entries(photos)) index.add(id, photo.hashes);
  const visible = (id: string) => !hidden.includes(id);
  return {
    index,
    load: (id) => (visible(id) ? photos[id]?.match : undefined),
    describe: async (id) => (visible(id) ? { disputeId: `d-${id}`, name: `${id}.jpg` } : undefined),
    hashesOf: async (id) => photos[id]?.hashes,
  };
}

describe("detectReuse beyond the shortlist", async () => {
  const scene = await renderProductScene({ type: "vase", hue: 200 }, 41);
  const original = await preparePhoto(scene.jpeg);
  // 30 % cut off one side, resized and recompressed: 18 bits from the original, too far for the hashes.
  const crop = await preparePhoto(await sharp(scene.jpeg).extract({ left: 0, top: 0, width: 840, height: 900 }).resize(700).jpeg({ quality: 75 }).toBuffer());
  const sameProductOtherPhoto = await preparePhoto((await renderProductScene({ type: "vase", hue: 200 }, 42)).jpeg);

  it("finds an earlier photo the new one was cropped from, where the hashes are too far apart", async () => {
    expect(shortlistNearPhotos(crop.hashes, [{ evidenceId: "a", disputeId: "d-a", hashes: original.hashes }])).toEqual([]);
    const [finding] = await detectReuse(crop.match, crop.hashes, earlierPhotos({ a: original, b: sameProductOtherPhoto }));
    findingSchema.parse(finding);
    expect(finding).toMatchObject({ type: "reuse", details: { disputeIds: ["d-a"], matches: [expect.objectContaining({ evidenceId: "a", disputeId: "d-a" })] } });
    expect(finding.details.alignment).toMatchObject({ score: expect.any(Number), coverage: expect.any(Number) });
    expect(finding.explanation.zh).toContain("a.jpg");
    expect(finding.picture).toMatchObject({ kind: "heatmap", heatmapPng: expect.any(Buffer), alignedPairJpeg: expect.any(Buffer) });
  });

  it("finds an earlier photo that is a tight crop of this one by placing it inside this one, without a heat map", async () => {
    // The centre 70 %: just under half of the whole photo, too little for the alignment the other way round to count.
    const tight = await preparePhoto(await sharp(scene.jpeg).extract({ left: 180, top: 135, width: 840, height: 630 }).jpeg({ quality: 80 }).toBuffer());
    const library = earlierPhotos({ t: tight, b: sameProductOtherPhoto });
    expect(await detectReuse(original.match, original.hashes, library)).toEqual([]);
    // As the job's hash shortlist hands it over when the earlier photo's whole meets one of this photo's windows.
    const near = [{ referenceId: "t", distance: 9, queryWindow: QUERY_WINDOWS[1], referenceWindow: 0 }];
    const [finding] = await detectReuse(original.match, original.hashes, library, near);
    findingSchema.parse(finding);
    expect(finding).toMatchObject({ type: "reuse", details: { earlierIsPartOfThis: true, disputeIds: ["d-t"], matches: [expect.objectContaining({ evidenceId: "t" })] } });
    expect(finding.picture).toBeUndefined();
    expect(finding.explanation.zh).toContain("是这张图片的一部分");
  });

  it("does not take another photo of the same product for the same photo, nor a photo it may not match", async () => {
    expect(await detectReuse(sameProductOtherPhoto.match, sameProductOtherPhoto.hashes, earlierPhotos({ a: original }))).toEqual([]);
    expect(await detectReuse(crop.match, crop.hashes, earlierPhotos({ a: original }, ["a"]))).toEqual([]);
  });
});
