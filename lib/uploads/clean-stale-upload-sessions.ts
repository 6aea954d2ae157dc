import { db } from "@/lib/db/prisma";
import { discardUploadSession } from "./abort-upload-session";
import { withSessionLock } from "./with-session-lock";

const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Gives up on sessions without a chunk for a day (a station that was closed mid-upload):
 * their temp files are removed and the rows marked ABORTED, logged as the server's own
 * clean-up, so the disk does not fill up with halves of clips. Maintenance across merchants;
 * each event is filed under the session's merchant.
 */
export async function cleanStaleUploadSessions(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - STALE_AFTER_MS);
  const stale = await db.uploadSession.findMany({ where: { status: "OPEN", updatedAt: { lt: cutoff } } });
  let cleaned = 0;
  for (const session of stale) {
    // A chunk may have arrived between the query and the lock: the cutoff is checked again.
    await withSessionLock(session.id, async () => {
      if (await discardUploadSession(session, { reason: "stale", actorUserId: null }, cutoff)) cleaned++;
    });
  }
  return cleaned;
}
