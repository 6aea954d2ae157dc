import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { paintDamage } from "@/scripts/forensics/paint-damage";
import { renderProductScene } from "@/scripts/forensics/render-product-scene";
import { seededRandom } from "@/scripts/forensics/seeded-random";
import { analyzePhoto, preparePhoto } from "./analyze-photo";
import { findingSchema } from "./finding-schema";
import { aigcXmpPacket } from "./fixtures/embed-metadata";
import { ForensicsInputError } from "./forensics-input-error";
import { ReferenceIndex } from "./reference-index";

describe("analyzePhoto", async () => {
  const listing = await renderProductScene({ type: "vase", hue: 140 }, 21);
  const reference = await preparePhoto(listing.jpeg);
  const index = new ReferenceIndex();
  index.add("vase-listing.jpg", reference.hashes);
  const references = { index, load: () => reference.match };

  it("combines every signal on a forged, AI-labelled photo with a capture time before shipping", async () => {
    const painted = await paintDamage(listing.jpeg, listing.width, listing.height, listing.product, "broken_corner", seededRandom(3));
    const forged = await sharp(painted)
      .withXmp(aigcXmpPacket({ Label: "1", ContentProducer: "producer-7", ProduceID: "content-8" }))
      .withExif({ IFD0: { Make: "OPPO", Model: "Find X7", Software: "Xingtu" }, IFD2: { DateTimeOriginal: "2025:03:01 09:00:00", OffsetTimeOriginal: "+08:00" } })
      .jpeg({ quality: 85 })
      .toBuffer();
    const filedBefore = await preparePhoto(await sharp(forged).resize(800).jpeg({ quality: 70 }).toBuffer());
    const earlierIndex = new ReferenceIndex();
    earlierIndex.add("old", filedBefore.hashes);
    const analysis = await analyzePhoto(forged, {
      references,
      shippedAt: new Date("2025-03-02T00:00:00Z"),
      now: new Date("2025-03-10T00:00:00Z"),
      earlierPhotos: { index: earlierIndex, load: () => filedBefore.match, describe: async () => ({ disputeId: "earlier", name: "old.jpg" }), hashesOf: async () => filedBefore.hashes },
      findPreviousEvidence: async () => [{ evidenceId: "old", disputeId: "earlier", hashes: filedBefore.hashes }],
      disputeId: "this",
    });
    analysis.findings.forEach((f) => findingSchema.parse(f));
    const types = analysis.findings.map((f) => `${f.type}:${f.strength}`);
    expect(types).toEqual(
      expect.arrayContaining(["aigc_label:strong", "derived_from_reference:strong", "timeline:strong", "generator_trace:weak", "reuse:strong"]),
    );
    expect(types.some((t) => t.startsWith("ela:"))).toBe(true);
    expect(analysis.findings[0].strength).toBe("strong");
    expect(analysis.summary.level).toBe("strong");
    expect(analysis).toMatchObject({ format: "jpeg", width: 1200, height: 900 });
  });

  it("reports nothing alarming for an unrelated photo", async () => {
    const other = await renderProductScene({ type: "phone", hue: 60 }, 22);
    const analysis = await analyzePhoto(other.jpeg, { references });
    expect(analysis.findings.filter((f) => f.strength !== "info")).toEqual([]);
    expect(analysis.summary.level).toBe("none");
  });

  it("throws a typed error for bad input", async () => {
    await expect(analyzePhoto(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]))).rejects.toBeInstanceOf(ForensicsInputError);
  });
});
