import { fenToYuanInput } from "@/lib/utils/money";
import { toDateInputValue, toDateTimeInputValue } from "@/lib/utils/format-date";
import type { DisputeDetail } from "./get-dispute";

/** Starting values of the new-dispute form: claim filed today (China time), the only store if there is one. */
export function newDisputeFormValues(stores: { id: string }[], now = new Date()): Record<string, string> {
  return { storeId: stores.length === 1 ? stores[0].id : "", claimFiledAt: toDateInputValue(now), reason: "damaged" };
}

/** A dispute as the edit form's text values. Phone and address start blank: they are only hashes. */
export function disputeFormValues(dispute: DisputeDetail): Record<string, string> {
  const date = (d: Date | null) => (d ? toDateInputValue(d) : "");
  return {
    storeId: dispute.storeId,
    productId: dispute.productId ?? "",
    orderNo: dispute.order.orderNo,
    trackingNo: dispute.order.trackingNo ?? "",
    orderAmount: fenToYuanInput(dispute.order.amountFen),
    claimedAmount: fenToYuanInput(dispute.amountClaimedFen),
    orderedAt: date(dispute.order.orderedAt),
    shippedAt: date(dispute.order.shippedAt),
    deliveredAt: date(dispute.order.deliveredAt),
    claimFiledAt: date(dispute.claimFiledAt),
    responseDeadline: dispute.responseDeadline ? toDateTimeInputValue(dispute.responseDeadline) : "",
    reason: dispute.reason,
    claimText: dispute.claimText ?? "",
    buyerPlatformId: dispute.buyer?.platformBuyerId ?? "",
    buyerNickname: dispute.buyer?.nickname ?? "",
  };
}
