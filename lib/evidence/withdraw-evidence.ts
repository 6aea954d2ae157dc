import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { AppError, notFound } from "@/lib/errors";
import { withdrawEvidenceSchema, type WithdrawEvidenceInput } from "./evidence-schemas";
import { toEvidenceViews, type EvidenceView } from "./to-evidence-views";

/**
 * Marks evidence as withdrawn with the reason; the only change evidence ever receives.
 * The file and the row stay, so the case history shows what was withdrawn and why.
 */
export async function withdrawEvidence(ctx: SessionContext, evidenceId: string, input: WithdrawEvidenceInput): Promise<EvidenceView> {
  assertPermission(ctx, { evidence: ["withdraw"] });
  const { reason } = withdrawEvidenceSchema.parse(input);
  const withdrawn = await runAudited(async (tx) => {
    const evidence = await tx.evidence.findFirst({ where: { id: evidenceId, organizationId: ctx.organizationId } });
    if (!evidence) throw notFound();
    if (evidence.withdrawnAt) throw new AppError("CONFLICT", "evidence.alreadyWithdrawn");
    const updated = await tx.evidence.update({
      where: { id: evidence.id },
      data: { withdrawnAt: new Date(), withdrawnById: ctx.userId, withdrawalReason: reason },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "evidence.withdraw",
      entityType: "evidence",
      entityId: evidence.id,
      data: { disputeId: evidence.disputeId, sha256: evidence.sha256, reason },
    });
    return updated;
  });
  const [view] = await toEvidenceViews([withdrawn]);
  return view;
}
