import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { assertDisputeAccess } from "./assert-dispute-access";
import { toEvidenceViews, type EvidenceView } from "./to-evidence-views";

/** All evidence of a dispute in upload order, withdrawn items included (they are marked, never hidden). */
export async function listDisputeEvidence(ctx: Pick<SessionContext, "organizationId">, disputeId: string): Promise<EvidenceView[]> {
  await assertDisputeAccess(ctx, disputeId);
  const rows = await db.evidence.findMany({
    where: { organizationId: ctx.organizationId, disputeId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return toEvidenceViews(rows);
}
