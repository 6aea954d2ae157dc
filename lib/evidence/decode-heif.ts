import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { readHeifItems } from "./read-heif-items";
import { tempDir } from "./resolve-store-paths";

const execFileAsync = promisify(execFile);
const CONVERT_TIMEOUT_MS = 60_000;

/** Why a HEIF/HEIC photo could not be turned into pixels. */
export class HeifDecodeError extends Error {
  constructor(
    readonly reason: "undecodable" | "too_many_pixels",
    readonly size?: { width: number; height: number },
  ) {
    super(`HEIF decode failed: ${reason}${size ? ` (${size.width}×${size.height})` : ""}`);
  }
}

/**
 * Decodes the primary picture of a HEIF/HEIC file into a JPEG at quality 95 (upright: the
 * file's rotation and mirroring applied), for sharp to take from there. Not PNG: libheif
 * compresses a 12-megapixel photo into PNG in ~6 s on this machine, into this JPEG in ~0.7 s,
 * and at quality 95 the re-encoding is far below what thumbnails, previews, the case file or
 * the forensic signals (which read the picture at 1,024 px; ELA, which would read the
 * re-encoding, is skipped for HEIC) can see. The size declared in the
 * file is checked against `maxPixels` first, so a decompression bomb is refused unread.
 * Runs libheif's `heif-convert` as a child process (HEVC decoding off the event loop) on a
 * temp file that is removed whatever happens.
 */
export async function decodeHeifToJpeg(file: string, maxPixels: number): Promise<Buffer> {
  const { size } = readHeifItems(await readFile(file));
  if (!size || size.width === 0 || size.height === 0) throw new HeifDecodeError("undecodable");
  if (size.width * size.height > maxPixels) throw new HeifDecodeError("too_many_pixels", size);
  const workDir = path.join(tempDir(), `heif-${randomUUID()}`);
  await mkdir(workDir, { recursive: true });
  try {
    await execFileAsync("heif-convert", ["--quiet", "-q", "95", file, path.join(workDir, "picture.jpg")], { timeout: CONVERT_TIMEOUT_MS }).catch(() => {
      throw new HeifDecodeError("undecodable");
    });
    // A file with several top-level pictures (a burst) is written as picture-1.jpg, picture-2.jpg, …
    const [first] = (await readdir(workDir)).filter((name) => name.endsWith(".jpg")).sort();
    if (!first) throw new HeifDecodeError("undecodable");
    return await readFile(path.join(workDir, first));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
