import { Mutex } from "async-mutex";
import { db, type Tx } from "@/lib/db/prisma";

// SQLite has one writer at a time; the mutex keeps this process's chain appends in
// order instead of letting two transactions read the same "last hash". A multi-instance
// deployment (PostgreSQL) would replace this with an advisory lock.
const chainLock = new Mutex();

/** Runs a write and its audit event(s) in one transaction: both land or neither does. */
export function runAudited<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return chainLock.runExclusive(() => db.$transaction(work, { timeout: 30_000 }));
}
