import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { AppError, notFound } from "@/lib/errors";
import { listReviewers } from "./list-reviewers";

export const assignReviewerSchema = z.object({
  /** The member to assign; empty = nobody. */
  reviewerId: z
    .string()
    .trim()
    .max(100)
    .transform((value) => value || null),
});
export type AssignReviewerInput = z.input<typeof assignReviewerSchema>;

/**
 * Asks one member of the merchant to review a case's findings (owners and admins do this).
 * Only a member whose role may decide on findings can be assigned; anyone else, including a
 * user of another merchant, is a field error. The change and its audit event commit together.
 */
export async function assignReviewer(ctx: SessionContext, disputeId: string, input: AssignReviewerInput | Record<string, string>) {
  assertPermission(ctx, { review: ["assign"] });
  const { reviewerId } = assignReviewerSchema.parse(input);
  if (reviewerId && !(await listReviewers(ctx)).some((member) => member.userId === reviewerId)) {
    throw new AppError("VALIDATION", "validation", {}, { reviewerId: ["reviewerNotEligible"] });
  }
  return runAudited(async (tx) => {
    const dispute = await tx.dispute.findFirst({ where: { id: disputeId, organizationId: ctx.organizationId }, select: { id: true, reviewerId: true } });
    if (!dispute) throw notFound();
    if (dispute.reviewerId === reviewerId) return dispute;
    const updated = await tx.dispute.update({ where: { id: dispute.id }, data: { reviewerId }, select: { id: true, reviewerId: true } });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "dispute.assign_reviewer",
      entityType: "dispute",
      entityId: dispute.id,
      data: { from: dispute.reviewerId, to: reviewerId },
    });
    return updated;
  });
}
