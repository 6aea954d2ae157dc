import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import { auth } from "@/lib/auth/auth";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors";
import { callAuth } from "./auth-errors";
import { invitationIdSchema, type InvitationIdInput } from "./member-schemas";

/** Withdraws a pending invitation so its link stops working (also the way to re-invite an address). */
export async function cancelInvitation(ctx: SessionContext, input: InvitationIdInput, headers: Headers) {
  assertPermission(ctx, { invitation: ["cancel"] });
  const { invitationId } = invitationIdSchema.parse(input);
  const invitation = await db.invitation.findFirst({ where: { id: invitationId, organizationId: ctx.organizationId, status: "pending" } });
  if (!invitation) throw notFound();
  await callAuth(() => auth.api.cancelInvitation({ body: { invitationId }, headers }));
  await runAudited((tx) =>
    appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "member.invite_cancel",
      entityType: "invitation",
      entityId: invitationId,
      data: { email: invitation.email, role: invitation.role },
    }),
  );
}
