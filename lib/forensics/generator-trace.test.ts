import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { findingSchema } from "./finding-schema";
import { creatorToolXmpPacket, insertPngText } from "./fixtures/embed-metadata";
import { detectGeneratorTrace } from "./generator-trace";
import { readPhotoMetadata } from "./read-photo-metadata";

const picture = () => sharp({ create: { width: 40, height: 30, channels: 3, background: "#654" } });

async function tracesIn(bytes: Buffer) {
  const findings = detectGeneratorTrace(await readPhotoMetadata(bytes));
  findings.forEach((f) => findingSchema.parse(f));
  return findings;
}

describe("detectGeneratorTrace", () => {
  it("recognises Stable Diffusion WebUI parameters", async () => {
    const png = insertPngText(await picture().png().toBuffer(), "parameters", "cracked mug\nSteps: 20, Sampler: Euler a, Model: sd_xl_base_1.0");
    const [finding] = await tracesIn(png);
    expect(finding).toMatchObject({ strength: "strong", details: { field: "png-text:parameters", generationKey: "parameters", toolKind: "ai_generator" } });
  });

  it("recognises ComfyUI prompt and workflow chunks once", async () => {
    let png: Buffer = await picture().png().toBuffer();
    png = insertPngText(insertPngText(png, "prompt", '{"3":{"class_type":"KSampler"}}'), "workflow", '{"nodes":[]}');
    const findings = await tracesIn(png);
    expect(findings.map((f) => f.details.generationKey).sort()).toEqual(["prompt", "workflow"]);
    expect(findings.every((f) => f.strength === "strong")).toBe(true);
  });

  it("recognises AI generators in EXIF Software and XMP CreatorTool, including Chinese names", async () => {
    const [midjourney] = await tracesIn(await picture().withExif({ IFD0: { Software: "Midjourney v6" } }).jpeg().toBuffer());
    expect(midjourney).toMatchObject({ strength: "strong", details: { toolId: "midjourney", field: "exif:software" } });
    const [jimeng] = await tracesIn(await picture().withXmp(creatorToolXmpPacket("即梦AI 2.1")).png().toBuffer());
    expect(jimeng).toMatchObject({ strength: "strong", details: { toolId: "jimeng", field: "xmp:CreatorTool" } });
    expect(jimeng.explanation.zh).toContain("即梦");
  });

  it("rates photo editors as weak", async () => {
    const [photoshop] = await tracesIn(await picture().withExif({ IFD0: { Software: "Adobe Photoshop 25.0 (Windows)" } }).jpeg().toBuffer());
    expect(photoshop).toMatchObject({ strength: "weak", details: { toolId: "photoshop", toolKind: "photo_editor" } });
    const [meitu] = await tracesIn(await picture().withXmp(creatorToolXmpPacket("美图秀秀")).jpeg().toBuffer());
    expect(meitu).toMatchObject({ strength: "weak", details: { toolId: "meitu", toolKind: "ai_editor" } });
  });

  it("ignores ordinary camera software", async () => {
    expect(await tracesIn(await picture().withExif({ IFD0: { Make: "Apple", Model: "iPhone 15", Software: "17.4.1" } }).jpeg().toBuffer())).toEqual([]);
  });
});
