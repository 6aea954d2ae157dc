import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors";

/** One product of the caller's merchant with its store and dispute count; 404 for another merchant's id. */
export async function getProduct(ctx: Pick<SessionContext, "organizationId">, productId: string) {
  const product = await db.product.findFirst({
    where: { id: productId, organizationId: ctx.organizationId },
    include: { store: { select: { id: true, name: true, platform: true } }, _count: { select: { disputes: true } } },
  });
  if (!product) throw notFound();
  return product;
}
