import { randomBytes } from "node:crypto";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import { INVITATION_LIFETIME_SECONDS } from "@/lib/auth/auth";
import type { SessionContext } from "@/lib/auth/session-context";
import { AppError } from "@/lib/errors";
import { inviteMemberSchema, type InviteMemberInput } from "./member-schemas";

/**
 * Creates a pending invitation. No email is sent: the settings page shows the link to pass
 * on. Written here, in one transaction with its audit event, rather than through
 * better-auth's endpoint, which commits first; the row is the one better-auth's organization
 * plugin reads (status "pending", its lifetime, the inviter). The id is the link's only
 * credential, so it is 192 random bits.
 */
export async function inviteMember(ctx: SessionContext, input: InviteMemberInput, now: Date = new Date()) {
  assertPermission(ctx, { invitation: ["create"] });
  const data = inviteMemberSchema.parse(input);
  const conflict = (key: "alreadyMember" | "alreadyInvited") => new AppError("CONFLICT", key, {}, { email: [key] });
  return runAudited(async (tx) => {
    if (await tx.member.findFirst({ where: { organizationId: ctx.organizationId, user: { email: data.email } }, select: { id: true } })) throw conflict("alreadyMember");
    if (await tx.invitation.findFirst({ where: { organizationId: ctx.organizationId, email: data.email, status: "pending" }, select: { id: true } })) throw conflict("alreadyInvited");
    const invitation = await tx.invitation.create({
      data: {
        id: randomBytes(24).toString("base64url"),
        organizationId: ctx.organizationId,
        email: data.email,
        role: data.role,
        status: "pending",
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_SECONDS * 1000),
        inviterId: ctx.userId,
      },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "member.invite",
      entityType: "invitation",
      entityId: invitation.id,
      data: { email: data.email, role: data.role },
    });
    return invitation;
  });
}
