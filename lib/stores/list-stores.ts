import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";

export function listStores(ctx: Pick<SessionContext, "organizationId">) {
  return db.store.findMany({ where: { organizationId: ctx.organizationId }, orderBy: [{ platform: "asc" }, { name: "asc" }] });
}
