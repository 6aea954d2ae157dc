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
 * Decodes the primary picture of a HEIF/HEIC file into a lossless PNG (upright: the file's
 * rotation and mirroring applied), for sharp to take from there. The size declared in the
 * file is checked against `maxPixels` first, so a decompression bomb is refused unread.
 * Runs libheif's `heif-convert` as a child process (HEVC decoding off the event loop) on a
 * temp file that is removed whatever happens.
 */
export async function decodeHeifToPng(file: string, maxPixels: number): Promise<Buffer> {
  const { size } = readHeifItems(await readFile(file));
  if (!size || size.width === 0 || size.height === 0) throw new HeifDecodeError("undecodable");
  if (size.width * size.height > maxPixels) throw new HeifDecodeError("too_many_pixels", size);
  const workDir = path.join(tempDir(), `heif-${randomUUID()}`);
  await mkdir(workDir, { recursive: true });
  try {
    await execFileAsync("heif-convert", ["--quiet", file, path.join(workDir, "picture.png")], { timeout: CONVERT_TIMEOUT_MS }).catch(() => {
      throw new HeifDecodeError("undecodable");
    });
    // A file with several top-level pictures (a burst) is written as picture-1.png, picture-2.png, …
    const [first] = (await readdir(workDir)).filter((name) => name.endsWith(".png")).sort();
    if (!first) throw new HeifDecodeError("undecodable");
    return await readFile(path.join(workDir, first));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
