import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { notFound } from "@/lib/errors";
import { reviewFindingSchema, type ReviewFindingInput } from "./review-schemas";

/**
 * Records a reviewer's confirmation or rejection of one finding, with the note, in the
 * same transaction as its audit event. A later decision replaces an earlier one; the
 * audit log keeps both. `input` may be raw form values: it is parsed here.
 */
export async function reviewFinding(ctx: SessionContext, findingId: string, input: ReviewFindingInput | Record<string, string>) {
  assertPermission(ctx, { review: ["decide"] });
  const { decision, note } = reviewFindingSchema.parse(input);
  return runAudited(async (tx) => {
    const finding = await tx.finding.findFirst({ where: { id: findingId, organizationId: ctx.organizationId }, select: { id: true, review: true, disputeId: true, type: true } });
    if (!finding) throw notFound();
    const updated = await tx.finding.update({
      where: { id: finding.id },
      data: { review: decision, reviewNote: note ?? null, reviewedById: ctx.userId, reviewedAt: new Date() },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "finding.review",
      entityType: "finding",
      entityId: finding.id,
      data: { disputeId: finding.disputeId, type: finding.type, from: finding.review, to: decision, note: note ?? null },
    });
    return updated;
  });
}
