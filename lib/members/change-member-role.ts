import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import { auth } from "@/lib/auth/auth";
import type { SessionContext } from "@/lib/auth/session-context";
import { callAuth } from "./auth-errors";
import { assertAnotherOwnerRemains, assertCanManageMember, findMemberInOrg } from "./member-rules";
import { changeMemberRoleSchema, type ChangeMemberRoleInput } from "./member-schemas";

export async function changeMemberRole(ctx: SessionContext, input: ChangeMemberRoleInput, headers: Headers) {
  assertPermission(ctx, { member: ["update"] });
  const data = changeMemberRoleSchema.parse(input);
  const member = await findMemberInOrg(ctx, data.memberId);
  assertCanManageMember(ctx, member.role, data.role);
  if (member.role === data.role) return;
  if (member.role === "owner") await assertAnotherOwnerRemains(ctx.organizationId);
  await callAuth(() =>
    auth.api.updateMemberRole({ body: { memberId: member.id, role: data.role, organizationId: ctx.organizationId }, headers }),
  );
  await runAudited((tx) =>
    appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "member.role_change",
      entityType: "member",
      entityId: member.id,
      data: { from: member.role, to: data.role, email: member.user.email, userId: member.userId },
    }),
  );
}
