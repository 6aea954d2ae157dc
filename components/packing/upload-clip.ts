import type { UploadSessionView } from "@/lib/uploads/to-upload-session-view";

/** Bytes per PUT: small enough that a dropped connection costs little, large enough to keep requests few. */
const CHUNK_BYTES = 2 * 1024 * 1024;
const MAX_BACKOFF_MS = 15_000;

export interface ClipToUpload {
  blob: Blob;
  fileName: string;
  trackingNo: string;
  stationName: string;
  recordedAt: Date;
  /** An upload session opened for this clip before (e.g. before a reload): resumed if the server still has it. */
  sessionId?: string;
}

export interface UploadedClip {
  evidenceId: string;
  order: UploadSessionView["order"];
}

export interface UploadHooks {
  locale: string;
  /** The session the clip goes up through, once open (to remember for a resume) and the order it was matched to. */
  onSession: (session: Pick<UploadSessionView, "id" | "order">) => void;
  onProgress: (fraction: number) => void;
  /** Called before each wait after a network failure; the upload resumes from the server's offset afterwards. */
  onRetry: () => void;
  messages: { network: string; http: (status: number) => string };
}

/** A failure that retrying cannot fix (the server refused the clip); the message is the server's, in the page's language. */
export class ClipRejectedError extends Error {}

class RetryableError extends Error {}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sha256Hex(blob: Blob): Promise<string | undefined> {
  // crypto.subtle exists only in secure contexts (HTTPS, localhost); the server hashes anyway.
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest("SHA-256", await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Uploads one finished clip through the resumable upload API: open a session (or pick up
 * the clip's earlier one), PUT the bytes in chunks at the server's offset, then complete.
 * Network failures and server errors are retried forever with growing pauses, each time
 * asking the server where to resume; a refusal (4xx) ends the upload with the server's
 * message. An earlier session that the server already completed answers with its evidence;
 * one it discarded (or never had) is replaced by a new session.
 */
export async function uploadClip(clip: ClipToUpload, hooks: UploadHooks): Promise<UploadedClip> {
  let attempt = 0;
  async function request(url: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(url, { ...init, headers: { "Accept-Language": hooks.locale, ...init.headers } });
    } catch {
      throw new RetryableError(hooks.messages.network);
    }
    if (response.status >= 500 || response.status === 429) throw new RetryableError(hooks.messages.http(response.status));
    return response;
  }
  async function refused(response: Response): Promise<never> {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ClipRejectedError(body?.error?.message ?? hooks.messages.http(response.status));
  }
  async function retrying<T>(step: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        const result = await step();
        attempt = 0;
        return result;
      } catch (error) {
        if (!(error instanceof RetryableError)) throw error;
        hooks.onRetry();
        await wait(Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt++));
      }
    }
  }

  const size = clip.blob.size;
  const earlier = clip.sessionId
    ? await retrying(async () => {
        const response = await request(`/api/uploads/${clip.sessionId}`, { method: "GET", cache: "no-store" });
        if (response.status === 404) return null;
        if (!response.ok) await refused(response);
        const { upload } = (await response.json()) as { upload: UploadSessionView };
        return upload.status === "ABORTED" ? null : upload;
      })
    : null;
  if (earlier?.status === "COMPLETE" && earlier.evidenceId) return { evidenceId: earlier.evidenceId, order: earlier.order };
  const sha256 = earlier ? undefined : await sha256Hex(clip.blob);
  const session =
    earlier ??
    (await retrying(async () => {
      const response = await request("/api/uploads", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          kind: "PACKING_VIDEO",
          originalName: clip.fileName,
          declaredSize: size,
          sha256,
          trackingNo: clip.trackingNo,
          stationName: clip.stationName,
          recordedAt: clip.recordedAt.toISOString(),
        }),
      });
      if (!response.ok) await refused(response);
      return ((await response.json()) as { upload: UploadSessionView }).upload;
    }));
  hooks.onSession({ id: session.id, order: session.order });

  const url = `/api/uploads/${session.id}`;
  let offset = earlier?.offset ?? 0;
  let knowOffset = true;
  while (offset < size) {
    offset = await retrying(async () => {
      if (!knowOffset) {
        const head = await request(url, { method: "HEAD", cache: "no-store" });
        if (!head.ok) await refused(head);
        offset = Number(head.headers.get("Upload-Offset"));
        knowOffset = true;
      }
      knowOffset = false;
      const response = await request(url, {
        method: "PUT",
        headers: { "Upload-Offset": String(offset), "Content-Type": "application/octet-stream" },
        body: clip.blob.slice(offset, Math.min(size, offset + CHUNK_BYTES)),
      });
      // 409: another attempt already got further (e.g. the answer to our last chunk was lost).
      if (response.status !== 200 && response.status !== 409) await refused(response);
      knowOffset = true;
      return Number(response.headers.get("Upload-Offset"));
    });
    hooks.onProgress(offset / size);
  }

  const done = await retrying(async () => {
    const response = await request(`${url}/complete`, { method: "POST" });
    if (!response.ok) await refused(response);
    return ((await response.json()) as { upload: { evidenceId: string; order: UploadedClip["order"] } }).upload;
  });
  return { evidenceId: done.evidenceId, order: done.order };
}
