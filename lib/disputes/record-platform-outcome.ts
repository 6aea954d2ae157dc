import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { AppError, notFound } from "@/lib/errors";
import { recordPlatformOutcomeSchema, type RecordPlatformOutcomeInput } from "./dispute-schemas";

/**
 * Records how the platform handled the refund: the amount it paid the buyer and whether it
 * approved without reasonable review. The legal assessment counts the paid amount instead of
 * the claim and, when the platform skipped its review and the merchant lost money, offers the
 * platform-liability claim. A refund larger than the order is refused as a field error. The
 * change and its audit event (old and new values) commit together.
 */
export async function recordPlatformOutcome(ctx: SessionContext, disputeId: string, input: RecordPlatformOutcomeInput) {
  assertPermission(ctx, { dispute: ["update"] });
  const data = recordPlatformOutcomeSchema.parse(input);
  return runAudited(async (tx) => {
    const dispute = await tx.dispute.findFirst({
      where: { id: disputeId, organizationId: ctx.organizationId },
      select: { id: true, refundPaidFen: true, platformSkippedReview: true, platformOutcomeNote: true, order: { select: { amountFen: true } } },
    });
    if (!dispute) throw notFound();
    if (data.refundPaid !== null && data.refundPaid > dispute.order.amountFen) {
      throw new AppError("VALIDATION", "validation", {}, { refundPaid: ["refundExceedsOrder"] });
    }
    const next = { refundPaidFen: data.refundPaid, platformSkippedReview: data.platformSkippedReview, platformOutcomeNote: data.note };
    const updated = await tx.dispute.update({ where: { id: dispute.id }, data: next, select: { id: true, refundPaidFen: true, platformSkippedReview: true, platformOutcomeNote: true } });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "dispute.platform_outcome",
      entityType: "dispute",
      entityId: dispute.id,
      data: {
        from: { refundPaidFen: dispute.refundPaidFen, platformSkippedReview: dispute.platformSkippedReview, note: dispute.platformOutcomeNote },
        to: { refundPaidFen: next.refundPaidFen, platformSkippedReview: next.platformSkippedReview, note: next.platformOutcomeNote },
      },
    });
    return updated;
  });
}
