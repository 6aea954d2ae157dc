import { applySetCookies } from "better-auth/cookies";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { joinWithInvitation } from "./accept-invitation";
import { authErrorCode } from "./auth-errors";
import { signUpInviteeSchema, type SignUpInviteeInput } from "./member-schemas";
import { requireOpenInvitation } from "./open-invitation";

/**
 * Creates the invitee's account with the invited email, signs it in (nextCookies sets the
 * cookie inside a server action) and joins the merchant. If joining fails the account is
 * deleted and the invitation reopened, so nothing half-done remains.
 */
export async function signUpInvitee(input: SignUpInviteeInput, headers: Headers) {
  const data = signUpInviteeSchema.parse(input);
  const invitation = await requireOpenInvitation(data.invitationId);
  let signUp;
  try {
    signUp = await auth.api.signUpEmail({
      body: { name: data.name, email: invitation.email, password: data.password },
      headers,
      returnHeaders: true,
    });
  } catch (error) {
    if (/ALREADY_EXISTS/.test(authErrorCode(error) ?? "")) throw new AppError("CONFLICT", "invitationEmailTaken", { email: invitation.email });
    throw error;
  }
  const userId = signUp.response.user.id;
  // The new session exists only as a Set-Cookie so far; the join must run as that session.
  const sessionHeaders = new Headers(headers);
  applySetCookies(sessionHeaders, signUp.headers.getSetCookie());
  try {
    const joinEvent = await joinWithInvitation(invitation, userId, sessionHeaders);
    await runAudited(async (tx) => {
      await appendAuditEvent(tx, {
        organizationId: invitation.organizationId,
        actorUserId: userId,
        action: "auth.signup",
        entityType: "user",
        entityId: userId,
        data: { email: invitation.email, invitationId: invitation.id },
      });
      await appendAuditEvent(tx, joinEvent);
    });
    return { userId, organizationId: invitation.organizationId, memberId: joinEvent.entityId };
  } catch (error) {
    // Deleting the user cascades to its sessions and membership.
    await db.user.delete({ where: { id: userId } }).catch(() => undefined);
    await db.invitation.updateMany({ where: { id: invitation.id, status: "accepted" }, data: { status: "pending" } });
    throw error;
  }
}
