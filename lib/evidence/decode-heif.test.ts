import fs from "node:fs";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { readExif } from "@/lib/forensics/read-exif";
import { decodeHeifToJpeg, HeifDecodeError } from "./decode-heif";
import { isDecodableImage } from "./detect-file-type";
import { heifDecoderAvailable } from "./heif-decoder-available";
import { isHeifContainer, readHeifItems } from "./read-heif-items";
import { tempDir } from "./resolve-store-paths";
import { encodeHeic } from "./test-support";

/** A 1200×900 JPEG with camera EXIF: left half red, right half blue. */
async function cameraJpeg(): Promise<Buffer> {
  const half = (color: string) => sharp({ create: { width: 600, height: 900, channels: 3, background: color } }).png().toBuffer();
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: "#000" } })
    .composite([
      { input: await half("#d02020"), left: 0, top: 0 },
      { input: await half("#2040d0"), left: 600, top: 0 },
    ])
    .withExif({ IFD0: { Make: "Apple", Model: "iPhone 15" } })
    .jpeg({ quality: 92 })
    .toBuffer();
}

function writeTemp(name: string, bytes: Uint8Array): string {
  fs.mkdirSync(tempDir(), { recursive: true });
  const file = `${tempDir()}/${name}`;
  fs.writeFileSync(file, bytes);
  return file;
}

const leftovers = () => (fs.existsSync(tempDir()) ? fs.readdirSync(tempDir()).filter((name) => name.startsWith("heif-")) : []);

describe("HEIF/HEIC photos", () => {
  let jpeg: Buffer;
  let heic: Buffer;
  beforeAll(async () => {
    jpeg = await cameraJpeg();
    heic = encodeHeic(jpeg);
  });

  it("are decodable on this machine (libheif installed by the system-dependency script)", () => {
    expect(heifDecoderAvailable()).toBe(true);
    expect(isDecodableImage("image/heic")).toBe(true);
    expect(isDecodableImage("image/heif")).toBe(true);
  });

  it("declare their size and carry their EXIF as a TIFF block, read without decoding", async () => {
    expect(isHeifContainer(heic)).toBe(true);
    expect(isHeifContainer(jpeg)).toBe(false);
    const items = readHeifItems(heic);
    expect(items.size).toEqual({ width: 1200, height: 900 });
    expect(Buffer.from(items.exifTiff!.subarray(0, 2)).toString("latin1")).toMatch(/^(II|MM)$/);
    expect(await readExif(items.exifTiff)).toMatchObject({ make: "Apple", model: "iPhone 15" });
    // A damaged structure yields nothing rather than throwing.
    expect(readHeifItems(heic.subarray(0, 40))).toEqual({ xmpPackets: [] });
  });

  it("gives up on a hostile structure: an item table declaring billions of empty extents returns at once", () => {
    const box = (type: string, payload: Buffer) => {
      const header = Buffer.alloc(8);
      header.writeUInt32BE(8 + payload.length, 0);
      header.write(type, 4, "latin1");
      return Buffer.concat([header, payload]);
    };
    // iloc v0 with every field size 0: each item is its id, a data reference and 65,535 extents of zero bytes.
    // Walked naively, 60,000 such items are ~4 billion steps: the test would run into its timeout.
    const items = 60_000;
    const iloc = Buffer.alloc(4 + 2 + 2 + items * 6);
    iloc.writeUInt16BE(items, 6);
    for (let i = 0; i < items; i++) {
      iloc.writeUInt16BE(i, 8 + i * 6);
      iloc.writeUInt16BE(0xffff, 8 + i * 6 + 4);
    }
    const file = Buffer.concat([box("ftyp", Buffer.from("heic\0\0\0\0mif1heic", "latin1")), box("meta", Buffer.concat([Buffer.alloc(4), box("iloc", iloc)]))]);
    expect(isHeifContainer(file)).toBe(true);
    expect(readHeifItems(file)).toEqual({ xmpPackets: [] });
  });

  it("decode to an upright JPEG with the picture intact, leaving no temp files", async () => {
    const decoded = await decodeHeifToJpeg(writeTemp("ok.heic", heic), 100_000_000);
    const { data, info } = await sharp(decoded).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect((await sharp(decoded).metadata()).format).toBe("jpeg");
    expect([info.width, info.height]).toEqual([1200, 900]);
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    const near = (actual: number[], expected: number[]) => actual.every((value, i) => Math.abs(value - expected[i]) < 24);
    expect(near(pixel(300, 450), [0xd0, 0x20, 0x20])).toBe(true);
    expect(near(pixel(900, 450), [0x20, 0x40, 0xd0])).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it("refuse a truncated file, a non-HEIF file and a declared size over the limit, with the reason", async () => {
    const reason = (promise: Promise<unknown>) => promise.then(() => "decoded", (error: HeifDecodeError) => [error.constructor.name, error.reason, error.size]);
    expect(await reason(decodeHeifToJpeg(writeTemp("cut.heic", heic.subarray(0, Math.floor(heic.length * 0.6))), 100_000_000))).toEqual(["HeifDecodeError", "undecodable", undefined]);
    expect(await reason(decodeHeifToJpeg(writeTemp("photo.jpg", jpeg), 100_000_000))).toEqual(["HeifDecodeError", "undecodable", undefined]);
    expect(await reason(decodeHeifToJpeg(writeTemp("big.heic", heic), 1_000_000))).toEqual(["HeifDecodeError", "too_many_pixels", { width: 1200, height: 900 }]);
    expect(leftovers()).toEqual([]);
  });
});
