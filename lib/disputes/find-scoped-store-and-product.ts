import type { SessionContext } from "@/lib/auth/session-context";
import type { Tx } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors";

/** The store and optional product a dispute refers to, both of the caller's merchant; 404 otherwise. */
export async function findScopedStoreAndProduct(
  tx: Tx,
  ctx: Pick<SessionContext, "organizationId">,
  ids: { storeId: string; productId: string | null },
) {
  const store = await tx.store.findFirst({ where: { id: ids.storeId, organizationId: ctx.organizationId } });
  if (!store) throw notFound();
  if (ids.productId && !(await tx.product.findFirst({ where: { id: ids.productId, organizationId: ctx.organizationId }, select: { id: true } }))) {
    throw notFound();
  }
  return { store };
}
