/**
 * Minimal JUMBF (ISO/IEC 19566-5) box reader for C2PA manifest stores. Hand-written
 * because the maintained C2PA readers on npm need a native binary download or a browser
 * worker; presence, labels and the CBOR/JSON payloads are all the signal needs.
 * Signatures are not validated here.
 */
export interface JumbfBox {
  /** Label from the description box ("c2pa", "c2pa.claim", an assertion label, …). */
  label?: string;
  /** Content boxes of this superbox, by type ("cbor", "json", …). */
  contents: { type: string; data: Uint8Array }[];
  children: JumbfBox[];
}

const MAX_DEPTH = 8;

/** Parses a buffer holding one or more boxes and returns the JUMBF superboxes found. */
export function readJumbfBoxes(bytes: Uint8Array, depth = 0): JumbfBox[] {
  const boxes: JumbfBox[] = [];
  for (const { type, data } of splitBoxes(bytes)) {
    if (type === "jumb" && depth < MAX_DEPTH) boxes.push(readSuperbox(data, depth));
  }
  return boxes;
}

function readSuperbox(data: Uint8Array, depth: number): JumbfBox {
  const box: JumbfBox = { contents: [], children: [] };
  for (const { type, data: payload } of splitBoxes(data)) {
    if (type === "jumd") box.label = readDescriptionLabel(payload);
    else if (type === "jumb" && depth + 1 < MAX_DEPTH) box.children.push(readSuperbox(payload, depth + 1));
    else box.contents.push({ type, data: payload });
  }
  return box;
}

/** Description box: 16-byte type UUID, a toggles byte, then a NUL-terminated label if bit 1 is set. */
function readDescriptionLabel(payload: Uint8Array): string | undefined {
  if (payload.length < 17 || (payload[16] & 0x02) === 0) return undefined;
  const end = payload.indexOf(0, 17);
  return Buffer.from(payload.subarray(17, end < 0 ? payload.length : end)).toString("utf8");
}

function splitBoxes(bytes: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxes: { type: string; data: Uint8Array }[] = [];
  let pos = 0;
  while (pos + 8 <= bytes.length) {
    let size = view.getUint32(pos);
    const type = String.fromCharCode(bytes[pos + 4], bytes[pos + 5], bytes[pos + 6], bytes[pos + 7]);
    let header = 8;
    if (size === 1) {
      if (pos + 16 > bytes.length) break;
      size = Number(view.getBigUint64(pos + 8));
      header = 16;
    } else if (size === 0) size = bytes.length - pos;
    if (size < header || pos + size > bytes.length) {
      // A truncated last box still tells us what it was.
      boxes.push({ type, data: bytes.subarray(pos + header) });
      break;
    }
    boxes.push({ type, data: bytes.subarray(pos + header, pos + size) });
    pos += size;
  }
  return boxes;
}
