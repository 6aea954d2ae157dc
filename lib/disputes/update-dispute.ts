import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { notFound } from "@/lib/errors";
import { assertDisputeFacts } from "./assert-dispute-facts";
import { updateDisputeSchema, type DisputeFields, type UpdateDisputeInput } from "./dispute-schemas";
import { findScopedStoreAndProduct } from "./find-scoped-store-and-product";
import { hashBuyerContact } from "./hash-buyer-contact";
import { resolveBuyer } from "./resolve-buyer";
import { upsertOrder } from "./upsert-order";

type Comparable = string | number | Date | null;
const same = (a: Comparable, b: Comparable) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
const auditValue = (v: Comparable) => (v instanceof Date ? v.toISOString() : v);

/**
 * Edits a dispute with its order and buyer facts. Keys absent from the input keep their
 * value; phone and address, which are never shown back, change only when given. The
 * audit event lists each changed field with its old and new value (contact details
 * only as "changed").
 */
export async function updateDispute(ctx: SessionContext, disputeId: string, input: UpdateDisputeInput) {
  assertPermission(ctx, { dispute: ["update"] });
  const patch = updateDisputeSchema.parse(input);
  const contact = hashBuyerContact({ phone: patch.buyerPhone, address: patch.buyerAddress });

  return runAudited(async (tx) => {
    const current = await tx.dispute.findFirst({ where: { id: disputeId, organizationId: ctx.organizationId } });
    if (!current) throw notFound();
    const scope = { organizationId: ctx.organizationId };
    const currentOrder = await tx.order.findFirstOrThrow({ where: { id: current.orderId, ...scope } });
    const currentBuyer = current.buyerId ? await tx.buyer.findFirst({ where: { id: current.buyerId, ...scope } }) : null;

    const before: Omit<DisputeFields, "buyerPhone" | "buyerAddress"> = {
      storeId: current.storeId,
      productId: current.productId,
      orderNo: currentOrder.orderNo,
      trackingNo: currentOrder.trackingNo,
      orderAmount: currentOrder.amountFen,
      claimedAmount: current.amountClaimedFen,
      orderedAt: currentOrder.orderedAt,
      shippedAt: currentOrder.shippedAt,
      deliveredAt: currentOrder.deliveredAt,
      claimFiledAt: current.claimFiledAt,
      responseDeadline: current.responseDeadline,
      reason: current.reason as DisputeFields["reason"],
      claimText: current.claimText,
      buyerPlatformId: currentBuyer?.platformBuyerId ?? null,
      buyerNickname: currentBuyer?.nickname ?? null,
    };
    const after = { ...before };
    for (const key of Object.keys(before) as (keyof typeof before)[]) {
      if (patch[key] !== undefined) Object.assign(after, { [key]: patch[key] });
    }
    assertDisputeFacts(after);

    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(before) as (keyof typeof before)[]) {
      if (!same(before[key], after[key])) changes[key] = { from: auditValue(before[key]), to: auditValue(after[key]) };
    }
    const phoneHash = contact.phoneHash ?? currentBuyer?.phoneHash ?? null;
    const addressHash = contact.addressHash ?? currentBuyer?.addressHash ?? null;
    if (phoneHash !== (currentBuyer?.phoneHash ?? null)) changes.buyerPhone = "changed";
    if (addressHash !== (currentBuyer?.addressHash ?? null)) changes.buyerAddress = "changed";
    if (Object.keys(changes).length === 0) return current;

    const { store } = await findScopedStoreAndProduct(tx, ctx, after);
    const buyerChanged = ["storeId", "buyerPlatformId", "buyerNickname", "buyerPhone", "buyerAddress"].some((k) => k in changes);
    const buyerId = buyerChanged
      ? await resolveBuyer(tx, ctx, {
          platform: store.platform,
          platformBuyerId: after.buyerPlatformId,
          nickname: after.buyerNickname,
          phoneHash,
          addressHash,
        })
      : current.buyerId;

    const orderFacts = {
      storeId: store.id,
      productId: after.productId,
      buyerId,
      orderNo: after.orderNo,
      trackingNo: after.trackingNo,
      amountFen: after.orderAmount,
      orderedAt: after.orderedAt,
      shippedAt: after.shippedAt,
      deliveredAt: after.deliveredAt,
    };
    // Same order number: this is the dispute's own order, and a cleared field is cleared.
    // A new number points the dispute at that order, created if needed.
    const order =
      after.orderNo === before.orderNo
        ? await tx.order.update({ where: { id: current.orderId }, data: orderFacts })
        : await upsertOrder(tx, ctx, orderFacts);

    const dispute = await tx.dispute.update({
      where: { id: current.id },
      data: {
        storeId: store.id,
        orderId: order.id,
        buyerId,
        productId: after.productId,
        amountClaimedFen: after.claimedAmount,
        reason: after.reason,
        claimText: after.claimText,
        claimFiledAt: after.claimFiledAt,
        responseDeadline: after.responseDeadline,
      },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "dispute.update",
      entityType: "dispute",
      entityId: dispute.id,
      data: { changes },
    });
    return dispute;
  });
}
