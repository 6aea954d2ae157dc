import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, rm } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { EvidenceKind } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { detectFileType, FILE_TYPE_HEAD_BYTES, type AcceptedMime } from "./detect-file-type";
import { formatByteSize } from "./format-byte-size";
import { getSizeCap } from "./get-size-cap";
import { tempDir } from "./resolve-store-paths";

/** An uploaded file, complete and fsynced in the temp directory; its owner must link or delete it. */
export interface StagedFile {
  path: string;
  sha256: string;
  sizeBytes: number;
  mime: AcceptedMime;
}

/**
 * Streams one file into a temp file while hashing it, checking its type from the first
 * bytes and counting against the kind's size cap; stops reading at the first violation.
 * On any failure the temp file is gone before the promise rejects.
 */
export async function stageUploadFile(file: Readable, kind: EvidenceKind): Promise<StagedFile> {
  // Which side failed first: a broken request is the client's incomplete upload (400), a
  // failing disk is ours (500). The listener goes on before any await so no error is missed.
  let failedFirst: "input" | "disk" | undefined;
  file.once("error", () => (failedFirst ??= "input"));
  const cap = getSizeCap(kind);
  await mkdir(tempDir(), { recursive: true });
  const tmp = path.join(tempDir(), `${randomUUID()}.part`);
  // Created before any byte arrives, so the cleanup below can never run ahead of a lazy open.
  const handle = await open(tmp, "wx", 0o600);
  const hash = createHash("sha256");
  let sizeBytes = 0;
  let mime: AcceptedMime | undefined;

  async function* inspect(chunks: AsyncIterable<Buffer>) {
    // Bytes are held back only until the type is known, so a wrong type never reaches the disk.
    let head: Buffer[] = [];
    for await (const chunk of chunks) {
      sizeBytes += chunk.length;
      if (sizeBytes > cap) throw new AppError("PAYLOAD_TOO_LARGE", "evidence.fileTooLarge", { cap: formatByteSize(cap) });
      hash.update(chunk);
      if (mime) {
        yield chunk;
        continue;
      }
      head.push(chunk);
      if (sizeBytes >= FILE_TYPE_HEAD_BYTES) {
        mime = (await detectFileType(Buffer.concat(head).subarray(0, FILE_TYPE_HEAD_BYTES), kind)).mime;
        yield* head;
        head = [];
      }
    }
    if (sizeBytes === 0) throw new AppError("VALIDATION", "evidence.fileEmpty");
    if (!mime) {
      mime = (await detectFileType(Buffer.concat(head), kind)).mime;
      yield* head;
    }
  }

  // flush: fsync before the stream closes the handle; pipeline resolves only after the close.
  const sink = handle.createWriteStream({ flush: true });
  sink.once("error", () => (failedFirst ??= "disk"));
  try {
    await pipeline(file, inspect, sink);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error instanceof AppError || failedFirst !== "input" ? error : new AppError("VALIDATION", "evidence.uploadAborted");
  }
  return { path: tmp, sha256: hash.digest("hex"), sizeBytes, mime: mime! };
}
