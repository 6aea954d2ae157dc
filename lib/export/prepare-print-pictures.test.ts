import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { encodeHeic } from "@/lib/evidence/test-support";
import type { CaseEvidence } from "./load-case-file-data";
import { preparePrintPictures } from "./prepare-print-pictures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "print-pictures-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function item(id: string, bytes: Buffer, mimeType: string, size: { width: number; height: number }): CaseEvidence {
  const file = path.join(dir, `${id}.bin`);
  fs.writeFileSync(file, bytes);
  return {
    id,
    kind: "BUYER_PHOTO",
    sha256: id.padEnd(64, "0"),
    originalName: id,
    mimeType,
    sizeBytes: bytes.length,
    ...size,
    uploadedAt: new Date(),
    uploadedBy: null,
    recordedAt: null,
    trackingNo: null,
    operatorName: null,
    stationName: null,
    withdrawal: null,
    comparisonFrom: null,
    path: file,
    isImage: true,
    timestamp: null,
  };
}

describe("preparePrintPictures", () => {
  it("shows a modest JPEG as stored, gives a HEIC photo a JPEG copy at print size, and leaves out what cannot be decoded", async () => {
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#c84" } }).jpeg().toBuffer();
    const big = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#48c" } }).jpeg().toBuffer();
    const heic = encodeHeic(big);
    const evidence = [
      item("a", jpeg, "image/jpeg", { width: 800, height: 600 }),
      item("b", heic, "image/heic", { width: 3000, height: 2000 }),
      item("c", heic.subarray(0, Math.floor(heic.length / 2)), "image/heic", { width: 3000, height: 2000 }),
    ];
    const work = path.join(dir, "work");
    const pictures = await preparePrintPictures(evidence, work);

    expect(pictures.get("a")).toBe(evidence[0].path);
    const copy = pictures.get("b")!;
    expect(path.dirname(copy)).toBe(work);
    expect(await sharp(copy).metadata()).toMatchObject({ format: "jpeg", width: 1400, height: 933 });
    expect(pictures.has("c")).toBe(false);
  });
});
