import { Mutex } from "async-mutex";

const locks = new Map<string, Mutex>();

/**
 * Serialises chunks, completion and abort of one session within this process: two
 * requests for the same offset would otherwise both pass the offset check and interleave
 * their writes. The loser then sees the new offset and gets 409.
 */
export async function withSessionLock<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
  let lock = locks.get(sessionId);
  if (!lock) locks.set(sessionId, (lock = new Mutex()));
  try {
    return await lock.runExclusive(work);
  } finally {
    if (!lock.isLocked()) locks.delete(sessionId);
  }
}
