import { rm } from "node:fs/promises";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { findUploadSession } from "./find-upload-session";
import { forgetSessionHash } from "./session-hash";
import { uploadSessionPath } from "./upload-session-path";
import { withSessionLock } from "./with-session-lock";

/** Marks an open session ABORTED and deletes its temp file. Caller must hold the session lock. */
export async function discardUploadSession(sessionId: string): Promise<void> {
  await db.uploadSession.update({ where: { id: sessionId }, data: { status: "ABORTED" } });
  forgetSessionHash(sessionId);
  await rm(uploadSessionPath(sessionId), { force: true });
}

/** Gives up an unfinished upload: its bytes are deleted. A completed one is evidence and cannot be aborted. */
export async function abortUploadSession(ctx: SessionContext, sessionId: string): Promise<void> {
  assertPermission(ctx, { evidence: ["upload"] });
  await withSessionLock(sessionId, async () => {
    const session = await findUploadSession(ctx, sessionId);
    if (session.status === "COMPLETE") throw new AppError("CONFLICT", "upload.notOpen");
    if (session.status === "OPEN") await discardUploadSession(sessionId);
  });
}
