import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import type yauzl from "yauzl";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors";
import { contentDisposition } from "@/lib/evidence/build-file-headers";
import { PDF_PATH } from "./build-bundle-contents";
import { exportZipPath } from "./export-paths";
import { openEntryStream, openZip, zipEntries } from "./read-zip";

export interface ExportReply {
  headers: Headers;
  body: ReadableStream<Uint8Array>;
}

async function findExport(ctx: Pick<SessionContext, "organizationId">, exportId: string) {
  const row = await db.caseExport.findFirst({ where: { id: exportId, organizationId: ctx.organizationId } });
  if (!row) throw notFound();
  return row;
}

/** The ZIP bundle of one export of the caller's merchant, streamed from disk. */
export async function openCaseExportZip(ctx: Pick<SessionContext, "organizationId">, exportId: string): Promise<ExportReply> {
  const row = await findExport(ctx, exportId);
  // Opened before answering so a missing file is an error, not a truncated 200.
  const handle = await open(exportZipPath(row.id), "r");
  const headers = new Headers({
    "Content-Type": "application/zip",
    "Content-Length": String(row.sizeBytes),
    "Content-Disposition": contentDisposition("attachment", row.fileName),
    "X-Content-Type-Options": "nosniff",
    ETag: `"${row.sha256}"`,
    "X-Content-SHA256": row.sha256,
    "Cache-Control": "private, max-age=31536000, immutable",
  });
  return { headers, body: Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array> };
}

/**
 * The export's PDF, read out of its ZIP (the bundle is the one stored artefact, so the PDF a
 * user views is byte for byte the one the manifest lists).
 */
export async function openCaseExportPdf(ctx: Pick<SessionContext, "organizationId">, exportId: string): Promise<ExportReply> {
  const row = await findExport(ctx, exportId);
  const zip = await openZip(exportZipPath(row.id));
  let found: yauzl.Entry | null = null;
  for await (const entry of zipEntries(zip)) {
    if (entry.fileName === PDF_PATH) {
      found = entry;
      break;
    }
  }
  if (!found) {
    zip.close();
    throw notFound();
  }
  const stream = await openEntryStream(zip, found);
  stream.on("close", () => zip.close());
  const headers = new Headers({
    "Content-Type": "application/pdf",
    "Content-Length": String(found.uncompressedSize),
    "Content-Disposition": contentDisposition("inline", row.fileName.replace(/\.zip$/, ".pdf")),
    "X-Content-Type-Options": "nosniff",
    ETag: `"${row.pdfSha256}"`,
    "Cache-Control": "private, max-age=31536000, immutable",
  });
  return { headers, body: Readable.toWeb(stream) as ReadableStream<Uint8Array> };
}
