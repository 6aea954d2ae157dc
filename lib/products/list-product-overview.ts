import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";

/** The products page: every product with its store and how many live reference photos it has. */
export async function listProductOverview(ctx: Pick<SessionContext, "organizationId">) {
  const products = await db.product.findMany({
    where: { organizationId: ctx.organizationId },
    include: { store: { select: { name: true, platform: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const counts = await db.evidence.groupBy({
    by: ["productId"],
    where: { organizationId: ctx.organizationId, kind: "REFERENCE_PHOTO", withdrawnAt: null, productId: { not: null } },
    _count: true,
  });
  const countOf = new Map(counts.map((row) => [row.productId, row._count]));
  return products.map((product) => ({ ...product, referencePhotoCount: countOf.get(product.id) ?? 0 }));
}
