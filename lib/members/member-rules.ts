import { hasPermission } from "@/lib/auth/assert-permission";
import { roleSchema, type Role } from "@/lib/auth/roles";
import type { SessionContext } from "@/lib/auth/session-context";
import { db, type Tx } from "@/lib/db/prisma";
import { AppError, forbidden, notFound } from "@/lib/errors";

/**
 * Ownership is granted, changed or taken away only by an owner; owners and admins manage
 * everyone else. The settings page asks the same question to decide which controls to show.
 */
export function canManageMember(ctx: Pick<SessionContext, "role">, targetRole: Role, newRole?: Role): boolean {
  if (!hasPermission(ctx, { member: ["update", "delete"] })) return false;
  return ctx.role === "owner" || (targetRole !== "owner" && newRole !== "owner");
}

export function assertCanManageMember(ctx: Pick<SessionContext, "role">, targetRole: Role, newRole?: Role): void {
  if (!canManageMember(ctx, targetRole, newRole)) throw forbidden();
}

/** Roles the caller may give an existing member. */
export function assignableRoles(ctx: Pick<SessionContext, "role">): Role[] {
  return roleSchema.options.filter((role) => ctx.role === "owner" || role !== "owner");
}

/** A member of the caller's merchant; another merchant's member is indistinguishable from none. */
export async function findMemberInOrg(ctx: Pick<SessionContext, "organizationId">, memberId: string, client: Tx = db) {
  const member = await client.member.findFirst({
    where: { id: memberId, organizationId: ctx.organizationId },
    include: { user: { select: { name: true, email: true } } },
  });
  if (!member) throw notFound();
  return { ...member, role: roleSchema.parse(member.role) };
}

/** A merchant always keeps at least one owner: nobody else can manage ownership or delete it. */
export async function assertAnotherOwnerRemains(organizationId: string, client: Tx = db): Promise<void> {
  const owners = await client.member.count({ where: { organizationId, role: "owner" } });
  if (owners <= 1) throw new AppError("CONFLICT", "lastOwner");
}
