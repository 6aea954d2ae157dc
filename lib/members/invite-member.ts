import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import { auth } from "@/lib/auth/auth";
import type { SessionContext } from "@/lib/auth/session-context";
import { callAuth } from "./auth-errors";
import { inviteMemberSchema, type InviteMemberInput } from "./member-schemas";

/**
 * Creates a pending invitation. No email is sent: the settings page shows the link to pass
 * on. `headers` are the caller's request headers (their session), which better-auth
 * checks again on its side.
 */
export async function inviteMember(ctx: SessionContext, input: InviteMemberInput, headers: Headers) {
  assertPermission(ctx, { invitation: ["create"] });
  const data = inviteMemberSchema.parse(input);
  const invitation = await callAuth(() =>
    auth.api.createInvitation({ body: { email: data.email, role: data.role, organizationId: ctx.organizationId }, headers }),
  );
  await runAudited((tx) =>
    appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "member.invite",
      entityType: "invitation",
      entityId: invitation.id,
      data: { email: data.email, role: data.role },
    }),
  );
  return invitation;
}
