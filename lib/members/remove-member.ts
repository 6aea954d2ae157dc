import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import { auth } from "@/lib/auth/auth";
import type { SessionContext } from "@/lib/auth/session-context";
import { callAuth } from "./auth-errors";
import { assertAnotherOwnerRemains, assertCanManageMember, findMemberInOrg } from "./member-rules";
import { memberIdSchema, type MemberIdInput } from "./member-schemas";

/** Removes a membership; the account stays (it may belong to other merchants) and its past audit events keep its id. */
export async function removeMember(ctx: SessionContext, input: MemberIdInput, headers: Headers) {
  assertPermission(ctx, { member: ["delete"] });
  const { memberId } = memberIdSchema.parse(input);
  const member = await findMemberInOrg(ctx, memberId);
  assertCanManageMember(ctx, member.role);
  if (member.role === "owner") await assertAnotherOwnerRemains(ctx.organizationId);
  await callAuth(() => auth.api.removeMember({ body: { memberIdOrEmail: member.id, organizationId: ctx.organizationId }, headers }));
  await runAudited((tx) =>
    appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "member.remove",
      entityType: "member",
      entityId: member.id,
      data: { email: member.user.email, role: member.role, userId: member.userId },
    }),
  );
}
