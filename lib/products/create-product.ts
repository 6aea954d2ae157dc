import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { notFound } from "@/lib/errors";
import { createProductSchema, type CreateProductInput } from "./product-schemas";

export async function createProduct(ctx: SessionContext, input: CreateProductInput) {
  assertPermission(ctx, { dispute: ["create"] });
  const data = createProductSchema.parse(input);
  return runAudited(async (tx) => {
    if (data.storeId && !(await tx.store.findFirst({ where: { id: data.storeId, organizationId: ctx.organizationId } }))) throw notFound();
    const product = await tx.product.create({ data: { ...data, organizationId: ctx.organizationId } });
    await appendAuditEvent(tx, { organizationId: ctx.organizationId, actorUserId: ctx.userId, action: "product.create", entityType: "product", entityId: product.id, data });
    return product;
  });
}
