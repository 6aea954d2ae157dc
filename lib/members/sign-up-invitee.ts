import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { joinWithInvitation } from "./accept-invitation";
import { authErrorCode } from "./auth-errors";
import { signUpInviteeSchema, type SignUpInviteeInput } from "./member-schemas";
import { requireOpenInvitation } from "./open-invitation";

/**
 * Creates the invitee's account with the invited email, signs it in (nextCookies sets the
 * cookie inside a server action) and joins the merchant, the sign-up and the join audited in
 * the join's transaction. If joining fails the account is deleted, so nothing half-done
 * remains (the invitation stays pending: the join changed nothing).
 */
export async function signUpInvitee(input: SignUpInviteeInput, headers: Headers) {
  const data = signUpInviteeSchema.parse(input);
  const invitation = await requireOpenInvitation(data.invitationId);
  let signUp;
  try {
    signUp = await auth.api.signUpEmail({
      body: { name: data.name, email: invitation.email, password: data.password },
      headers,
    });
  } catch (error) {
    if (/ALREADY_EXISTS/.test(authErrorCode(error) ?? "")) throw new AppError("CONFLICT", "invitationEmailTaken", { email: invitation.email });
    throw error;
  }
  const userId = signUp.user.id;
  try {
    const { memberId } = await joinWithInvitation(invitation, userId, { token: signUp.token ?? "" }, [
      {
        organizationId: invitation.organizationId,
        actorUserId: userId,
        action: "auth.signup",
        entityType: "user",
        entityId: userId,
        data: { email: invitation.email, invitationId: invitation.id },
      },
    ]);
    return { userId, organizationId: invitation.organizationId, memberId };
  } catch (error) {
    // The join rolled back as a whole; the account made for it goes too (with its sessions).
    await db.user.delete({ where: { id: userId } }).catch(() => undefined);
    throw error;
  }
}
