import { randomUUID } from "node:crypto";
import { appendAuditEvent, type AuditEventInput } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { auth } from "@/lib/auth/auth";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound, unauthenticated } from "@/lib/errors";
import { invitationIdSchema, type InvitationIdInput } from "./member-schemas";
import { invitationProblem, invitationProblemError, requireOpenInvitation, type OpenInvitation } from "./open-invitation";

/**
 * Makes the user a member through the invitation and the merchant their session's active
 * one, in one transaction with the `member.join` audit event (and any `before` events, e.g.
 * the sign-up of a new account). Written here rather than through better-auth's accept
 * endpoint, which commits before the audit event could be written. The invitation is taken
 * only if it is still pending and unexpired at that moment, so two tabs cannot both use it.
 */
export async function joinWithInvitation(
  invitation: OpenInvitation,
  userId: string,
  session: Prisma.SessionWhereUniqueInput,
  before: AuditEventInput[] = [],
): Promise<{ memberId: string }> {
  return runAudited(async (tx) => {
    for (const event of before) await appendAuditEvent(tx, event);
    const taken = await tx.invitation.updateMany({
      where: { id: invitation.id, status: "pending", expiresAt: { gt: new Date() } },
      data: { status: "accepted" },
    });
    if (taken.count === 0) {
      const current = await tx.invitation.findUnique({ where: { id: invitation.id }, select: { status: true, expiresAt: true } });
      throw invitationProblemError((current && invitationProblem(current)) ?? "invalid");
    }
    if (await tx.member.findFirst({ where: { organizationId: invitation.organizationId, userId }, select: { id: true } })) {
      throw new AppError("CONFLICT", "alreadyMember");
    }
    const member = await tx.member.create({ data: { id: randomUUID(), organizationId: invitation.organizationId, userId, role: invitation.role } });
    await tx.session.update({ where: session, data: { activeOrganizationId: invitation.organizationId } });
    await appendAuditEvent(tx, {
      organizationId: invitation.organizationId,
      actorUserId: userId,
      action: "member.join",
      entityType: "member",
      entityId: member.id,
      data: { invitationId: invitation.id, role: invitation.role },
    });
    return { memberId: member.id };
  });
}

/** The signed-in user accepts an invitation addressed to their email. */
export async function acceptInvitation(input: InvitationIdInput, headers: Headers) {
  const { invitationId } = invitationIdSchema.parse(input);
  const session = await auth.api.getSession({ headers });
  if (!session) throw unauthenticated();
  const invitation = await requireOpenInvitation(invitationId);
  // Someone else's invitation is treated as unknown, so it cannot be accepted on its recipient's behalf.
  if (invitation.email !== session.user.email.toLowerCase()) throw notFound();
  const { memberId } = await joinWithInvitation(invitation, session.user.id, { id: session.session.id });
  return { organizationId: invitation.organizationId, memberId };
}
