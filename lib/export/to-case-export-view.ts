import type { CaseExport } from "@/lib/db/generated/client";

/** A case export as the API and the dispute page show it: JSON-safe, with the exporter's name. */
export interface CaseExportView {
  id: string;
  disputeId: string;
  locale: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  pdfSha256: string;
  pdfPages: number;
  createdAt: string;
  createdBy: { id: string; name: string | null };
  downloadUrl: string;
  pdfUrl: string;
}

export function toCaseExportView(row: CaseExport & { createdBy: { name: string | null } }): CaseExportView {
  return {
    id: row.id,
    disputeId: row.disputeId,
    locale: row.locale,
    fileName: row.fileName,
    sha256: row.sha256,
    sizeBytes: Number(row.sizeBytes),
    pdfSha256: row.pdfSha256,
    pdfPages: row.pdfPages,
    createdAt: row.createdAt.toISOString(),
    createdBy: { id: row.createdById, name: row.createdBy.name },
    downloadUrl: `/api/exports/${row.id}/download`,
    pdfUrl: `/api/exports/${row.id}/pdf`,
  };
}

/** The same export with its file links on the versioned API, for callers with an API key (the links above need a signed-in browser). */
export function withApiV1Links(view: CaseExportView): CaseExportView {
  return { ...view, downloadUrl: `/api/v1/exports/${view.id}/download`, pdfUrl: `/api/v1/exports/${view.id}/pdf` };
}
