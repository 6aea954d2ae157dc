import { chmod, link, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db/prisma";
import { fsyncNewPath } from "./fsync-directory";
import { blobPath } from "./resolve-store-paths";
import type { StagedFile } from "./stage-upload-file";

/**
 * Moves a staged file to its content-addressed path. link() creates the name atomically
 * and fails if it exists (rename would silently replace it), so identical bytes are stored
 * once and a stored blob is never overwritten. The temp name is removed either way.
 * `created` tells the caller whether this call added the blob.
 */
export async function placeBlob(file: StagedFile): Promise<{ created: boolean }> {
  const target = blobPath(file.sha256);
  const dir = path.dirname(target);
  const firstCreated = await mkdir(dir, { recursive: true });
  // Evidence is immutable; read-only permissions guard against accidental edits on disk.
  await chmod(file.path, 0o440);
  let created = true;
  try {
    await link(file.path, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    created = false;
  } finally {
    await rm(file.path, { force: true });
  }
  if (created) await fsyncNewPath(dir, firstCreated);
  return { created };
}

/** Undoes placeBlob after a failed commit, unless a Blob row (another upload of the same bytes) needs the file. */
export async function removeUnreferencedBlob(sha256: string): Promise<void> {
  if (await db.blob.findUnique({ where: { sha256 }, select: { sha256: true } })) return;
  await rm(blobPath(sha256), { force: true });
}
