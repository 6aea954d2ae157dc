import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { documentKeySchema } from "./document-draft-schema";
import type { z } from "zod";
import { generateDocument } from "./generate-document";
import { hashText } from "./hash-text";
import { loadDocumentCase } from "./load-document-case";

/**
 * Replaces a document with the text generated from today's case data (e.g. after new
 * evidence or a confirmed finding). The replaced version stays provable: the audit event
 * records its hash next to the new one. The export choice of an existing draft is kept.
 */
export async function regenerateDocumentDraft(ctx: SessionContext, disputeId: string, raw: z.input<typeof documentKeySchema> | Record<string, string>) {
  assertPermission(ctx, { dispute: ["update"] });
  const { type, locale } = documentKeySchema.parse(raw);
  const generated = generateDocument(await loadDocumentCase(ctx, disputeId), type, locale);

  return runAudited(async (tx) => {
    const key = { disputeId_type_locale: { disputeId, type, locale } };
    const previous = await tx.documentDraft.findUnique({ where: key, select: { body: true } });
    const data = { title: generated.title, body: generated.body, edited: false, updatedById: ctx.userId };
    const draft = await tx.documentDraft.upsert({
      where: key,
      create: { ...data, organizationId: ctx.organizationId, disputeId, type, locale },
      update: data,
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "document.regenerate",
      entityType: "dispute",
      entityId: disputeId,
      data: { documentId: draft.id, type, locale, bodySha256: hashText(generated.body), previousBodySha256: previous ? hashText(previous.body) : null },
    });
    return draft;
  });
}
