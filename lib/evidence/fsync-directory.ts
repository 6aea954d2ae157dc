import { open } from "node:fs/promises";
import path from "node:path";

/** Makes a directory's entries (a new name, a rename) durable: a file's own fsync does not cover its name. */
export async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * fsyncs `dir` and, when `mkdir -p` just created part of its path (`firstCreated`, as
 * returned by fs.mkdir), every parent that gained a new entry.
 */
export async function fsyncNewPath(dir: string, firstCreated: string | undefined): Promise<void> {
  await fsyncDirectory(dir);
  if (!firstCreated) return;
  for (let current = dir; current !== path.dirname(firstCreated); current = path.dirname(current)) {
    await fsyncDirectory(path.dirname(current));
  }
}
