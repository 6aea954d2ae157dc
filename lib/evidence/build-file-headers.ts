/**
 * Stored files are untrusted input: never sniffed into another type, never allowed to run
 * script or load anything even when opened directly, never embedded by other sites.
 */
const UNTRUSTED_CONTENT_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'",
  "Cross-Origin-Resource-Policy": "same-origin",
} as const;

/** RFC 6266 with an RFC 5987 `filename*` so Chinese names survive, plus an ASCII fallback for old clients. */
export function contentDisposition(type: "inline" | "attachment", fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Headers for serving stored bytes; the content hash is the ETag because the bytes behind a hash never change. */
export function buildFileHeaders(file: { mimeType: string; sha256: string; length: number }): Headers {
  return new Headers({
    ...UNTRUSTED_CONTENT_HEADERS,
    "Content-Type": file.mimeType,
    "Content-Length": String(file.length),
    ETag: `"${file.sha256}"`,
    "Cache-Control": "private, max-age=31536000, immutable",
  });
}
