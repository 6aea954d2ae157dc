import { roleSchema } from "@/lib/auth/roles";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { canManageMember } from "./member-rules";

/** The caller's merchant's members, with what the caller may do to each. */
export async function listMembers(ctx: SessionContext) {
  const members = await db.member.findMany({
    where: { organizationId: ctx.organizationId },
    include: { user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  const owners = members.filter((member) => member.role === "owner").length;
  return members.map((member) => {
    const role = roleSchema.parse(member.role);
    // The last owner cannot be demoted or removed, so offer no controls for them.
    const soleOwner = role === "owner" && owners === 1;
    return {
      id: member.id,
      userId: member.userId,
      name: member.user.name,
      email: member.user.email,
      role,
      joinedAt: member.createdAt,
      isSelf: member.userId === ctx.userId,
      canManage: !soleOwner && canManageMember(ctx, role),
    };
  });
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];
