import { hasPermission } from "@/lib/auth/assert-permission";
import { roleSchema } from "@/lib/auth/roles";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";

/** Members of the caller's merchant whose role may confirm or reject findings: who a case can be assigned to. */
export async function listReviewers(ctx: Pick<SessionContext, "organizationId">): Promise<{ userId: string; name: string; role: string }[]> {
  const members = await db.member.findMany({
    where: { organizationId: ctx.organizationId },
    include: { user: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return members
    .map((member) => ({ userId: member.userId, name: member.user.name, role: roleSchema.parse(member.role) }))
    .filter((member) => hasPermission({ role: member.role }, { review: ["decide"] }));
}
