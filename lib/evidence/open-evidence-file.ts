import type { SessionContext } from "@/lib/auth/session-context";
import { buildFileHeaders, contentDisposition } from "./build-file-headers";
import { findEvidence } from "./find-evidence";
import { parseByteRange } from "./parse-byte-range";
import { blobPath } from "./resolve-store-paths";
import { streamFile } from "./stream-file";

export interface FileReply {
  status: 200 | 206 | 416;
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
}

/**
 * An evidence file (tenant-scoped) as a streamed HTTP reply with range support, so
 * browsers can seek in videos without the server reading the whole file.
 */
export async function openEvidenceFile(
  ctx: Pick<SessionContext, "organizationId">,
  evidenceId: string,
  request: { range: string | null; ifRange: string | null; download: boolean },
): Promise<FileReply> {
  const evidence = await findEvidence(ctx, evidenceId);
  const size = Number(evidence.sizeBytes);
  const etag = `"${evidence.sha256}"`;
  // If-Range with another validator means the client's partial copy is stale: send it all.
  const range = request.ifRange && request.ifRange !== etag ? null : parseByteRange(request.range, size);
  const disposition = contentDisposition(request.download ? "attachment" : "inline", evidence.originalName);

  if (range === "unsatisfiable") {
    const headers = buildFileHeaders({ mimeType: evidence.mimeType, sha256: evidence.sha256, length: 0 });
    headers.set("Content-Range", `bytes */${size}`);
    headers.set("Accept-Ranges", "bytes");
    return { status: 416, headers, body: null };
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  // Checked before answering so a missing blob is an error, not a truncated 200.
  const { body } = await streamFile(blobPath(evidence.sha256), { start, end });
  const headers = buildFileHeaders({ mimeType: evidence.mimeType, sha256: evidence.sha256, length: end - start + 1 });
  headers.set("Accept-Ranges", "bytes");
  headers.set("Content-Disposition", disposition);
  if (range) headers.set("Content-Range", `bytes ${start}-${end}/${size}`);
  return { status: range ? 206 : 200, headers, body };
}
