import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { AppError } from "@/lib/errors";
import { saveDocumentDraftSchema, type SaveDocumentDraftInput } from "./document-draft-schema";
import { documentAvailability } from "./document-types";
import { generateDocument } from "./generate-document";
import { hashText } from "./hash-text";
import { loadDocumentCase } from "./load-document-case";

/**
 * Saves the merchant's version of one document. `edited` says whether the text differs
 * from what the case data generates today, so a reader knows a person wrote parts of it.
 * The audit event carries the new body's SHA-256 and the previous one, which makes every
 * version provable without copying letters into the log.
 */
export async function saveDocumentDraft(ctx: SessionContext, disputeId: string, raw: SaveDocumentDraftInput | Record<string, string>) {
  assertPermission(ctx, { dispute: ["update"] });
  const input = saveDocumentDraftSchema.parse(raw);
  const c = await loadDocumentCase(ctx, disputeId);
  const availability = documentAvailability(c).find((a) => a.type === input.type)!;
  if (!availability.available) throw new AppError("CONFLICT", "documentNotAvailable", { reason: input.locale === "en" ? availability.reason.en : availability.reason.zh });
  const generated = generateDocument(c, input.type, input.locale);
  const edited = input.body !== generated.body || input.title !== generated.title;

  return runAudited(async (tx) => {
    const key = { disputeId_type_locale: { disputeId, type: input.type, locale: input.locale } };
    const previous = await tx.documentDraft.findUnique({ where: key, select: { body: true } });
    const data = { title: input.title, body: input.body, edited, includeInExport: input.includeInExport, updatedById: ctx.userId };
    const draft = await tx.documentDraft.upsert({
      where: key,
      create: { ...data, organizationId: ctx.organizationId, disputeId, type: input.type, locale: input.locale },
      update: data,
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "document.save",
      entityType: "dispute",
      entityId: disputeId,
      data: {
        documentId: draft.id,
        type: input.type,
        locale: input.locale,
        edited,
        includeInExport: input.includeInExport,
        bodySha256: hashText(input.body),
        previousBodySha256: previous ? hashText(previous.body) : null,
      },
    });
    return draft;
  });
}
