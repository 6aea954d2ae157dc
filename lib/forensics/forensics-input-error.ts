import type { BilingualText } from "./finding-schema";

export type ForensicsInputErrorCode =
  | "EMPTY_FILE"
  | "FILE_TOO_LARGE"
  | "UNSUPPORTED_FORMAT"
  | "CORRUPT_IMAGE"
  | "TRUNCATED_IMAGE"
  | "DIMENSIONS_TOO_LARGE"
  | "DECODE_TIMEOUT";

const MESSAGES: Record<ForensicsInputErrorCode, BilingualText> = {
  EMPTY_FILE: { zh: "文件是空的（0 字节），无法分析。", en: "The file is empty (0 bytes) and cannot be analysed." },
  FILE_TOO_LARGE: { zh: "文件过大，超出照片分析的大小上限。", en: "The file is larger than the limit for photo analysis." },
  UNSUPPORTED_FORMAT: {
    zh: "无法识别为支持的图片格式（JPEG、PNG、WebP、GIF、TIFF、AVIF、HEIC）。",
    en: "Not recognised as a supported image format (JPEG, PNG, WebP, GIF, TIFF, AVIF, HEIC).",
  },
  CORRUPT_IMAGE: { zh: "图片文件已损坏，无法解码。", en: "The image file is corrupted and cannot be decoded." },
  TRUNCATED_IMAGE: { zh: "图片文件不完整（被截断），无法可靠分析。", en: "The image file is incomplete (truncated) and cannot be analysed reliably." },
  DIMENSIONS_TOO_LARGE: {
    zh: "图片声明的尺寸异常巨大，可能是“解压炸弹”，为安全起见拒绝解码。",
    en: "The image declares enormous dimensions (a possible decompression bomb) and was not decoded, for safety.",
  },
  DECODE_TIMEOUT: { zh: "图片解码超时，已停止处理。", en: "Decoding the image took too long and was stopped." },
};

/** Bad input photo: the caller shows `message` to the user and carries on with other files. */
export class ForensicsInputError extends Error {
  readonly localized: BilingualText;
  constructor(
    readonly code: ForensicsInputErrorCode,
    readonly detail?: string,
  ) {
    super(`${code}: ${MESSAGES[code].en}${detail ? ` (${detail})` : ""}`);
    this.name = "ForensicsInputError";
    this.localized = MESSAGES[code];
  }
}
