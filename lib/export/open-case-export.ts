import { Readable } from "node:stream";
import type yauzl from "yauzl";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors";
import { contentDisposition } from "@/lib/evidence/build-file-headers";
import { streamFile } from "@/lib/evidence/stream-file";
import { deferStream } from "@/lib/utils/defer-stream";
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
  // Checked before answering so a missing file is an error, not a truncated 200.
  const { body } = await streamFile(exportZipPath(row.id));
  const headers = new Headers({
    "Content-Type": "application/zip",
    "Content-Length": String(row.sizeBytes),
    "Content-Disposition": contentDisposition("attachment", row.fileName),
    "X-Content-Type-Options": "nosniff",
    ETag: `"${row.sha256}"`,
    "X-Content-SHA256": row.sha256,
    "Cache-Control": "private, max-age=31536000, immutable",
  });
  return { headers, body };
}

/**
 * The export's PDF, read out of its ZIP (the bundle is the one stored artefact, so the PDF a
 * user views is byte for byte the one the manifest lists).
 */
export async function openCaseExportPdf(ctx: Pick<SessionContext, "organizationId">, exportId: string): Promise<ExportReply> {
  const row = await findExport(ctx, exportId);
  const file = exportZipPath(row.id);
  // Read the central directory now (size for the header, a missing PDF is a 404); the entry
  // itself is opened again when the body is first read.
  const zip = await openZip(file);
  const found = await findPdfEntry(zip).finally(() => zip.close());
  if (!found) throw notFound();
  const body = deferStream(async () => {
    const reading = await openZip(file);
    const entry = await findPdfEntry(reading);
    if (!entry) {
      reading.close();
      throw notFound();
    }
    const stream = await openEntryStream(reading, entry);
    stream.on("close", () => reading.close());
    return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  });
  const headers = new Headers({
    "Content-Type": "application/pdf",
    "Content-Length": String(found.uncompressedSize),
    "Content-Disposition": contentDisposition("inline", row.fileName.replace(/\.zip$/, ".pdf")),
    "X-Content-Type-Options": "nosniff",
    ETag: `"${row.pdfSha256}"`,
    "Cache-Control": "private, max-age=31536000, immutable",
  });
  return { headers, body };
}

async function findPdfEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  for await (const entry of zipEntries(zip)) if (entry.fileName === PDF_PATH) return entry;
  return null;
}
