import { rm } from "node:fs/promises";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import type { UploadSession } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { findUploadSession } from "./find-upload-session";
import { forgetSessionHash } from "./session-hash";
import { uploadSessionPath } from "./upload-session-path";
import { withSessionLock } from "./with-session-lock";

/**
 * Why an upload's bytes were thrown away, as the audit log records it: the operator gave up
 * (`cancelled`), the finished file failed a check (`rejected`, with the error's message key),
 * nobody sent a chunk for a day (`stale`), or recording the evidence failed (`record_failed`).
 */
export interface DiscardReason {
  reason: "cancelled" | "rejected" | "stale" | "record_failed";
  /** Who discarded it; null for the server's own clean-up. */
  actorUserId: string | null;
  detail?: string;
}

/**
 * Marks a session ABORTED and logs why in the same transaction, then deletes its temp file.
 * `idleBefore` makes it conditional on no chunk having arrived since then (the stale sweep).
 * Returns false, changing nothing, when the session is no longer open. Caller must hold the
 * session lock.
 */
export async function discardUploadSession(
  session: Pick<UploadSession, "id" | "organizationId" | "originalName" | "trackingNo" | "receivedBytes">,
  why: DiscardReason,
  idleBefore?: Date,
): Promise<boolean> {
  const discarded = await runAudited(async (tx) => {
    const { count } = await tx.uploadSession.updateMany({
      where: { id: session.id, status: "OPEN", ...(idleBefore ? { updatedAt: { lt: idleBefore } } : {}) },
      data: { status: "ABORTED" },
    });
    if (count === 0) return false;
    await appendAuditEvent(tx, {
      organizationId: session.organizationId,
      actorUserId: why.actorUserId,
      action: "upload.abort",
      entityType: "uploadSession",
      entityId: session.id,
      data: {
        reason: why.reason,
        ...(why.detail ? { detail: why.detail } : {}),
        originalName: session.originalName,
        trackingNo: session.trackingNo,
        receivedBytes: Number(session.receivedBytes),
      },
    });
    return true;
  });
  if (!discarded) return false;
  forgetSessionHash(session.id);
  await rm(uploadSessionPath(session.id), { force: true });
  return true;
}

/** Gives up an unfinished upload: its bytes are deleted. A completed one is evidence and cannot be aborted. */
export async function abortUploadSession(ctx: SessionContext, sessionId: string): Promise<void> {
  assertPermission(ctx, { evidence: ["upload"] });
  await withSessionLock(sessionId, async () => {
    const session = await findUploadSession(ctx, sessionId);
    if (session.status === "COMPLETE") throw new AppError("CONFLICT", "upload.notOpen");
    await discardUploadSession(session, { reason: "cancelled", actorUserId: ctx.userId });
  });
}
