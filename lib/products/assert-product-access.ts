import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors";

/** 404 unless the product belongs to the caller's merchant; another tenant's ids look like missing ones. */
export async function assertProductAccess(ctx: Pick<SessionContext, "organizationId">, productId: string): Promise<{ id: string }> {
  const product = await db.product.findFirst({ where: { id: productId, organizationId: ctx.organizationId }, select: { id: true } });
  if (!product) throw notFound();
  return product;
}
