import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { assertAnotherOwnerRemains, assertCanManageMember, findMemberInOrg } from "./member-rules";
import { changeMemberRoleSchema, type ChangeMemberRoleInput } from "./member-schemas";

/**
 * Gives a member another role. The change and its audit event commit together, and the
 * member and the owner count are read in the same serialised transaction, so two owners
 * demoting each other at once cannot leave the merchant without one. Written here rather
 * than through better-auth's endpoint, which commits before the audit event could be
 * written; better-auth reads roles from the same member table.
 */
export async function changeMemberRole(ctx: SessionContext, input: ChangeMemberRoleInput) {
  assertPermission(ctx, { member: ["update"] });
  const data = changeMemberRoleSchema.parse(input);
  await runAudited(async (tx) => {
    const member = await findMemberInOrg(ctx, data.memberId, tx);
    assertCanManageMember(ctx, member.role, data.role);
    if (member.role === data.role) return;
    if (member.role === "owner") await assertAnotherOwnerRemains(ctx.organizationId, tx);
    await tx.member.update({ where: { id: member.id }, data: { role: data.role } });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "member.role_change",
      entityType: "member",
      entityId: member.id,
      data: { from: member.role, to: data.role, email: member.user.email, userId: member.userId },
    });
  });
}
