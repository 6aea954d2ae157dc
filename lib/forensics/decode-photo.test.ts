import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { decodePhoto, WORKING_SIDE } from "./decode-photo";
import { ForensicsInputError } from "./forensics-input-error";

const photo = () => sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#8a6" } }).jpeg().toBuffer();

async function failure(bytes: Uint8Array): Promise<ForensicsInputError> {
  const error = await decodePhoto(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ForensicsInputError);
  return error as ForensicsInputError;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
  return out;
}

/** A tiny PNG whose header claims width×height: a decompression bomb as far as any decoder can tell. */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(Buffer.alloc(4096))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("decodePhoto", () => {
  it("decodes once to the working size", async () => {
    const decoded = await decodePhoto(await photo());
    expect(decoded).toMatchObject({ format: "jpeg", width: 1600, height: 1200, workWidth: WORKING_SIDE, workHeight: 768 });
    expect(decoded.rgb.length).toBe(WORKING_SIDE * 768 * 3);
  });

  it("rejects an empty file", async () => {
    expect((await failure(new Uint8Array())).code).toBe("EMPTY_FILE");
  });

  it("rejects a file that is not an image", async () => {
    expect((await failure(Buffer.from("just some text, not a picture"))).code).toBe("UNSUPPORTED_FORMAT");
  });

  it("rejects a truncated JPEG with a clear error", async () => {
    const bytes = await photo();
    const error = await failure(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(["TRUNCATED_IMAGE", "CORRUPT_IMAGE"]).toContain(error.code);
    expect(error.localized.zh.length).toBeGreaterThan(0);
  });

  it("rejects a corrupted JPEG", async () => {
    const bytes = Buffer.from(await photo());
    bytes.fill(0x5a, 20, 400); // wipes the quantisation and Huffman tables
    expect(["CORRUPT_IMAGE", "TRUNCATED_IMAGE"]).toContain((await failure(bytes)).code);
  });

  it("refuses decompression bombs from the header, before decoding", async () => {
    const started = Date.now();
    expect((await failure(pngClaiming(100_000, 100_000))).code).toBe("DIMENSIONS_TOO_LARGE");
    expect((await failure(pngClaiming(20_000, 20_000))).code).toBe("DIMENSIONS_TOO_LARGE");
    expect((await failure(pngClaiming(8_000, 8_000))).code).toBe("DIMENSIONS_TOO_LARGE");
    const jpeg = Buffer.from(await photo());
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg.writeUInt16BE(60_000, sof + 5);
    jpeg.writeUInt16BE(60_000, sof + 7);
    expect((await failure(jpeg)).code).toBe("DIMENSIONS_TOO_LARGE");
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
