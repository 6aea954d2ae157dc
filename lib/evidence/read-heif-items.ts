/**
 * What RefundProof needs from a HEIF/HEIC file's ISO base media structure (ISO/IEC 14496-12
 * and 23008-12), read without decoding any pixels: the declared image size (to refuse a
 * decompression bomb before decoding) and the metadata items (EXIF, XMP) the forensic
 * signals read. Hand-written because the npm readers either decode pixels (libheif builds)
 * or return parsed EXIF tags only (exifr), while the signals need the raw TIFF block and
 * XMP packets exactly as the JPEG path hands them over.
 */
export interface HeifItems {
  /** The largest image extent (`ispe`) declared: the full picture of a tiled photo. */
  size?: { width: number; height: number };
  /** The EXIF item as a TIFF structure (starts with II* or MM*). */
  exifTiff?: Uint8Array;
  /** XMP items (`mime` items of type application/rdf+xml). */
  xmpPackets: string[];
}

interface Box {
  type: string;
  /** Payload start (after size, type and any large size) and end, in the file. */
  start: number;
  end: number;
}

interface ItemLocation {
  constructionMethod: number;
  baseOffset: number;
  extents: { offset: number; length: number }[];
}

/** Metadata items larger than this are not read (a real EXIF or XMP block is a few kB). */
const MAX_ITEM_BYTES = 4 * 1024 * 1024;
/** A 48-megapixel iPhone photo has a few hundred items of one extent each; a file declaring more is not read further. */
const MAX_ITEMS = 10_000;
const MAX_EXTENTS_PER_ITEM = 1_024;

export function isHeifContainer(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.toString("latin1", 4, 8) !== "ftyp") return false;
  const brands = buf.toString("latin1", 8, Math.min(buf.length, buf.readUInt32BE(0)));
  return /heic|heix|heim|heis|hevc|hevx|mif1|msf1/.test(brands);
}

/** Reads the items; a damaged structure yields what could be read (the decoder reports the damage). */
export function readHeifItems(bytes: Uint8Array): HeifItems {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result: HeifItems = { xmpPackets: [] };
  try {
    const meta = children(buf, 0, buf.length).find((box) => box.type === "meta");
    if (!meta) return result;
    const parts = children(buf, meta.start + 4, meta.end); // meta is a FullBox
    const find = (type: string) => parts.find((box) => box.type === type);
    const ipco = find("iprp") && children(buf, find("iprp")!.start, find("iprp")!.end).find((box) => box.type === "ipco");
    if (ipco) result.size = largestExtent(buf, ipco);
    const infos = find("iinf") ? readItemInfos(buf, find("iinf")!) : [];
    const locations = find("iloc") ? readItemLocations(buf, find("iloc")!) : new Map<number, ItemLocation>();
    const idat = find("idat");
    for (const info of infos) {
      const isExif = info.type === "Exif";
      const isXmp = info.type === "mime" && info.contentType === "application/rdf+xml";
      if (!isExif && !isXmp) continue;
      const data = itemData(buf, locations.get(info.id), idat);
      if (!data) continue;
      if (isXmp) result.xmpPackets.push(data.toString("utf8"));
      else if (!result.exifTiff && data.length > 4) {
        // The item starts with the offset of the TIFF header (usually past an "Exif\0\0" prefix).
        const tiff = data.subarray(4 + data.readUInt32BE(0));
        if (tiff.length > 8) result.exifTiff = tiff;
      }
    }
  } catch {
    // Keep what was read.
  }
  return result;
}

function children(buf: Buffer, from: number, to: number): Box[] {
  const boxes: Box[] = [];
  let pos = from;
  while (pos + 8 <= to) {
    let size = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    let header = 8;
    if (size === 1) {
      size = Number(buf.readBigUInt64BE(pos + 8));
      header = 16;
    } else if (size === 0) size = to - pos;
    if (size < header || pos + size > to) break;
    boxes.push({ type, start: pos + header, end: pos + size });
    pos += size;
  }
  return boxes;
}

function largestExtent(buf: Buffer, ipco: Box): HeifItems["size"] {
  let best: HeifItems["size"];
  for (const box of children(buf, ipco.start, ipco.end)) {
    if (box.type !== "ispe" || box.end - box.start < 12) continue;
    const width = buf.readUInt32BE(box.start + 4);
    const height = buf.readUInt32BE(box.start + 8);
    if (!best || width * height > best.width * best.height) best = { width, height };
  }
  return best;
}

function readItemInfos(buf: Buffer, iinf: Box): { id: number; type: string; contentType?: string }[] {
  const version = buf[iinf.start];
  const entriesStart = iinf.start + 4 + (version === 0 ? 2 : 4);
  const infos: { id: number; type: string; contentType?: string }[] = [];
  for (const infe of children(buf, entriesStart, iinf.end)) {
    if (infe.type !== "infe") continue;
    const infeVersion = buf[infe.start];
    if (infeVersion < 2) continue; // versions 0 and 1 carry no item type
    let pos = infe.start + 4;
    const id = infeVersion === 2 ? buf.readUInt16BE(pos) : buf.readUInt32BE(pos);
    pos += (infeVersion === 2 ? 2 : 4) + 2; // + item_protection_index
    const type = buf.toString("latin1", pos, pos + 4);
    pos += 4;
    const [, afterName] = readCString(buf, pos, infe.end);
    const contentType = type === "mime" ? readCString(buf, afterName, infe.end)[0] : undefined;
    infos.push({ id, type, contentType });
  }
  return infos;
}

function readCString(buf: Buffer, from: number, to: number): [string, number] {
  const end = buf.indexOf(0, from);
  const stop = end === -1 || end > to ? to : end;
  return [buf.toString("utf8", from, stop), stop + 1];
}

function readItemLocations(buf: Buffer, iloc: Box): Map<number, ItemLocation> {
  const version = buf[iloc.start];
  let pos = iloc.start + 4;
  const sizes = buf.readUInt16BE(pos);
  pos += 2;
  const offsetSize = sizes >> 12;
  const lengthSize = (sizes >> 8) & 0xf;
  const baseOffsetSize = (sizes >> 4) & 0xf;
  const indexSize = version === 1 || version === 2 ? sizes & 0xf : 0;
  const read = (size: number): number => {
    const value = size === 0 ? 0 : size === 4 ? buf.readUInt32BE(pos) : size === 8 ? Number(buf.readBigUInt64BE(pos)) : NaN;
    if (Number.isNaN(value)) throw new Error(`unsupported iloc field size ${size}`);
    pos += size;
    return value;
  };
  const itemCount = version < 2 ? buf.readUInt16BE(pos) : buf.readUInt32BE(pos);
  pos += version < 2 ? 2 : 4;
  const locations = new Map<number, ItemLocation>();
  for (let i = 0; i < Math.min(itemCount, MAX_ITEMS) && pos < iloc.end; i++) {
    const id = version < 2 ? buf.readUInt16BE(pos) : buf.readUInt32BE(pos);
    pos += version < 2 ? 2 : 4;
    let constructionMethod = 0;
    if (version === 1 || version === 2) {
      constructionMethod = buf.readUInt16BE(pos) & 0xf;
      pos += 2;
    }
    pos += 2; // data_reference_index
    const baseOffset = read(baseOffsetSize);
    const extentCount = buf.readUInt16BE(pos);
    pos += 2;
    if (extentCount > MAX_EXTENTS_PER_ITEM) throw new Error(`item ${id} declares ${extentCount} extents`);
    const extents: ItemLocation["extents"] = [];
    for (let e = 0; e < extentCount; e++) {
      read(indexSize);
      const offset = read(offsetSize);
      const length = read(lengthSize);
      extents.push({ offset, length });
    }
    locations.set(id, { constructionMethod, baseOffset, extents });
  }
  return locations;
}

/** The bytes of an item stored in the file (method 0) or in the `idat` box (method 1). */
function itemData(buf: Buffer, location: ItemLocation | undefined, idat: Box | undefined): Buffer | null {
  if (!location || location.constructionMethod > 1) return null;
  const origin = location.constructionMethod === 1 ? idat?.start : 0;
  const limit = location.constructionMethod === 1 ? idat?.end : buf.length;
  if (origin === undefined || limit === undefined) return null;
  const pieces: Buffer[] = [];
  let total = 0;
  for (const extent of location.extents) {
    const start = origin + location.baseOffset + extent.offset;
    // Length 0 means "to the end of the file" (or of idat).
    const end = extent.length === 0 ? limit : start + extent.length;
    if (start < origin || end > limit || end < start) return null;
    total += end - start;
    if (total > MAX_ITEM_BYTES) return null;
    pieces.push(buf.subarray(start, end));
  }
  return Buffer.concat(pieces);
}
