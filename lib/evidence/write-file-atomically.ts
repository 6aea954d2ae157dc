import { randomUUID } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { fsyncNewPath } from "./fsync-directory";
import { tempDir } from "./resolve-store-paths";

/** Writes via an fsynced temp file and a rename, so readers see the old file or the whole new one. */
export async function writeFileAtomically(target: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const firstCreated = await mkdir(dir, { recursive: true });
  await mkdir(tempDir(), { recursive: true });
  const tmp = path.join(tempDir(), `${randomUUID()}.part`);
  try {
    const handle = await open(tmp, "wx", 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await fsyncNewPath(dir, firstCreated);
}
