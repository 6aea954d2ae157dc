import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { changeDisputeStatus } from "./change-dispute-status";
import { createTestDispute, merchantWithStore } from "./dispute-test-fixtures";
import { getDashboardStats } from "./get-dashboard-stats";
import { getDispute } from "./get-dispute";
import { listDisputes } from "./list-disputes";
import { updateDispute } from "./update-dispute";

const isNotFound = (e: unknown) => e instanceof AppError && e.status === 404;

describe("tenant isolation of disputes", () => {
  it("answers 404 to merchant B for A's dispute and leaves it untouched", async () => {
    const a = await merchantWithStore();
    const b = await merchantWithStore();
    const dispute = await createTestDispute(a.owner, a.store.id, { orderNo: "A-SECRET", buyerNickname: "A的买家" });

    await expect(getDispute(b.owner, dispute.id)).rejects.toSatisfy(isNotFound);
    await expect(updateDispute(b.owner, dispute.id, { claimText: "hijack" })).rejects.toSatisfy(isNotFound);
    await expect(changeDisputeStatus(b.owner, dispute.id, { toStatus: "COLLECTING" })).rejects.toSatisfy(isNotFound);
    // Moving A's dispute into B's store is refused as well.
    await expect(updateDispute(a.owner, dispute.id, { storeId: b.store.id })).rejects.toSatisfy(isNotFound);

    expect(await db.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).toMatchObject({ status: "OPEN", claimText: "杯子碎了", storeId: a.store.id });
    expect(await getDispute(a.owner, dispute.id)).toMatchObject({ id: dispute.id });
  });

  it("never lists or counts another merchant's disputes, whatever the filters", async () => {
    const a = await merchantWithStore();
    const b = await merchantWithStore();
    await createTestDispute(a.owner, a.store.id, { orderNo: "SHARED-1", buyerNickname: "同名" });
    await createTestDispute(b.owner, b.store.id, { orderNo: "SHARED-2", buyerNickname: "同名" });

    for (const query of [{}, { q: "SHARED" }, { q: "同名" }, { storeId: a.store.id }, { platform: "TAOBAO" as const }, { status: "OPEN" as const }]) {
      const page = await listDisputes(b.owner, query);
      expect(page.items.map((d) => d.order.orderNo), JSON.stringify(query)).not.toContain("SHARED-1");
    }
    expect((await listDisputes(b.owner, { storeId: a.store.id })).total).toBe(0);
    expect((await getDashboardStats(b.owner)).total).toBe(1);
  });
});
