import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { notFound } from "@/lib/errors";
import { invitationIdSchema, type InvitationIdInput } from "./member-schemas";

/**
 * Withdraws a pending invitation so its link stops working (also the way to re-invite an
 * address). The status change ("canceled", better-auth's word; open-invitation.ts treats any
 * status but pending or accepted as no longer valid) and the audit event commit together.
 */
export async function cancelInvitation(ctx: SessionContext, input: InvitationIdInput) {
  assertPermission(ctx, { invitation: ["cancel"] });
  const { invitationId } = invitationIdSchema.parse(input);
  await runAudited(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, organizationId: ctx.organizationId, status: "pending" } });
    if (!invitation) throw notFound();
    await tx.invitation.update({ where: { id: invitation.id }, data: { status: "canceled" } });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "member.invite_cancel",
      entityType: "invitation",
      entityId: invitationId,
      data: { email: invitation.email, role: invitation.role },
    });
  });
}
