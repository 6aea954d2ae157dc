import { appendAuditEvent, type AuditEventInput } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { auth } from "@/lib/auth/auth";
import { notFound, unauthenticated } from "@/lib/errors";
import { callAuth } from "./auth-errors";
import { invitationIdSchema, type InvitationIdInput } from "./member-schemas";
import { requireOpenInvitation, type OpenInvitation } from "./open-invitation";

/**
 * Joins through better-auth, which also makes the merchant the session's active one.
 * `headers` must carry the invitee's session.
 */
export async function joinWithInvitation(invitation: OpenInvitation, userId: string, headers: Headers): Promise<AuditEventInput> {
  const { member } = await callAuth(() => auth.api.acceptInvitation({ body: { invitationId: invitation.id }, headers }));
  return {
    organizationId: invitation.organizationId,
    actorUserId: userId,
    action: "member.join",
    entityType: "member",
    entityId: member.id,
    data: { invitationId: invitation.id, role: invitation.role },
  };
}

/** The signed-in user accepts an invitation addressed to their email. */
export async function acceptInvitation(input: InvitationIdInput, headers: Headers) {
  const { invitationId } = invitationIdSchema.parse(input);
  const session = await auth.api.getSession({ headers });
  if (!session) throw unauthenticated();
  const invitation = await requireOpenInvitation(invitationId);
  // Someone else's invitation is treated as unknown, so it cannot be accepted on its recipient's behalf.
  if (invitation.email !== session.user.email.toLowerCase()) throw notFound();
  const event = await joinWithInvitation(invitation, session.user.id, headers);
  await runAudited((tx) => appendAuditEvent(tx, event));
  return { organizationId: invitation.organizationId, memberId: event.entityId };
}
