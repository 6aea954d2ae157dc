import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { assertAnotherOwnerRemains, assertCanManageMember, findMemberInOrg } from "./member-rules";
import { memberIdSchema, type MemberIdInput } from "./member-schemas";

/**
 * Removes a membership; the account stays (it may belong to other merchants) and its past
 * audit events keep its id. The removal and its audit event commit together (see
 * change-member-role.ts for why this does not go through better-auth). A removed member's
 * open session continues in another merchant of theirs or is signed out
 * (session-context.ts), and API keys they created stop working.
 */
export async function removeMember(ctx: SessionContext, input: MemberIdInput) {
  assertPermission(ctx, { member: ["delete"] });
  const { memberId } = memberIdSchema.parse(input);
  await runAudited(async (tx) => {
    const member = await findMemberInOrg(ctx, memberId, tx);
    assertCanManageMember(ctx, member.role);
    if (member.role === "owner") await assertAnotherOwnerRemains(ctx.organizationId, tx);
    await tx.member.delete({ where: { id: member.id } });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "member.remove",
      entityType: "member",
      entityId: member.id,
      data: { email: member.user.email, role: member.role, userId: member.userId },
    });
  });
}
