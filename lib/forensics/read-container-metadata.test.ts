import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { insertJpegSegments, insertPngText } from "./fixtures/embed-metadata";
import { readContainerMetadata } from "./read-container-metadata";

const jpeg = () => sharp({ create: { width: 24, height: 16, channels: 3, background: "#123" } }).jpeg().toBuffer();

describe("readContainerMetadata", () => {
  it("reassembles extended XMP split over several APP1 segments", async () => {
    const packet = `<x:xmpmeta xmlns:x="adobe:ns:meta/">${"x".repeat(300)}</x:xmpmeta>`;
    const guid = "0123456789ABCDEF0123456789ABCDEF";
    const parts = [packet.slice(0, 150), packet.slice(150)].map((part, i) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(packet.length, 0);
      head.writeUInt32BE(i * 150, 4);
      return Buffer.concat([Buffer.from("http://ns.adobe.com/xmp/extension/\0", "latin1"), Buffer.from(guid, "latin1"), head, Buffer.from(part, "utf8")]);
    });
    const metadata = readContainerMetadata(insertJpegSegments(await jpeg(), 0xe1, parts.reverse()));
    expect(metadata.xmpPackets).toContain(packet);
  });

  it("reads JPEG comments and compressed PNG text", async () => {
    const withComment = insertJpegSegments(await jpeg(), 0xfe, [Buffer.from("made with 美图秀秀", "utf8")]);
    expect(readContainerMetadata(withComment).textEntries).toEqual([{ keyword: "JPEG comment", text: "made with 美图秀秀" }]);
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } }).png().toBuffer();
    expect(readContainerMetadata(insertPngText(png, "Software", "NovelAI", "iTXt")).textEntries).toEqual([{ keyword: "Software", text: "NovelAI" }]);
  });

  it("never throws on damaged or foreign bytes", async () => {
    const png = insertPngText(await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } }).png().toBuffer(), "parameters", "Steps: 20");
    for (const bytes of [png.subarray(0, 60), Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 1, 2]), Buffer.from("RIFF\xff\xff\xff\xffWEBPXMP ", "latin1"), Buffer.alloc(0)]) {
      expect(() => readContainerMetadata(bytes)).not.toThrow();
    }
  });
});
