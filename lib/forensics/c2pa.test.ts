import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectC2pa } from "./c2pa";
import { findingSchema } from "./finding-schema";
import { buildC2paStore } from "./fixtures/build-c2pa-store";
import { insertJpegJumbf, insertPngChunk, iptcSourceTypeXmpPacket } from "./fixtures/embed-metadata";
import { readPhotoMetadata } from "./read-photo-metadata";

const picture = () => sharp({ create: { width: 40, height: 30, channels: 3, background: "#456" } });

async function c2paIn(bytes: Buffer) {
  const findings = detectC2pa(await readPhotoMetadata(bytes));
  findings.forEach((f) => findingSchema.parse(f));
  return findings;
}

describe("detectC2pa", () => {
  it("reads claim generator and source type from a JPEG APP11 manifest split over several segments", async () => {
    const store = buildC2paStore({ claimGenerator: "OpenAI-API", digitalSourceType: "trainedAlgorithmicMedia" });
    const jpeg = insertJpegJumbf(await picture().jpeg().toBuffer(), store, 120);
    const [finding] = await c2paIn(jpeg);
    expect(finding).toMatchObject({
      type: "c2pa",
      strength: "strong",
      details: { source: "c2pa-manifest", claimGenerator: "OpenAI-API", digitalSourceTypes: ["trainedAlgorithmicMedia"], actions: ["c2pa.created"], signatureValidated: false },
    });
  });

  it("reads a C2PA 2.x claim (claim_generator_info) from a PNG caBX chunk", async () => {
    const store = buildC2paStore({ claimGenerator: "Adobe Photoshop", digitalSourceType: "compositeWithTrainedAlgorithmicMedia", action: "c2pa.edited", v2: true });
    const [finding] = await c2paIn(insertPngChunk(await picture().png().toBuffer(), "caBX", store));
    expect(finding.details).toMatchObject({ claimGenerator: "Adobe Photoshop 1.0", digitalSourceTypes: ["compositeWithTrainedAlgorithmicMedia"] });
    expect(finding.strength).toBe("strong");
  });

  it("rates a camera-signed capture as info only", async () => {
    const store = buildC2paStore({ claimGenerator: "Leica M11-P", digitalSourceType: "digitalCapture" });
    const [finding] = await c2paIn(insertJpegJumbf(await picture().jpeg().toBuffer(), store));
    expect(finding.strength).toBe("info");
  });

  it("still reports a manifest whose boxes cannot be decoded", async () => {
    const garbage = Buffer.concat([Buffer.from([0, 0, 0, 40]), Buffer.from("jumb"), Buffer.alloc(32, 7)]);
    const [finding] = await c2paIn(insertPngChunk(await picture().png().toBuffer(), "caBX", garbage));
    expect(finding).toMatchObject({ strength: "info", details: { digitalSourceTypes: [] } });
  });

  it("reads IPTC DigitalSourceType from XMP", async () => {
    const [finding] = await c2paIn(await picture().withXmp(iptcSourceTypeXmpPacket("trainedAlgorithmicMedia")).webp().toBuffer());
    expect(finding).toMatchObject({ strength: "strong", details: { source: "xmp-iptc", digitalSourceTypes: ["trainedAlgorithmicMedia"] } });
  });

  it("reports nothing without credentials", async () => {
    expect(await c2paIn(await picture().jpeg().toBuffer())).toEqual([]);
  });
});
