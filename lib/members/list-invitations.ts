import { assertPermission } from "@/lib/auth/assert-permission";
import { roleSchema } from "@/lib/auth/roles";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";

/** Pending invitations of the caller's merchant. Their links let someone join, so only inviters see them. */
export async function listInvitations(ctx: SessionContext) {
  assertPermission(ctx, { invitation: ["create"] });
  const invitations = await db.invitation.findMany({
    where: { organizationId: ctx.organizationId, status: "pending" },
    include: { user: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  const now = new Date();
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    role: roleSchema.parse(invitation.role),
    inviterName: invitation.user.name,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    expired: invitation.expiresAt <= now,
  }));
}

export type InvitationRow = Awaited<ReturnType<typeof listInvitations>>[number];
