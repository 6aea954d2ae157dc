import { z } from "zod";
import { DocumentType } from "@/lib/db/generated/enums";
import { DOCUMENT_LOCALES } from "./document-types";

/** 200 KB of text: far above any letter, low enough to keep the row and the PDF sane. */
export const MAX_DOCUMENT_BODY = 200_000;

export const documentKeySchema = z.object({
  type: z.enum(DocumentType),
  locale: z.enum(DOCUMENT_LOCALES),
});

export const saveDocumentDraftSchema = documentKeySchema.extend({
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(MAX_DOCUMENT_BODY),
  /** A checkbox posts "on" when ticked and nothing when not. */
  includeInExport: z
    .union([z.boolean(), z.literal("on")])
    .optional()
    .transform((value) => value === true || value === "on"),
});
export type SaveDocumentDraftInput = z.input<typeof saveDocumentDraftSchema>;
