import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors";
import { assertReviewComplete } from "@/lib/review/get-review-progress";
import { changeDisputeStatusSchema, type ChangeDisputeStatusInput } from "./dispute-schemas";
import { assertTransition, DECIDED_STATUSES, RECOVERY_STATUSES } from "./dispute-status-flow";

/**
 * Moves a dispute along the status flow (dispute-status-flow.ts) and records the step on
 * its timeline and in the audit log. Entering WON without an amount counts the full
 * claim as recovered; PARTIAL keeps the amount on file unless one is given. READY also
 * needs every finding reviewed.
 */
export async function changeDisputeStatus(ctx: SessionContext, disputeId: string, input: ChangeDisputeStatusInput) {
  assertPermission(ctx, { dispute: ["changeStatus"] });
  const data = changeDisputeStatusSchema.parse(input);
  if (data.toStatus === "READY") {
    // Nothing is marked READY while a finding still awaits a person's decision (SPEC §3.7); a
    // refused step or role is reported first, as it would be without findings.
    const current = await db.dispute.findFirst({ where: { id: disputeId, organizationId: ctx.organizationId }, select: { status: true } });
    if (!current) throw notFound();
    assertTransition(ctx, current.status, "READY");
    await assertReviewComplete(ctx, disputeId, "ready");
  }
  return runAudited(async (tx) => {
    const dispute = await tx.dispute.findFirst({ where: { id: disputeId, organizationId: ctx.organizationId } });
    if (!dispute) throw notFound();
    const from = dispute.status;
    const to = data.toStatus;
    assertTransition(ctx, from, to);

    const recovers = RECOVERY_STATUSES.includes(to);
    if (data.recoveredAmount !== undefined && !recovers) {
      throw new AppError("VALIDATION", "validation", {}, { recoveredAmount: ["recoveryNotApplicable"] });
    }
    const amountRecoveredFen = recovers
      ? (data.recoveredAmount ?? (to === "WON" ? dispute.amountClaimedFen : dispute.amountRecoveredFen))
      : dispute.amountRecoveredFen;

    const updated = await tx.dispute.update({
      where: { id: dispute.id },
      data: {
        status: to,
        amountRecoveredFen,
        // The note on an outcome is the outcome's explanation shown with the case.
        ...((DECIDED_STATUSES.includes(to) || to === "CLOSED") && data.note ? { outcomeNote: data.note } : {}),
      },
    });
    await tx.disputeStatusChange.create({
      data: { disputeId: dispute.id, fromStatus: from, toStatus: to, note: data.note, actorUserId: ctx.userId },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "dispute.status_change",
      entityType: "dispute",
      entityId: dispute.id,
      data: {
        from,
        to,
        note: data.note,
        ...(amountRecoveredFen !== dispute.amountRecoveredFen && { amountRecoveredFen }),
      },
    });
    return updated;
  });
}
