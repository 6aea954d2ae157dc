import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createTestDispute, merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { loadReuseDisputes } from "./load-reuse-disputes";

describe("loadReuseDisputes", () => {
  it("names each reuse finding's other disputes by order number, the caller's merchant's only", async () => {
    const mine = await merchantWithStore();
    const theirs = await merchantWithStore();
    const a = await createTestDispute(mine.owner, mine.store.id);
    const b = await createTestDispute(mine.owner, mine.store.id);
    const foreign = await createTestDispute(theirs.owner, theirs.store.id);
    const orderNo = async (id: string) => (await db.dispute.findUniqueOrThrow({ where: { id }, include: { order: true } })).order.orderNo;

    const found = await loadReuseDisputes(mine.owner, [
      { id: "f1", type: "reuse", detailsJson: JSON.stringify({ disputeIds: [b.id, foreign.id, a.id, "deleted"] }) },
      { id: "f2", type: "reuse", detailsJson: JSON.stringify({ disputeIds: "not a list" }) },
      { id: "f3", type: "derived_from_reference", detailsJson: JSON.stringify({ disputeIds: [a.id] }) },
    ]);
    expect(found.get("f1")).toEqual([
      { id: b.id, orderNo: await orderNo(b.id) },
      { id: a.id, orderNo: await orderNo(a.id) },
    ]);
    expect(found.get("f2")).toEqual([]);
    expect(found.has("f3")).toBe(false);
  });
});
