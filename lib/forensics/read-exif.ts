import exifr from "exifr";

/** The EXIF fields the signals use, as plain strings straight from the file (no time-zone guessing). */
export interface ExifFields {
  make?: string;
  model?: string;
  software?: string;
  artist?: string;
  hostComputer?: string;
  imageDescription?: string;
  userComment?: string;
  xpComment?: string;
  xpSubject?: string;
  xpKeywords?: string;
  /** "YYYY:MM:DD HH:MM:SS" as written by the camera. */
  dateTimeOriginal?: string;
  offsetTimeOriginal?: string;
  modifyDate?: string;
  offsetTime?: string;
  gpsDateStamp?: string;
  /** [hours, minutes, seconds] UTC. */
  gpsTimeStamp?: number[];
}

const EXIFR_OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  ifd1: false,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  userComment: true,
  // Raw values: exifr would otherwise read capture times as this server's local time
  // and mis-decode the UTF-16LE XP* fields.
  reviveValues: false,
  translateValues: false,
  mergeOutput: true,
};

/** Parses the EXIF block (a TIFF structure) with exifr; a damaged block yields no fields. */
export async function readExif(exifTiff: Uint8Array | undefined): Promise<ExifFields> {
  if (!exifTiff || exifTiff.length < 8) return {};
  let raw: Record<string, unknown> | undefined;
  try {
    raw = await exifr.parse(Buffer.from(exifTiff), EXIFR_OPTIONS);
  } catch {
    return {};
  }
  if (!raw) return {};
  return {
    make: asText(raw.Make),
    model: asText(raw.Model),
    software: asText(raw.Software),
    artist: asText(raw.Artist),
    hostComputer: asText(raw.HostComputer),
    imageDescription: asText(raw.ImageDescription),
    userComment: decodeUserComment(raw.UserComment ?? raw.userComment),
    xpComment: decodeXpText(raw.XPComment),
    xpSubject: decodeXpText(raw.XPSubject),
    xpKeywords: decodeXpText(raw.XPKeywords),
    dateTimeOriginal: asText(raw.DateTimeOriginal),
    offsetTimeOriginal: asText(raw.OffsetTimeOriginal),
    modifyDate: asText(raw.ModifyDate),
    offsetTime: asText(raw.OffsetTime),
    gpsDateStamp: asText(raw.GPSDateStamp),
    gpsTimeStamp: Array.isArray(raw.GPSTimeStamp) ? raw.GPSTimeStamp.map(Number) : undefined,
  };
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value.replace(/\0+$/, "").trim() || undefined;
  if (value instanceof Uint8Array) return asText(Buffer.from(value).toString("utf8"));
  return undefined;
}

/** UserComment starts with an 8-byte character-code prefix (EXIF 2.3 §4.6.5). */
function decodeUserComment(value: unknown): string | undefined {
  if (typeof value === "string") return asText(value);
  if (!(value instanceof Uint8Array) || value.length < 8) return undefined;
  const bytes = Buffer.from(value);
  const code = bytes.toString("latin1", 0, 8).replace(/\0+$/, "");
  const body = bytes.subarray(8);
  if (code === "UNICODE") {
    // Byte order is not declared; pick the one that yields fewer NULs in the low bytes.
    const littleEndian = body.length > 1 && body[1] === 0;
    const even = Buffer.from(body.subarray(0, body.length & ~1));
    return asText((littleEndian ? even : even.swap16()).toString("utf16le"));
  }
  // ASCII is a subset of UTF-8, and Chinese tools often put UTF-8 under the ASCII code.
  return asText(body.toString("utf8"));
}

function decodeXpText(value: unknown): string | undefined {
  if (typeof value === "string") return asText(value);
  if (!(value instanceof Uint8Array)) return undefined;
  return asText(Buffer.from(value).toString("utf16le"));
}
