import { open } from "node:fs/promises";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import type { UploadSession } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { detectFileType, FILE_TYPE_HEAD_BYTES } from "@/lib/evidence/detect-file-type";
import { withBlobLock } from "@/lib/evidence/lock-blob";
import { placeBlob, removeUnreferencedBlob } from "@/lib/evidence/place-blob";
import { recordEvidence } from "@/lib/evidence/record-evidence";
import type { StagedFile } from "@/lib/evidence/stage-upload-file";
import { probeVideo, type VideoProbeResult } from "@/lib/video/probe-video";
import { discardUploadSession } from "./abort-upload-session";
import { findUploadSession } from "./find-upload-session";
import { sessionOrder } from "./get-upload-session-status";
import { forgetSessionHash, keepSessionHash, takeSessionHash } from "./session-hash";
import { toUploadSessionView, type UploadSessionView } from "./to-upload-session-view";
import { uploadSessionPath } from "./upload-session-path";
import { withSessionLock } from "./with-session-lock";

async function readHead(filePath: string): Promise<Buffer> {
  const handle = await open(filePath, "r");
  try {
    const head = Buffer.alloc(FILE_TYPE_HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Turns a fully received session into evidence: size checked, SHA-256 taken from the
 * streaming hash (and compared with the client's if it declared one), type proven by
 * magic bytes, video proven readable by ffprobe, then linked into the content-addressed
 * store and recorded with its order, tracking number, operator and station. A file that
 * fails a check is discarded with the session (the client has to record or send it again);
 * nothing is recorded and no blob is left. Completing a completed session answers the same
 * again, so a client whose connection dropped during this call can simply retry.
 */
export async function completeUploadSession(ctx: SessionContext, sessionId: string): Promise<UploadSessionView> {
  assertPermission(ctx, { evidence: ["upload"] });
  return withSessionLock(sessionId, async () => {
    const session = await findUploadSession(ctx, sessionId);
    if (session.status === "COMPLETE") return toUploadSessionView(session, await sessionOrder(ctx, session));
    if (session.status !== "OPEN") throw new AppError("CONFLICT", "upload.notOpen");
    const received = Number(session.receivedBytes);
    const declared = Number(session.declaredSize ?? 0);
    if (received !== declared) throw new AppError("VALIDATION", "upload.incomplete", { received, declared });

    const filePath = uploadSessionPath(sessionId);
    const hash = await takeSessionHash(sessionId, filePath, received);
    const sha256 = hash.copy().digest("hex");
    keepSessionHash(sessionId, hash, received);

    let file: StagedFile;
    let probe: VideoProbeResult;
    try {
      if (session.sha256 && session.sha256 !== sha256) throw new AppError("VALIDATION", "upload.hashMismatch");
      const { mime } = await detectFileType(await readHead(filePath), session.kind);
      probe = await probeVideo(filePath);
      file = { path: filePath, sha256, sizeBytes: received, mime };
    } catch (error) {
      if (error instanceof AppError) await discardUploadSession(session, { reason: "rejected", actorUserId: ctx.userId, detail: error.messageKey });
      throw error;
    }

    const done = await withBlobLock(sha256, async () => {
      // placeBlob moves the temp file away: from here on the session's bytes live in the store.
      const { created } = await placeBlob(file);
      forgetSessionHash(sessionId);
      try {
        let completed: UploadSession | undefined;
        await recordEvidence(ctx, {
          orderId: session.orderId,
          trackingNo: session.trackingNo,
          operatorName: session.operatorName,
          stationName: session.stationName,
          recordedAt: session.recordedAt,
          kind: session.kind,
          originalName: session.originalName,
          file,
          width: probe.width ?? undefined,
          height: probe.height ?? undefined,
          videoProbe: probe,
          // The session is complete exactly when its evidence exists: a crash between the two
          // would leave a stored clip whose station still shows it unfinished.
          alsoWrite: async (tx, evidence) => {
            completed = await tx.uploadSession.update({ where: { id: sessionId }, data: { status: "COMPLETE", evidenceId: evidence.id, sha256 } });
          },
        });
        return completed!;
      } catch (error) {
        if (created) await removeUnreferencedBlob(sha256);
        await discardUploadSession(session, { reason: "record_failed", actorUserId: ctx.userId });
        throw error;
      }
    });
    return toUploadSessionView(done, await sessionOrder(ctx, done));
  });
}
