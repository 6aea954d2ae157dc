import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { paintDamage } from "@/scripts/forensics/paint-damage";
import { renderProductScene } from "@/scripts/forensics/render-product-scene";
import { seededRandom } from "@/scripts/forensics/seeded-random";
import { preparePhoto } from "./analyze-photo";
import { detectDerivedFromReference, type ReferenceLibrary } from "./derived-from-reference";
import { findingSchema } from "./finding-schema";
import type { MatchImage } from "./prepare-match-image";
import { ReferenceIndex } from "./reference-index";

describe("detectDerivedFromReference", async () => {
  const family = { type: "mug" as const, hue: 200 };
  const listing = await renderProductScene(family, 1);
  const samePoseless = await renderProductScene(family, 2);
  const index = new ReferenceIndex();
  const store = new Map<string, MatchImage>();
  for (const [id, bytes] of [
    ["listing.jpg", listing.jpeg],
    ["listing-2.jpg", samePoseless.jpeg],
    ["bottle.jpg", (await renderProductScene({ type: "bottle", hue: 30 }, 3)).jpeg],
  ] as const) {
    const prepared = await preparePhoto(bytes);
    index.add(id, prepared.hashes);
    store.set(id, prepared.match);
  }
  const library: ReferenceLibrary = { index, load: (id) => store.get(id) };
  const painted = await paintDamage(listing.jpeg, listing.width, listing.height, listing.product, "crack", seededRandom(9));

  async function detect(bytes: Buffer) {
    const { match, hashes } = await preparePhoto(bytes);
    const findings = await detectDerivedFromReference([{ match, hashes }], library);
    findings.forEach((f) => findingSchema.parse(f));
    return findings;
  }

  it("finds the listing photo under painted damage and marks the damage in the heat map", async () => {
    const [finding] = await detect(await sharp(painted).jpeg({ quality: 80 }).toBuffer());
    expect(finding).toMatchObject({ type: "derived_from_reference", strength: "strong", details: { referenceId: "listing.jpg" } });
    const { left, top, width, height } = (finding.details.differingRegions as { left: number; top: number; width: number; height: number }[])[0];
    const product = listing.product;
    expect(left < product.x + product.w && left + width > product.x && top < product.y + product.h && top + height > product.y).toBe(true);
    expect(finding.picture?.kind).toBe("heatmap");
    if (finding.picture?.kind !== "heatmap") return;
    const heatmap = await sharp(finding.picture.heatmapPng).metadata();
    const pair = await sharp(finding.picture.alignedPairJpeg).metadata();
    expect(heatmap).toMatchObject({ format: "png", width: 512 });
    expect(pair).toMatchObject({ format: "jpeg" });
    expect(pair.width).toBeGreaterThan(1024);
  });

  it("survives rotation, cropping, recolouring and recompression", async () => {
    const rotated = await sharp(painted).rotate(-4, { background: "#000" }).png().toBuffer();
    const meta = await sharp(rotated).metadata();
    const edited = await sharp(rotated)
      .extract({ left: Math.round((meta.width! - 1000) / 2) + 20, top: Math.round((meta.height! - 720) / 2), width: 1000, height: 720 })
      .modulate({ brightness: 1.15, saturation: 0.8, hue: 12 })
      .resize(700)
      .jpeg({ quality: 60 })
      .toBuffer();
    const [finding] = await detect(edited);
    expect(finding?.details).toMatchObject({ referenceId: "listing.jpg" });
    expect(Math.abs((finding.details.transform as { rotationDegrees: number }).rotationDegrees - 4)).toBeLessThan(1);
  });

  it("sees through a phone screenshot", async () => {
    const photo = await sharp(painted).resize(1080).png().toBuffer();
    const screenshot = await sharp({ create: { width: 1080, height: 2340, channels: 3, background: "#ffffff" } })
      .composite([
        { input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="100"><rect width="1080" height="100" fill="#111"/><text x="40" y="66" font-size="44" fill="#fff" font-family="sans-serif">12:30</text></svg>'), left: 0, top: 0 },
        { input: photo, left: 0, top: 600 },
      ])
      .png()
      .toBuffer();
    const [finding] = await detect(screenshot);
    expect(finding?.details).toMatchObject({ referenceId: "listing.jpg" });
  });

  it("does not match another photo of the same product", async () => {
    const other = await renderProductScene(family, 4);
    const damaged = await paintDamage(other.jpeg, other.width, other.height, other.product, "stain", seededRandom(4));
    expect(await detect(await sharp(damaged).jpeg().toBuffer())).toEqual([]);
  });
});
