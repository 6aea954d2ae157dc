import { Mutex } from "async-mutex";

const locks = new Map<string, Mutex>();

/**
 * Serialises work on one blob within this process, so an upload that placed a new blob
 * and then fails can remove it without racing a concurrent upload of the same bytes that
 * found it already there. (Several app instances would need a shared lock instead.)
 */
export async function withBlobLock<T>(sha256: string, work: () => Promise<T>): Promise<T> {
  let lock = locks.get(sha256);
  if (!lock) locks.set(sha256, (lock = new Mutex()));
  try {
    return await lock.runExclusive(work);
  } finally {
    if (!lock.isLocked()) locks.delete(sha256);
  }
}
