/** An inclusive byte range, as in Content-Range. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Interprets a Range header (RFC 9110 §14) for a file of `size` bytes. Only a single
 * range is honoured: a header we do not serve (several ranges, other units, malformed)
 * is ignored and the whole file is sent, which the RFC allows. Returns null for "send
 * everything" and "unsatisfiable" for a 416.
 */
export function parseByteRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (!match[1] && !match[2])) return null;
  const [, first, last] = match;
  if (!first) {
    const suffix = Number(last);
    return suffix === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last ? Math.min(Number(last), size - 1) : size - 1;
  if (last && Number(last) < start) return null;
  return start >= size ? "unsatisfiable" : { start, end };
}
