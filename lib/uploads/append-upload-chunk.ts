import { constants } from "node:fs";
import { mkdir, open, type FileHandle } from "node:fs/promises";
import type { Readable } from "node:stream";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { tempDir } from "@/lib/evidence/resolve-store-paths";
import { findUploadSession } from "./find-upload-session";
import { keepSessionHash, takeSessionHash } from "./session-hash";
import { uploadSessionPath } from "./upload-session-path";
import { withSessionLock } from "./with-session-lock";

/** A write that failed on our side (disk), as opposed to the client's body breaking off. */
class DiskError extends Error {
  constructor(readonly cause: unknown) {
    super("upload chunk write failed");
  }
}

/** Request bodies arrive in ~64 KB pieces; writing them in batches saves most of the syscalls and thread-pool hops. */
const WRITE_BATCH_BYTES = 1024 * 1024;

async function writeAll(handle: FileHandle, pieces: Buffer[], position: number): Promise<void> {
  const batch = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
  let done = 0;
  while (done < batch.length) {
    const { bytesWritten } = await handle.write(batch, done, batch.length - done, position + done).catch((error) => {
      throw new DiskError(error);
    });
    done += bytesWritten;
  }
}

/**
 * Appends one chunk at `offset`, which must equal the bytes already received (else 409
 * with the current offset, so the client can resume from there). The body is streamed
 * to the temp file and hashed as it goes; the file is fsynced before the new offset is
 * committed, so after a dropped connection or a crash the row never claims bytes that
 * are not safely on disk. A connection dropped mid-chunk keeps the bytes that arrived.
 */
export async function appendUploadChunk(
  ctx: SessionContext,
  sessionId: string,
  offset: number,
  body: Readable,
): Promise<{ offset: number; declaredSize: number }> {
  assertPermission(ctx, { evidence: ["upload"] });
  return withSessionLock(sessionId, async () => {
    const session = await findUploadSession(ctx, sessionId);
    if (session.status !== "OPEN") throw new AppError("CONFLICT", "upload.notOpen");
    const received = Number(session.receivedBytes);
    const declared = Number(session.declaredSize ?? 0);
    if (offset !== received) throw new AppError("CONFLICT", "upload.offsetMismatch", { offset: received });

    const file = uploadSessionPath(sessionId);
    await mkdir(tempDir(), { recursive: true });
    const handle = await open(file, constants.O_WRONLY | constants.O_CREAT, 0o600);
    let written = 0;
    let failure: unknown;
    try {
      // Bytes past the committed offset are from a request that died before its commit.
      await handle.truncate(received);
      const hash = await takeSessionHash(sessionId, file, received);
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      // Bytes count as received (hashed, offset advanced) only once written.
      const flush = async () => {
        if (pendingBytes === 0) return;
        await writeAll(handle, pending, received + written);
        for (const piece of pending) hash.update(piece);
        written += pendingBytes;
        pending = [];
        pendingBytes = 0;
      };
      try {
        for await (const chunk of body as AsyncIterable<Buffer>) {
          if (received + written + pendingBytes + chunk.length > declared) {
            throw new AppError("PAYLOAD_TOO_LARGE", "upload.beyondDeclaredSize", { size: declared });
          }
          pending.push(chunk);
          pendingBytes += chunk.length;
          if (pendingBytes >= WRITE_BATCH_BYTES) await flush();
        }
      } catch (error) {
        failure = error;
      }
      // What arrived before a broken connection is complete data too; a disk error has already failed the batch.
      if (!(failure instanceof DiskError)) {
        try {
          await flush();
        } catch (error) {
          failure = error;
        }
      }
      // A failed batch may have left part of itself on disk: the file must hold exactly the counted bytes.
      if (failure) await handle.truncate(received + written);
      await handle.sync();
      if (written > 0) {
        await db.uploadSession.update({ where: { id: sessionId }, data: { receivedBytes: BigInt(received + written) } });
      }
      keepSessionHash(sessionId, hash, received + written);
    } finally {
      await handle.close();
    }
    if (failure instanceof DiskError) throw failure.cause;
    if (failure instanceof AppError) throw failure;
    if (failure) throw new AppError("VALIDATION", "upload.chunkInterrupted", { offset: received + written });
    return { offset: received + written, declaredSize: declared };
  });
}
