import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import type { DocumentType } from "@/lib/db/generated/enums";
import { documentAvailability, DOCUMENT_TYPES, type DocumentLocale } from "./document-types";
import { generateDocument } from "./generate-document";
import { loadDocumentCase } from "./load-document-case";

export type ExportDocument = { type: DocumentType; title: string; body: string; edited: boolean };

/**
 * The documents a case file carries, in one language, in the standard order: a saved draft
 * (edited or not) when it is marked for export, and for a type that applies but was never
 * saved, the freshly generated text. A saved draft unticked for export is left out, and so
 * is any type the case does not support. Another merchant's dispute is NOT_FOUND.
 */
export async function listDocumentsForExport(
  ctx: SessionContext,
  disputeId: string,
  locale: DocumentLocale,
  known: Parameters<typeof loadDocumentCase>[2] = {},
): Promise<ExportDocument[]> {
  const c = await loadDocumentCase(ctx, disputeId, known);
  const drafts = await db.documentDraft.findMany({
    where: { organizationId: ctx.organizationId, disputeId, locale },
    select: { type: true, title: true, body: true, edited: true, includeInExport: true },
  });
  const available = new Set(documentAvailability(c).filter((a) => a.available).map((a) => a.type));
  const documents: ExportDocument[] = [];
  for (const type of DOCUMENT_TYPES) {
    const draft = drafts.find((d) => d.type === type);
    if (draft) {
      if (draft.includeInExport) documents.push({ type, title: draft.title, body: draft.body, edited: draft.edited });
    } else if (available.has(type)) {
      const generated = generateDocument(c, type, locale);
      documents.push({ type, title: generated.title, body: generated.body, edited: false });
    }
  }
  return documents;
}
