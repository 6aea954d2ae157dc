import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";

/**
 * SHA-256 of a session is computed while its chunks stream in, never by re-reading the
 * whole file at completion: each session keeps an incremental hash in this process,
 * tagged with how many bytes it covers. Only chunks that were written to disk are fed to
 * it. When the tag does not match the committed offset (server restarted, a commit
 * failed, another instance took the session), the state is rebuilt once by streaming the
 * committed bytes from the temp file, and the upload continues incrementally from there.
 */
const running = new Map<string, { hash: Hash; bytes: number }>();

/**
 * Takes the session's hash state covering exactly the first `bytes` bytes of `filePath`
 * out of the registry (rebuilding it if needed). The caller owns it until it hands it back
 * with `keepSessionHash`, so a failure in between can never leave a state that claims
 * bytes it did not see.
 */
export async function takeSessionHash(sessionId: string, filePath: string, bytes: number): Promise<Hash> {
  const entry = running.get(sessionId);
  running.delete(sessionId);
  if (entry && entry.bytes === bytes) return entry.hash;
  const hash = createHash("sha256");
  if (bytes === 0) return hash;
  for await (const chunk of createReadStream(filePath, { start: 0, end: bytes - 1, highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer);
  }
  return hash;
}

export function keepSessionHash(sessionId: string, hash: Hash, bytes: number): void {
  running.set(sessionId, { hash, bytes });
}

export function forgetSessionHash(sessionId: string): void {
  running.delete(sessionId);
}
