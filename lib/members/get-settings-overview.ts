import { hasPermission } from "@/lib/auth/assert-permission";
import { invitableRoleSchema } from "@/lib/auth/roles";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { listStores } from "@/lib/stores/list-stores";
import { listInvitations } from "./list-invitations";
import { listMembers } from "./list-members";
import { assignableRoles } from "./member-rules";

/** Everything the settings page shows, and which of its controls the caller may use. */
export async function getSettingsOverview(ctx: SessionContext) {
  const can = {
    manageMembers: hasPermission(ctx, { member: ["update", "delete"] }),
    invite: hasPermission(ctx, { invitation: ["create", "cancel"] }),
    manageStores: hasPermission(ctx, { settings: ["update"] }),
  };
  const [merchant, members, invitations, stores] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: ctx.organizationId }, select: { id: true, name: true, createdAt: true } }),
    listMembers(ctx),
    can.invite ? listInvitations(ctx) : null,
    listStores(ctx),
  ]);
  return { merchant, members, invitations, stores, can, assignableRoles: assignableRoles(ctx), invitableRoles: invitableRoleSchema.options };
}

export type SettingsOverview = Awaited<ReturnType<typeof getSettingsOverview>>;
