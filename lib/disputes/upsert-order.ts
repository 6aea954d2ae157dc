import type { SessionContext } from "@/lib/auth/session-context";
import type { Tx } from "@/lib/db/prisma";
import type { DisputeFields } from "./dispute-schemas";

export type OrderFacts = Pick<DisputeFields, "storeId" | "productId" | "orderNo" | "trackingNo" | "orderedAt" | "shippedAt" | "deliveredAt"> & {
  amountFen: number;
  buyerId: string | null;
};

/**
 * The order a dispute is about, unique per merchant and order number. An order that
 * already exists (an earlier dispute, a CSV import) keeps what it knows: blank facts
 * from the dispute form mean "not entered", not "erase".
 */
export function upsertOrder(tx: Tx, ctx: Pick<SessionContext, "organizationId">, facts: OrderFacts) {
  const organizationId = ctx.organizationId;
  const known = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== null));
  return tx.order.upsert({
    where: { organizationId_orderNo: { organizationId, orderNo: facts.orderNo } },
    create: { ...facts, organizationId },
    update: known,
  });
}
