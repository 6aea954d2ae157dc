import { fileTypeFromBuffer } from "file-type";
import type { EvidenceKind } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { heifDecoderAvailable } from "./heif-decoder-available";

/** How many leading bytes file-type needs to recognise every format we accept. */
export const FILE_TYPE_HEAD_BYTES = 4100;

/** Formats we accept, keyed by the MIME type file-type reports, with the name users see. */
const FORMATS = {
  "image/jpeg": { label: "JPEG", extensions: [".jpg", ".jpeg"] },
  "image/png": { label: "PNG", extensions: [".png"] },
  "image/webp": { label: "WebP", extensions: [".webp"] },
  "image/heic": { label: "HEIC", extensions: [".heic"] },
  "image/heif": { label: "HEIF", extensions: [".heif"] },
  "video/mp4": { label: "MP4", extensions: [".mp4"] },
  "video/x-m4v": { label: "M4V", extensions: [".m4v"] },
  "video/quicktime": { label: "QuickTime (MOV)", extensions: [".mov"] },
  "video/webm": { label: "WebM", extensions: [".webm"] },
  "video/matroska": { label: "Matroska (MKV)", extensions: [".mkv"] },
  "application/pdf": { label: "PDF", extensions: [".pdf"] },
} as const;

export type AcceptedMime = keyof typeof FORMATS;

const PHOTO: AcceptedMime[] = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"];
const VIDEO: AcceptedMime[] = ["video/mp4", "video/x-m4v", "video/quicktime", "video/webm", "video/matroska"];
const DOCUMENT: AcceptedMime[] = [...PHOTO, "application/pdf"];

const ACCEPTED: Record<EvidenceKind, AcceptedMime[]> = {
  BUYER_PHOTO: PHOTO,
  REFERENCE_PHOTO: PHOTO,
  CHAT_SCREENSHOT: PHOTO,
  BUYER_VIDEO: VIDEO,
  PACKING_VIDEO: VIDEO,
  LOGISTICS_PROOF: DOCUMENT,
  OTHER: DOCUMENT,
};

/** Images sharp decodes itself; HEIC/HEIF need an HEVC decoder that its bundled libvips lacks (see decode-heif.ts). */
const SHARP_IMAGES: readonly string[] = ["image/jpeg", "image/png", "image/webp"];
const HEIF_IMAGES: readonly string[] = ["image/heic", "image/heif"];

export type MediaClass = "image" | "video" | "pdf";

export function mediaClassOf(mime: string): MediaClass {
  if (mime.startsWith("video/")) return "video";
  if (mime === "application/pdf") return "pdf";
  return "image";
}

export function isHeifMime(mime: string): boolean {
  return HEIF_IMAGES.includes(mime);
}

/** Images this server can show and analyse: HEIC/HEIF only where libheif is installed. */
export function isDecodableImage(mime: string): boolean {
  return SHARP_IMAGES.includes(mime) || (isHeifMime(mime) && heifDecoderAvailable());
}

/** The `accept` attribute for a file input: a hint for the picker only, the server decides. */
export function acceptAttribute(kind: EvidenceKind): string {
  return ACCEPTED[kind].flatMap((mime) => [mime, ...FORMATS[mime].extensions]).join(",");
}

/**
 * Identifies a file by its leading bytes, never by its name or the browser's MIME type,
 * and throws 415 naming what was found unless the kind accepts it.
 */
export async function detectFileType(head: Uint8Array, kind: EvidenceKind): Promise<{ mime: AcceptedMime; ext: string }> {
  const found = await fileTypeFromBuffer(head);
  const accepted = ACCEPTED[kind];
  const allowed = accepted.map((mime) => FORMATS[mime].label).join(", ");
  if (!found) throw new AppError("UNSUPPORTED_TYPE", "evidence.fileTypeUnknown", { allowed });
  if (!accepted.includes(found.mime as AcceptedMime)) {
    throw new AppError("UNSUPPORTED_TYPE", "evidence.fileTypeNotAllowed", { detected: `${found.ext.toUpperCase()} (${found.mime})`, allowed });
  }
  return { mime: found.mime as AcceptedMime, ext: found.ext };
}
