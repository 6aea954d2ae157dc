import { open, stat, type FileHandle } from "node:fs/promises";
import { notFound } from "@/lib/errors";

const CHUNK_BYTES = 256 * 1024;

/**
 * A file (or the inclusive byte range `start`–`end` of it) as a web stream for an HTTP reply.
 * The file is opened on the first read and closed at the end, on cancel or on error, so a
 * reply whose body is never read (the client went away first) holds no descriptor. Written by
 * hand because `Readable.toWeb(createReadStream())` opens the file at once, and a body that is
 * neither read nor cancelled then keeps the descriptor until garbage collection.
 * Throws NOT_FOUND when the file is missing, before anything is sent.
 */
export async function streamFile(file: string, range?: { start: number; end: number }): Promise<{ body: ReadableStream<Uint8Array>; fileSize: number }> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw notFound();
  let position = range?.start ?? 0;
  const end = Math.min(range?.end ?? Infinity, info.size - 1);
  let handle: FileHandle | null = null;
  const close = async () => {
    const opened = handle;
    handle = null;
    await opened?.close();
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const length = Math.min(CHUNK_BYTES, end - position + 1);
        if (length > 0) {
          handle ??= await open(file, "r");
          const { bytesRead, buffer } = await handle.read(Buffer.alloc(length), 0, length, position);
          position += bytesRead;
          if (bytesRead > 0) controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
          if (bytesRead > 0 && position <= end) return;
        }
        await close();
        controller.close();
      } catch (error) {
        await close().catch(() => undefined);
        controller.error(error);
      }
    },
    cancel: close,
    // Nothing is read ahead: the first pull (and the open) waits for the first reader.
  }, { highWaterMark: 0 });
  return { body, fileSize: info.size };
}
