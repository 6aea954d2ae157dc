import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { assertDisputeFacts } from "./assert-dispute-facts";
import { createDisputeSchema, type CreateDisputeInput } from "./dispute-schemas";
import { findScopedStoreAndProduct } from "./find-scoped-store-and-product";
import { hashBuyerContact } from "./hash-buyer-contact";
import { resolveBuyer } from "./resolve-buyer";
import { upsertOrder } from "./upsert-order";

/**
 * Logs a refund-only claim: upserts its order and buyer and creates the dispute with
 * its first timeline entry (→ OPEN), all in one audited transaction.
 */
export async function createDispute(ctx: SessionContext, input: CreateDisputeInput) {
  assertPermission(ctx, { dispute: ["create"] });
  const data = createDisputeSchema.parse(input);
  assertDisputeFacts(data);
  const contact = hashBuyerContact({ phone: data.buyerPhone, address: data.buyerAddress });

  return runAudited(async (tx) => {
    const { store } = await findScopedStoreAndProduct(tx, ctx, data);
    const buyerId = await resolveBuyer(tx, ctx, {
      platform: store.platform,
      platformBuyerId: data.buyerPlatformId,
      nickname: data.buyerNickname,
      ...contact,
    });
    const order = await upsertOrder(tx, ctx, {
      storeId: store.id,
      productId: data.productId,
      buyerId,
      orderNo: data.orderNo,
      trackingNo: data.trackingNo,
      amountFen: data.orderAmount,
      orderedAt: data.orderedAt,
      shippedAt: data.shippedAt,
      deliveredAt: data.deliveredAt,
    });
    const dispute = await tx.dispute.create({
      data: {
        organizationId: ctx.organizationId,
        storeId: store.id,
        orderId: order.id,
        buyerId,
        productId: data.productId,
        amountClaimedFen: data.claimedAmount,
        reason: data.reason,
        claimText: data.claimText,
        claimFiledAt: data.claimFiledAt,
        responseDeadline: data.responseDeadline,
        createdById: ctx.userId,
        statusChanges: { create: { fromStatus: null, toStatus: "OPEN", actorUserId: ctx.userId } },
      },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "dispute.create",
      entityType: "dispute",
      entityId: dispute.id,
      data: {
        orderNo: data.orderNo,
        storeId: store.id,
        buyerId,
        amountClaimedFen: data.claimedAmount,
        reason: data.reason,
        // Whether contact details were given, never the details or their hashes.
        buyerPhoneGiven: contact.phoneHash !== null,
        buyerAddressGiven: contact.addressHash !== null,
      },
    });
    return dispute;
  });
}
