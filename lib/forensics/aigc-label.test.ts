import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectAigcLabel, parseAigcJson } from "./aigc-label";
import { findingSchema } from "./finding-schema";
import { aigcXmpPacket, insertPngText } from "./fixtures/embed-metadata";
import { readPhotoMetadata } from "./read-photo-metadata";

const LABEL = { Label: "1", ContentProducer: "001191330100MA2KXXXX00", ProduceID: "prod-20250901-42", ReservedCode1: "", ContentPropagator: "P-77", PropagateID: "prop-9", ReservedCode2: "" };
const picture = () => sharp({ create: { width: 48, height: 32, channels: 3, background: "#7a5" } });

async function labelsIn(bytes: Buffer) {
  const findings = detectAigcLabel(await readPhotoMetadata(bytes));
  findings.forEach((f) => findingSchema.parse(f));
  return findings;
}

describe("detectAigcLabel", () => {
  it.each(["jpeg", "png", "webp"] as const)("reads the TC260 XMP label from %s", async (format) => {
    const bytes = await picture().withXmp(aigcXmpPacket(LABEL)).toFormat(format).toBuffer();
    const [finding] = await labelsIn(bytes);
    expect(finding).toMatchObject({
      type: "aigc_label",
      strength: "strong",
      details: { source: "xmp", label: "1", contentProducer: LABEL.ContentProducer, produceId: LABEL.ProduceID, contentPropagator: "P-77", propagateId: "prop-9" },
    });
    expect(finding.explanation.zh).toContain("GB 45438-2025");
    expect(finding.explanation.zh).toContain(LABEL.ProduceID);
  });

  it("reads the element form and rates labels 2 and 3 as moderate", async () => {
    const two = await labelsIn(await picture().withXmp(aigcXmpPacket({ ...LABEL, Label: "2" }, "element")).jpeg().toBuffer());
    expect(two[0]).toMatchObject({ strength: "moderate", details: { label: "2" } });
    const three = await labelsIn(await picture().withXmp(aigcXmpPacket({ ...LABEL, Label: "3" })).png().toBuffer());
    expect(three[0]).toMatchObject({ strength: "moderate", details: { label: "3" } });
  });

  it("reads the JSON from PNG tEXt and iTXt chunks", async () => {
    const png = await picture().png().toBuffer();
    const text = await labelsIn(insertPngText(png, "AIGC", JSON.stringify(LABEL)));
    expect(text[0].details).toMatchObject({ source: "png-text:AIGC", produceId: LABEL.ProduceID });
    const itxt = await labelsIn(insertPngText(png, "Comment", JSON.stringify({ AIGC: LABEL }), "iTXt"));
    expect(itxt[0].details).toMatchObject({ source: "png-text:Comment", label: "1" });
  });

  it("reads the JSON from EXIF UserComment and ImageDescription", async () => {
    const bytes = await picture().withExif({ IFD0: { ImageDescription: JSON.stringify({ ...LABEL, Label: "3" }) }, IFD2: { UserComment: JSON.stringify(LABEL) } }).jpeg().toBuffer();
    const findings = await labelsIn(bytes);
    expect(findings.map((f) => f.details.source).sort()).toEqual(["exif:imageDescription", "exif:userComment"]);
  });

  it("reads the JSON from EXIF XPComment (UTF-16, written by exiftool)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aigc-"));
    const file = path.join(dir, "p.jpg");
    fs.writeFileSync(file, await picture().jpeg().toBuffer());
    execFileSync("exiftool", ["-q", "-overwrite_original", `-XPComment=AI 生成 ${JSON.stringify(LABEL)}`, file]);
    const findings = await labelsIn(fs.readFileSync(file));
    fs.rmSync(dir, { recursive: true });
    expect(findings[0].details).toMatchObject({ source: "exif:xpComment", label: "1" });
  });

  it("reports nothing on an unlabelled photo", async () => {
    expect(await labelsIn(await picture().withExif({ IFD0: { Software: "Camera" } }).jpeg().toBuffer())).toEqual([]);
  });

  it("parses wrapped and nested JSON, and ignores text without a label", () => {
    expect(parseAigcJson(`prefix {"AIGC":"{\\"Label\\":\\"2\\",\\"ProduceID\\":\\"x\\"}"} suffix`)).toMatchObject({ label: "2", produceId: "x" });
    expect(parseAigcJson('{"Label":1}')).toMatchObject({ label: "1" });
    expect(parseAigcJson('{"nodes":[{"label":"KSampler"}]}')).toBeUndefined();
    expect(parseAigcJson("Label: 1 {broken")).toBeUndefined();
  });
});
