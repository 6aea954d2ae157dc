import { rm } from "node:fs/promises";
import { db } from "@/lib/db/prisma";
import { forgetSessionHash } from "./session-hash";
import { uploadSessionPath } from "./upload-session-path";
import { withSessionLock } from "./with-session-lock";

const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Gives up on sessions without a chunk for a day (a station that was closed mid-upload):
 * their temp files are removed and the rows marked ABORTED so the disk does not fill up
 * with halves of clips. Maintenance across merchants; nothing is returned to the caller.
 */
export async function cleanStaleUploadSessions(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - STALE_AFTER_MS);
  const stale = await db.uploadSession.findMany({ where: { status: "OPEN", updatedAt: { lt: cutoff } }, select: { id: true } });
  let cleaned = 0;
  for (const { id } of stale) {
    await withSessionLock(id, async () => {
      // A chunk may have arrived between the query and the lock.
      const { count } = await db.uploadSession.updateMany({
        where: { id, status: "OPEN", updatedAt: { lt: cutoff } },
        data: { status: "ABORTED" },
      });
      if (count === 0) return;
      forgetSessionHash(id);
      await rm(uploadSessionPath(id), { force: true });
      cleaned++;
    });
  }
  return cleaned;
}
