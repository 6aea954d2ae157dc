import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { buildC2paStore } from "@/lib/forensics/fixtures/build-c2pa-store";
import {
  aigcXmpPacket,
  creatorToolXmpPacket,
  insertJpegJumbf,
  insertPngChunk,
  insertPngText,
  iptcSourceTypeXmpPacket,
} from "@/lib/forensics/fixtures/embed-metadata";
import type { FindingType } from "@/lib/forensics/finding-schema";

export interface LabelledFile {
  name: string;
  bytes: Buffer;
  /** The finding type that must be reported for this file. */
  expect: FindingType;
}

const label = (Label: string) => ({ Label, ContentProducer: "001191330100MA2KXXXX00", ProduceID: `img-${Label}-20250901-0001`, ReservedCode1: "", ContentPropagator: "", PropagateID: "", ReservedCode2: "" });

/** Files carrying AI labels, C2PA manifests and generator traces, in every container the signals read. */
export async function writeLabelledFiles(pictureJpeg: Buffer): Promise<LabelledFile[]> {
  const picture = () => sharp(pictureJpeg);
  const png = await picture().png().toBuffer();
  const jpeg = await picture().jpeg({ quality: 88 }).toBuffer();
  return [
    { name: "aigc-xmp-label1.jpg", expect: "aigc_label", bytes: await picture().withXmp(aigcXmpPacket(label("1"))).jpeg().toBuffer() },
    { name: "aigc-xmp-element.jpg", expect: "aigc_label", bytes: await picture().withXmp(aigcXmpPacket(label("1"), "element")).jpeg().toBuffer() },
    { name: "aigc-xmp-label2.png", expect: "aigc_label", bytes: await picture().withXmp(aigcXmpPacket(label("2"))).png().toBuffer() },
    { name: "aigc-xmp-label3.webp", expect: "aigc_label", bytes: await picture().withXmp(aigcXmpPacket(label("3"))).webp().toBuffer() },
    { name: "aigc-png-text.png", expect: "aigc_label", bytes: insertPngText(png, "AIGC", JSON.stringify(label("1"))) },
    { name: "aigc-png-itxt.png", expect: "aigc_label", bytes: insertPngText(png, "AIGC", JSON.stringify({ AIGC: label("1") }), "iTXt") },
    { name: "aigc-exif-usercomment.jpg", expect: "aigc_label", bytes: await picture().withExif({ IFD2: { UserComment: JSON.stringify(label("1")) } }).jpeg().toBuffer() },
    { name: "aigc-exif-description.webp", expect: "aigc_label", bytes: await picture().withExif({ IFD0: { ImageDescription: JSON.stringify(label("2")) } }).webp().toBuffer() },
    { name: "aigc-exif-xpcomment.jpg", expect: "aigc_label", bytes: withExiftool(jpeg, ".jpg", [`-XPComment=${JSON.stringify(label("1"))}`]) },
    { name: "trace-sd-parameters.png", expect: "generator_trace", bytes: insertPngText(png, "parameters", "a cracked ceramic mug, photo\nNegative prompt: blurry\nSteps: 28, Sampler: DPM++ 2M Karras, CFG scale: 7, Seed: 1234, Model: sdxl_base") },
    { name: "trace-comfyui.png", expect: "generator_trace", bytes: insertPngText(insertPngText(png, "prompt", '{"3":{"class_type":"KSampler","inputs":{"seed":5}}}'), "workflow", '{"nodes":[{"type":"KSampler"}]}') },
    { name: "trace-software-midjourney.jpg", expect: "generator_trace", bytes: await picture().withExif({ IFD0: { Software: "Midjourney v6" } }).jpeg().toBuffer() },
    { name: "trace-creatortool-jimeng.jpg", expect: "generator_trace", bytes: await picture().withXmp(creatorToolXmpPacket("即梦AI 2.1")).jpeg().toBuffer() },
    { name: "trace-creatortool-firefly.png", expect: "generator_trace", bytes: await picture().withXmp(creatorToolXmpPacket("Adobe Firefly Image 3")).png().toBuffer() },
    { name: "trace-software-doubao.webp", expect: "generator_trace", bytes: await picture().withExif({ IFD0: { Software: "Doubao" } }).webp().toBuffer() },
    { name: "trace-png-novelai.png", expect: "generator_trace", bytes: insertPngText(png, "Software", "NovelAI") },
    { name: "c2pa-trained.jpg", expect: "c2pa", bytes: insertJpegJumbf(jpeg, buildC2paStore({ claimGenerator: "OpenAI-API", digitalSourceType: "trainedAlgorithmicMedia" })) },
    { name: "c2pa-composite-v2.jpg", expect: "c2pa", bytes: insertJpegJumbf(jpeg, buildC2paStore({ claimGenerator: "Adobe Photoshop", digitalSourceType: "compositeWithTrainedAlgorithmicMedia", action: "c2pa.edited", v2: true })) },
    { name: "c2pa-trained.png", expect: "c2pa", bytes: insertPngChunk(png, "caBX", buildC2paStore({ claimGenerator: "Google Imagen", digitalSourceType: "trainedAlgorithmicMedia" })) },
    { name: "iptc-xmp-trained.jpg", expect: "c2pa", bytes: await picture().withXmp(iptcSourceTypeXmpPacket("trainedAlgorithmicMedia")).jpeg().toBuffer() },
  ];
}

/** exiftool writes the UTF-16 XP* fields that libvips cannot. */
function withExiftool(bytes: Buffer, extension: string, args: string[]): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "refundproof-exif-"));
  const file = path.join(dir, `photo${extension}`);
  try {
    fs.writeFileSync(file, bytes);
    execFileSync("exiftool", ["-q", "-overwrite_original", ...args, file]);
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
