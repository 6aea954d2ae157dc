import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors";

/**
 * One dispute of the caller's merchant with everything its page shows: store, product,
 * order, buyer and the status timeline with actor names. The buyer's contact hashes
 * are reduced to "on file" flags; they never leave lib/.
 */
export async function getDispute(ctx: Pick<SessionContext, "organizationId">, disputeId: string) {
  const dispute = await db.dispute.findFirst({
    where: { id: disputeId, organizationId: ctx.organizationId },
    include: {
      store: true,
      product: true,
      order: true,
      buyer: true,
      statusChanges: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!dispute) throw notFound();

  const actorIds = [...new Set(dispute.statusChanges.map((c) => c.actorUserId))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const { buyer, statusChanges, ...rest } = dispute;
  return {
    ...rest,
    buyer: buyer && {
      id: buyer.id,
      platform: buyer.platform,
      platformBuyerId: buyer.platformBuyerId,
      nickname: buyer.nickname,
      hasPhone: buyer.phoneHash !== null,
      hasAddress: buyer.addressHash !== null,
    },
    statusChanges: statusChanges.map((c) => ({ ...c, actorName: actorName.get(c.actorUserId) ?? null })),
  };
}

export type DisputeDetail = Awaited<ReturnType<typeof getDispute>>;
