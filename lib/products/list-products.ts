import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";

export function listProducts(ctx: Pick<SessionContext, "organizationId">) {
  return db.product.findMany({ where: { organizationId: ctx.organizationId }, orderBy: { name: "asc" } });
}
