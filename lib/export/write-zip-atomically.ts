import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { PassThrough, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipFile } from "yazl";
import { fsyncNewPath } from "@/lib/evidence/fsync-directory";
import { tempDir } from "@/lib/evidence/resolve-store-paths";

export type ZipEntry =
  | { path: string; file: string; compress: boolean; expectedSha256?: string }
  | { path: string; data: Buffer; compress: boolean };

export class ZipSourceChangedError extends Error {
  constructor(readonly entryPath: string) {
    super(`the bytes of ${entryPath} no longer match their recorded SHA-256`);
  }
}

/**
 * Streams a ZIP to `target`: files are read from disk entry by entry (never the whole
 * bundle in memory), the archive's SHA-256 is computed while it is written, and the file
 * appears under its name only complete and fsynced. A file entry with `expectedSha256` is
 * hashed on its way into the archive; a mismatch (a damaged store) aborts the whole ZIP.
 */
export async function writeZipAtomically(target: string, entries: ZipEntry[], mtime: Date): Promise<{ sha256: string; sizeBytes: number }> {
  const dir = path.dirname(target);
  const firstCreated = await mkdir(dir, { recursive: true });
  await mkdir(tempDir(), { recursive: true });
  const tmp = path.join(tempDir(), `${randomUUID()}.zip.part`);
  const zip = new ZipFile();
  const checks: Promise<void>[] = [];
  try {
    for (const entry of entries) {
      const options = { mtime, compress: entry.compress, mode: 0o100644 };
      if ("data" in entry) {
        zip.addBuffer(entry.data, entry.path, options);
        continue;
      }
      const { size } = await stat(entry.file);
      const hash = createHash("sha256");
      const tap = new PassThrough();
      tap.on("data", (chunk: Buffer) => hash.update(chunk));
      const expected = entry.expectedSha256;
      checks.push(
        new Promise((resolve, reject) => {
          tap.on("end", () => (expected && hash.digest("hex") !== expected ? reject(new ZipSourceChangedError(entry.path)) : resolve()));
          tap.on("error", reject);
        }),
      );
      // yazl opens each stream only when it reaches the entry, so one file is open at a time.
      zip.addReadStreamLazy(entry.path, { ...options, size }, (callback) => callback(null, createReadStream(entry.file).pipe(tap)));
    }
    zip.end();

    const archiveHash = createHash("sha256");
    let sizeBytes = 0;
    const hasher = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        archiveHash.update(chunk);
        sizeBytes += chunk.length;
        callback(null, chunk);
      },
    });
    await Promise.all([pipeline(zip.outputStream, hasher, createWriteStream(tmp, { flags: "wx", mode: 0o600 })), ...checks]);
    const handle = await open(tmp, "r+");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
    await fsyncNewPath(dir, firstCreated);
    return { sha256: archiveHash.digest("hex"), sizeBytes };
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
