import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import type { DocumentType } from "@/lib/db/generated/enums";
import type { LocalizedText } from "@/lib/legal/legal-rule-schema";
import { documentAvailability, DOCUMENT_LOCALES, type DocumentLocale } from "./document-types";
import { generateDocument } from "./generate-document";
import { loadDocumentCase } from "./load-document-case";

export type DisputeDocument =
  | {
      type: DocumentType;
      available: true;
      title: string;
      body: string;
      /** A draft row exists (saved or regenerated); otherwise the text is freshly generated. */
      saved: boolean;
      edited: boolean;
      includeInExport: boolean;
      updatedAt: Date | null;
      updatedByName: string | null;
    }
  | { type: DocumentType; available: false; reason: LocalizedText; saved: boolean };

/**
 * The dispute page's documents in both languages (one case load for both): every type with
 * either its saved draft or the text the case data generates now, and for types the case
 * does not support, why. A saved draft stays visible even when its type no longer applies,
 * so no edit is hidden.
 */
export async function getDisputeDocuments(ctx: SessionContext, disputeId: string, known: Parameters<typeof loadDocumentCase>[2] = {}): Promise<Record<DocumentLocale, DisputeDocument[]>> {
  const c = await loadDocumentCase(ctx, disputeId, known);
  const drafts = await db.documentDraft.findMany({ where: { organizationId: ctx.organizationId, disputeId } });
  const editors = await db.user.findMany({ where: { id: { in: drafts.map((d) => d.updatedById) } }, select: { id: true, name: true } });
  const availability = documentAvailability(c);
  const forLocale = (locale: DocumentLocale) =>
    availability.map((entry): DisputeDocument => {
      const draft = drafts.find((d) => d.type === entry.type && d.locale === locale);
      if (draft) {
        return {
          type: draft.type,
          available: true,
          title: draft.title,
          body: draft.body,
          saved: true,
          edited: draft.edited,
          includeInExport: draft.includeInExport,
          updatedAt: draft.updatedAt,
          updatedByName: editors.find((u) => u.id === draft.updatedById)?.name ?? null,
        };
      }
      if (!entry.available) return { ...entry, saved: false };
      const generated = generateDocument(c, entry.type, locale);
      return { type: entry.type, available: true, title: generated.title, body: generated.body, saved: false, edited: false, includeInExport: true, updatedAt: null, updatedByName: null };
    });
  return Object.fromEntries(DOCUMENT_LOCALES.map((locale) => [locale, forLocale(locale)])) as Record<DocumentLocale, DisputeDocument[]>;
}
