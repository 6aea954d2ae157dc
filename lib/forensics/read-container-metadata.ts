import { inflateSync } from "node:zlib";
import { isHeifContainer, readHeifItems } from "@/lib/evidence/read-heif-items";

/**
 * Walks the container structure of JPEG, PNG, WebP and HEIF/HEIC files and pulls out the raw
 * metadata the signals need. Hand-written because no single npm reader returns all of:
 * XMP from WebP chunks, arbitrary PNG text keys (SD `parameters`, ComfyUI `prompt`),
 * and JPEG APP11 / PNG caBX JUMBF boxes for C2PA. Reads headers only, never pixels.
 */
export interface TextEntry {
  /** PNG text keyword, or "JPEG comment". */
  keyword: string;
  text: string;
}

export interface ContainerMetadata {
  xmpPackets: string[];
  textEntries: TextEntry[];
  /** Reassembled JUMBF superboxes (C2PA manifest stores). */
  jumbfBoxes: Uint8Array[];
  /** The EXIF block as a TIFF structure (starts with II* or MM*), if present. */
  exifTiff?: Uint8Array;
}

const XMP_HEADER = "http://ns.adobe.com/xap/1.0/\0";
const EXTENDED_XMP_HEADER = "http://ns.adobe.com/xmp/extension/\0";
const EXIF_HEADER = "Exif\0\0";
const MAX_TEXT_BYTES = 8 * 1024 * 1024;

export function readContainerMetadata(bytes: Uint8Array): ContainerMetadata {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result: ContainerMetadata = { xmpPackets: [], textEntries: [], jumbfBoxes: [] };
  try {
    if (buf[0] === 0xff && buf[1] === 0xd8) readJpeg(buf, result);
    else if (buf.subarray(0, 8).equals(PNG_SIGNATURE)) readPng(buf, result);
    else if (buf.toString("latin1", 0, 4) === "RIFF" && buf.toString("latin1", 8, 12) === "WEBP") readWebp(buf, result);
    else if (isHeifContainer(buf)) {
      const items = readHeifItems(buf);
      result.exifTiff = items.exifTiff;
      result.xmpPackets.push(...items.xmpPackets);
    }
  } catch {
    // Broken metadata is not fatal: pixel decoding reports a damaged file on its own.
  }
  return result;
}

function readJpeg(buf: Buffer, out: ContainerMetadata) {
  const extendedXmp = new Map<string, { total: number; parts: Map<number, Buffer> }>();
  const app11 = new Map<number, Buffer[]>();
  let pos = 2;
  while (pos + 4 <= buf.length) {
    if (buf[pos] !== 0xff) break;
    const marker = buf[pos + 1];
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // image data follows: no more metadata
    const length = buf.readUInt16BE(pos + 2);
    const payload = buf.subarray(pos + 4, Math.min(buf.length, pos + 2 + length));
    if (marker === 0xe1) {
      if (startsWith(payload, EXIF_HEADER)) out.exifTiff = payload.subarray(EXIF_HEADER.length);
      else if (startsWith(payload, XMP_HEADER)) out.xmpPackets.push(payload.toString("utf8", XMP_HEADER.length));
      else if (startsWith(payload, EXTENDED_XMP_HEADER)) collectExtendedXmp(payload, extendedXmp);
    } else if (marker === 0xeb && payload.length > 8 && payload.toString("latin1", 0, 2) === "JP") {
      // JPEG XT box: "JP", box instance (En), sequence (Z), then the box; continuation
      // segments repeat the 8-byte box header, which is dropped when reassembling.
      const instance = payload.readUInt16BE(2);
      const sequence = payload.readUInt32BE(4);
      const parts = app11.get(instance) ?? [];
      parts.push(sequence === 1 ? payload.subarray(8) : payload.subarray(16));
      app11.set(instance, parts);
    } else if (marker === 0xfe) {
      out.textEntries.push({ keyword: "JPEG comment", text: decodeText(payload) });
    }
    pos += 2 + length;
  }
  for (const { total, parts } of extendedXmp.values()) {
    const joined = Buffer.concat([...parts.entries()].sort((a, b) => a[0] - b[0]).map(([, part]) => part));
    if (joined.length === total) out.xmpPackets.push(joined.toString("utf8"));
  }
  for (const parts of app11.values()) out.jumbfBoxes.push(Buffer.concat(parts));
}

function collectExtendedXmp(payload: Buffer, into: Map<string, { total: number; parts: Map<number, Buffer> }>) {
  const body = payload.subarray(EXTENDED_XMP_HEADER.length);
  if (body.length < 40) return;
  const guid = body.toString("latin1", 0, 32);
  const entry = into.get(guid) ?? { total: body.readUInt32BE(32), parts: new Map() };
  entry.parts.set(body.readUInt32BE(36), body.subarray(40));
  into.set(guid, entry);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function readPng(buf: Buffer, out: ContainerMetadata) {
  let pos = 8;
  while (pos + 12 <= buf.length) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, Math.min(buf.length, pos + 8 + length));
    if (type === "IEND") break;
    if (type === "tEXt" || type === "zTXt" || type === "iTXt") {
      const entry = readPngText(type, data);
      if (entry?.keyword === "XML:com.adobe.xmp") out.xmpPackets.push(entry.text);
      else if (entry) out.textEntries.push(entry);
    } else if (type === "caBX") out.jumbfBoxes.push(data);
    else if (type === "eXIf") out.exifTiff = startsWith(data, EXIF_HEADER) ? data.subarray(6) : data;
    pos += 12 + length;
  }
}

function readPngText(type: string, data: Buffer): TextEntry | undefined {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd <= 0) return undefined;
  const keyword = data.toString("latin1", 0, keywordEnd);
  // tEXt/zTXt are Latin-1 by the spec, but Chinese tools often write UTF-8 there.
  if (type === "tEXt") return { keyword, text: decodeText(data.subarray(keywordEnd + 1)) };
  if (type === "zTXt") return { keyword, text: decodeText(inflate(data.subarray(keywordEnd + 2))) };
  const compressed = data[keywordEnd + 1] === 1;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return undefined;
  const raw = data.subarray(translatedEnd + 1);
  return { keyword, text: (compressed ? inflate(raw) : raw).toString("utf8") };
}

function readWebp(buf: Buffer, out: ContainerMetadata) {
  let pos = 12;
  while (pos + 8 <= buf.length) {
    const fourcc = buf.toString("latin1", pos, pos + 4);
    const size = buf.readUInt32LE(pos + 4);
    const data = buf.subarray(pos + 8, Math.min(buf.length, pos + 8 + size));
    if (fourcc === "XMP ") out.xmpPackets.push(data.toString("utf8"));
    else if (fourcc === "EXIF") out.exifTiff = startsWith(data, EXIF_HEADER) ? data.subarray(6) : data;
    else if (fourcc === "C2PA") out.jumbfBoxes.push(data);
    pos += 8 + size + (size % 2);
  }
}

function inflate(data: Buffer): Buffer {
  return inflateSync(data, { maxOutputLength: MAX_TEXT_BYTES });
}

function startsWith(buf: Buffer, prefix: string): boolean {
  return buf.length >= prefix.length && buf.toString("latin1", 0, prefix.length) === prefix;
}

/** UTF-8 when it decodes cleanly, else Latin-1. */
function decodeText(payload: Buffer): string {
  const utf8 = payload.toString("utf8");
  return utf8.includes("\uFFFD") ? payload.toString("latin1") : utf8;
}
