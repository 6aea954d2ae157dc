import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors";

/** 404 unless the dispute belongs to the caller's merchant; another tenant's ids look like missing ones. */
export async function assertDisputeAccess(
  ctx: Pick<SessionContext, "organizationId">,
  disputeId: string,
): Promise<{ id: string; productId: string | null; orderId: string }> {
  const dispute = await db.dispute.findFirst({
    where: { id: disputeId, organizationId: ctx.organizationId },
    select: { id: true, productId: true, orderId: true },
  });
  if (!dispute) throw notFound();
  return dispute;
}
