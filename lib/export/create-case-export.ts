import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { DocumentType } from "@/lib/db/generated/enums";
import { listDocumentsForExport } from "@/lib/documents/list-documents-for-export";
import { AppError } from "@/lib/errors";
import { tempDir } from "@/lib/evidence/resolve-store-paths";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { getDisputeLegalAssessment } from "@/lib/legal/get-dispute-legal-assessment";
import { LegalRulesError } from "@/lib/legal/legal-rules-error";
import { assertReviewComplete } from "@/lib/review/get-review-progress";
import { toDateInputValue } from "@/lib/utils/format-date";
import { buildBundleContents } from "./build-bundle-contents";
import { caseFileFormat } from "./case-file-format";
import { exportZipPath } from "./export-paths";
import { loadCaseFileData } from "./load-case-file-data";
import { printCaseFilePdf } from "./print-case-file-pdf";
import { toCaseExportView, type CaseExportView } from "./to-case-export-view";
import { writeZipAtomically } from "./write-zip-atomically";

export const createCaseExportSchema = z.object({
  locale: z.enum(locales).default(defaultLocale),
  /** Which documents to include; omitted = every document marked for export. */
  documentTypes: z.array(z.enum(DocumentType)).max(Object.keys(DocumentType).length).optional(),
});
export type CreateCaseExportInput = z.input<typeof createCaseExportSchema>;

/**
 * Builds the case file of one dispute: the PDF (printed by Chromium) and the ZIP bundle
 * with the original evidence, timestamp tokens, manifest, checksums and README, written
 * atomically to DATA_DIR/exports/<id>.zip. The CaseExport row and its audit event (with the
 * bundle's and the PDF's SHA-256) commit together; if anything fails, neither the row nor
 * the file remains. Refused (409) while photos are being analysed or findings await review.
 */
export async function createCaseExport(ctx: SessionContext, disputeId: string, rawInput: unknown, now: Date = new Date()): Promise<CaseExportView> {
  assertPermission(ctx, { export: ["create"] });
  const input = createCaseExportSchema.parse(rawInput);
  await assertReviewComplete(ctx, disputeId, "export");
  const data = await loadCaseFileData(ctx, disputeId);
  const assessment = await getDisputeLegalAssessment(ctx, disputeId, now).catch((error: unknown) => {
    // The case file still goes out with a visible "legal analysis unavailable" chapter
    // when the rules data or the merchant's thresholds cannot be assessed.
    if (error instanceof LegalRulesError || (error instanceof AppError && error.code === "CONFLICT")) return null;
    throw error;
  });
  const allDocuments = await listDocumentsForExport(ctx, disputeId, input.locale, { assessment: assessment ?? undefined });
  const documents = input.documentTypes ? allDocuments.filter((doc) => input.documentTypes!.includes(doc.type)) : allDocuments;

  const exportId = randomUUID();
  const format = caseFileFormat(input.locale);
  const caseFile = { data, assessment, documents, exportId, createdAt: now, preparedBy: ctx.userName };
  await mkdir(tempDir(), { recursive: true });
  const pdfPath = path.join(tempDir(), `${exportId}.pdf`);
  const zipPath = exportZipPath(exportId);
  let zipWritten = false;
  try {
    const { pageCount } = await printCaseFilePdf({
      caseFile,
      format,
      header: format.t("pdf.header", { orderNo: data.dispute.order.orderNo, exportId }),
      target: pdfPath,
    });
    const pdf = { file: pdfPath, sha256: await hashFile(pdfPath), sizeBytes: (await stat(pdfPath)).size, pages: pageCount };
    const { entries } = buildBundleContents({ data, exportId, createdAt: now, locale: input.locale, pdf });
    const zip = await writeZipAtomically(zipPath, entries, now);
    zipWritten = true;

    const fileName = `${format.t("pdf.cover.title")}-${data.dispute.order.orderNo}-${toDateInputValue(now)}.zip`;
    const row = await runAudited(async (tx) => {
      const created = await tx.caseExport.create({
        data: {
          id: exportId,
          organizationId: ctx.organizationId,
          disputeId,
          createdById: ctx.userId,
          locale: input.locale,
          fileName,
          sha256: zip.sha256,
          sizeBytes: BigInt(zip.sizeBytes),
          pdfSha256: pdf.sha256,
          pdfPages: pdf.pages,
          contentsJson: JSON.stringify({
            documentTypes: documents.map((doc) => doc.type),
            evidenceIds: data.evidence.map((item) => item.id),
            findingIds: data.findings.map((finding) => finding.id),
          }),
          createdAt: now,
        },
      });
      await appendAuditEvent(tx, {
        organizationId: ctx.organizationId,
        actorUserId: ctx.userId,
        action: "export.create",
        entityType: "caseExport",
        entityId: exportId,
        data: { disputeId, sha256: zip.sha256, sizeBytes: zip.sizeBytes, pdfSha256: pdf.sha256, pdfPages: pdf.pages, locale: input.locale },
      });
      return created;
    });
    return toCaseExportView({ ...row, createdBy: { name: ctx.userName } });
  } catch (error) {
    if (zipWritten) await rm(zipPath, { force: true });
    throw error;
  } finally {
    await rm(pdfPath, { force: true });
  }
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}
