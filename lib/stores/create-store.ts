import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { AppError } from "@/lib/errors";
import { createStoreSchema, type CreateStoreInput } from "./store-schemas";

/** Stores are merchant settings: owners and admins create them. */
export async function createStore(ctx: SessionContext, input: CreateStoreInput) {
  assertPermission(ctx, { settings: ["update"] });
  const data = createStoreSchema.parse(input);
  return runAudited(async (tx) => {
    const existing = await tx.store.findFirst({ where: { organizationId: ctx.organizationId, platform: data.platform, name: data.name } });
    if (existing) throw new AppError("CONFLICT", "storeExists", {}, { name: ["storeExists"] });
    const store = await tx.store.create({ data: { ...data, organizationId: ctx.organizationId } });
    await appendAuditEvent(tx, { organizationId: ctx.organizationId, actorUserId: ctx.userId, action: "store.create", entityType: "store", entityId: store.id, data });
    return store;
  });
}
