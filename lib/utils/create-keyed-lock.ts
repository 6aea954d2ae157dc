import { Mutex } from "async-mutex";

/**
 * A lock per key within this process: `run(key, work)` runs `work` after every earlier
 * `run` with the same key has finished; different keys do not wait for each other. A key's
 * mutex is dropped once nothing holds or awaits it. (Several app instances would need a
 * shared lock instead.)
 */
export function createKeyedLock(): <T>(key: string, work: () => Promise<T>) => Promise<T> {
  const locks = new Map<string, Mutex>();
  return async (key, work) => {
    let lock = locks.get(key);
    if (!lock) locks.set(key, (lock = new Mutex()));
    try {
      return await lock.runExclusive(work);
    } finally {
      if (!lock.isLocked()) locks.delete(key);
    }
  };
}
