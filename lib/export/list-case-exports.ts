import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { assertDisputeAccess } from "@/lib/evidence/assert-dispute-access";
import { toCaseExportView, type CaseExportView } from "./to-case-export-view";

/** Earlier exports of a dispute, newest first. Another merchant's dispute is a 404. */
export async function listCaseExports(ctx: Pick<SessionContext, "organizationId">, disputeId: string): Promise<CaseExportView[]> {
  await assertDisputeAccess(ctx, disputeId);
  const rows = await db.caseExport.findMany({
    where: { organizationId: ctx.organizationId, disputeId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const users = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { id: true, name: true } });
  return rows.map((row) => toCaseExportView({ ...row, createdBy: { name: users.find((u) => u.id === row.createdById)?.name ?? null } }));
}
