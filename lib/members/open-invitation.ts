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
  if (!invitation || (invitation.status !== "pending" && invitation.status !== "accepted")) return { problem: "invalid" as const };
  if (invitation.status === "accepted") return { problem: "used" as const };
  if (invitation.expiresAt <= new Date()) return { problem: "expired" as const };
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

export async function requireOpenInvitation(invitationId: string): Promise<OpenInvitation> {
  const found = await findOpenInvitation(invitationId);
  if (found.problem) throw new AppError(found.problem === "invalid" ? "NOT_FOUND" : "CONFLICT", PROBLEM_KEYS[found.problem]);
  return found.invitation;
}
