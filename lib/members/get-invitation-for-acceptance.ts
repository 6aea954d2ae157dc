import { auth } from "@/lib/auth/auth";
import { findOpenInvitation, type InvitationProblem, type OpenInvitation } from "./open-invitation";

export type InvitationAcceptance =
  | { status: InvitationProblem }
  | { status: "signedOut" | "ready"; invitation: OpenInvitation }
  | { status: "wrongEmail"; invitation: OpenInvitation; signedInEmail: string };

/** What the accept page can offer the visitor: sign up, accept, or why neither is possible. */
export async function getInvitationForAcceptance(invitationId: string, headers: Headers): Promise<InvitationAcceptance> {
  const found = await findOpenInvitation(invitationId);
  if (found.problem) return { status: found.problem };
  const { invitation } = found;
  const session = await auth.api.getSession({ headers });
  if (!session) return { status: "signedOut", invitation };
  const signedInEmail = session.user.email.toLowerCase();
  if (signedInEmail !== invitation.email) return { status: "wrongEmail", invitation, signedInEmail };
  return { status: "ready", invitation };
}
