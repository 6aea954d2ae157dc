import { randomUUID } from "node:crypto";
import type { SessionContext } from "@/lib/auth/session-context";
import type { Platform } from "@/lib/db/generated/enums";
import { createStore } from "@/lib/stores/create-store";
import { createMerchant } from "@/test/factories";
import { createDispute } from "./create-dispute";
import type { CreateDisputeInput } from "./dispute-schemas";

/** A merchant (owner context) with one store: what every dispute test starts from. */
export async function merchantWithStore(platform: Platform = "TAOBAO") {
  const owner = await createMerchant();
  const store = await createStore(owner, { platform, name: `店铺-${randomUUID().slice(0, 6)}` });
  return { owner, store };
}

/** A complete, valid new-dispute form as the browser would post it. */
export function disputeInput(storeId: string, overrides: Partial<CreateDisputeInput> = {}): CreateDisputeInput {
  return {
    storeId,
    orderNo: `ORD-${randomUUID().slice(0, 8)}`,
    trackingNo: "",
    orderAmount: "199.00",
    claimedAmount: "199.00",
    orderedAt: "2026-10-01",
    shippedAt: "2026-10-02",
    deliveredAt: "2026-10-04",
    claimFiledAt: "2026-10-05",
    responseDeadline: "2026-10-07T18:00",
    reason: "damaged",
    claimText: "杯子碎了",
    buyerPlatformId: "",
    buyerNickname: "",
    buyerPhone: "",
    buyerAddress: "",
    ...overrides,
  };
}

export function createTestDispute(ctx: SessionContext, storeId: string, overrides: Partial<CreateDisputeInput> = {}) {
  return createDispute(ctx, disputeInput(storeId, overrides));
}
