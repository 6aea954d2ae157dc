import { roleSchema } from "@/lib/auth/roles";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";

export type InvitationProblem = "invalid" | "expired" | "used";

/** Looks an invitation up by its (unguessable) id: the link is the credential, so no session is needed. */
export async function findOpenInvitation(invitationId: string) {
  const invitation = await db.invitation.findUnique({
    where: { id: invitationId },
    include: { organization: { select: { name: true } }, user: { select: { name: true } } },
  });
  const problem = invitation ? invitationProblem(invitation) : "invalid";
  if (!invitation || problem) return { problem: problem ?? "invalid" };
  return {
    invitation: {
      id: invitation.id,
      email: invitation.email.toLowerCase(),
      role: roleSchema.parse(invitation.role),
      organizationId: invitation.organizationId,
      organizationName: invitation.organization.name,
      inviterName: invitation.user.name,
      expiresAt: invitation.expiresAt,
    },
  };
}

export type OpenInvitation = NonNullable<Awaited<ReturnType<typeof findOpenInvitation>>["invitation"]>;

const PROBLEM_KEYS: Record<InvitationProblem, string> = {
  invalid: "invitationInvalid",
  expired: "invitationExpired",
  used: "invitationUsed",
};

/** The error a request meets for an invitation with this problem. */
export function invitationProblemError(problem: InvitationProblem): AppError {
  return new AppError(problem === "invalid" ? "NOT_FOUND" : "CONFLICT", PROBLEM_KEYS[problem]);
}

/** What is wrong with an invitation of this status, or null when it can still be used. */
export function invitationProblem(invitation: { status: string; expiresAt: Date }, now: Date = new Date()): InvitationProblem | null {
  if (invitation.status === "accepted") return "used";
  if (invitation.status !== "pending") return "invalid";
  return invitation.expiresAt <= now ? "expired" : null;
}

export async function requireOpenInvitation(invitationId: string): Promise<OpenInvitation> {
  const found = await findOpenInvitation(invitationId);
  if (found.problem) throw invitationProblemError(found.problem);
  return found.invitation;
}
