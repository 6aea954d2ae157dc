import { describe, expect, it } from "vitest";
import { createTestDispute, merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { AppError } from "@/lib/errors";
import { getDisputeLegalAssessment } from "./get-dispute-legal-assessment";
import { countRepeatClaimants } from "./count-repeat-claimants";
import { listRepeatClaimants } from "./list-repeat-claimants";

describe("listRepeatClaimants", () => {
  it("groups buyers like the assessment does, totals them, sorts by total and pages", async () => {
    const { owner, store } = await merchantWithStore();
    // Same account twice.
    const a1 = await createTestDispute(owner, store.id, { buyerPlatformId: "cat", buyerNickname: "猫", claimedAmount: "89.00", orderAmount: "89.00" });
    await createTestDispute(owner, store.id, { buyerPlatformId: "cat", claimedAmount: "268.00", orderAmount: "268.00" });
    // Two accounts joined by an address hash only.
    const b1 = await createTestDispute(owner, store.id, { buyerPlatformId: "dog-1", buyerAddress: "北京市朝阳区某街 8 号", claimedAmount: "500.00", orderAmount: "500.00" });
    await createTestDispute(owner, store.id, { buyerPlatformId: "dog-2", buyerAddress: "北京市朝阳区某街8号", claimedAmount: "700.00", orderAmount: "700.00" });
    // A single account with the highest total: SQL-sorted rows and linked groups interleave.
    await createTestDispute(owner, store.id, { buyerPhone: "13911112222", claimedAmount: "800.00", orderAmount: "800.00" });
    await createTestDispute(owner, store.id, { buyerPhone: "13911112222", claimedAmount: "800.00", orderAmount: "800.00" });
    // One-off buyers and a nickname-only repeat (nicknames are not a key).
    await createTestDispute(owner, store.id, { buyerPlatformId: "once", claimedAmount: "9000.00", orderAmount: "9000.00" });
    await createTestDispute(owner, store.id, { buyerNickname: "只有昵称" });
    await createTestDispute(owner, store.id, { buyerNickname: "只有昵称" });

    const page = await listRepeatClaimants(owner, {});
    expect(page.total).toBe(3);
    // The dashboard's count agrees with the list: linked groups (address) and single records (phone, platform id).
    expect(await countRepeatClaimants(owner)).toBe(3);
    expect(page.items.map((c) => [c.totalClaimedFen, c.disputeCount, c.matchedBy])).toEqual([
      [160_000, 2, ["phone"]],
      [120_000, 2, ["address"]],
      [35_700, 2, ["platform-id"]],
    ]);
    expect(page.items[2].accounts).toEqual([{ platform: "TAOBAO", platformBuyerId: "cat", nickname: "猫" }]);
    expect(page.items[1].disputes.map((d) => d.amountClaimedFen).sort()).toEqual([50_000, 70_000]);

    // The same totals as the assessment's cumulative amount.
    expect((await getDisputeLegalAssessment(owner, b1.id)).buyer.countedFen).toBe(120_000);
    expect((await getDisputeLegalAssessment(owner, a1.id)).buyer.countedFen).toBe(35_700);

    const pages = await Promise.all(["1", "2", "3"].map((n) => listRepeatClaimants(owner, { page: n, pageSize: "1" })));
    expect(pages.map((p) => p.items.map((c) => c.totalClaimedFen))).toEqual([[160_000], [120_000], [35_700]]);
    expect(pages[0].pageCount).toBe(3);
    expect((await listRepeatClaimants(owner, { dispute: a1.id })).items.map((c) => c.totalClaimedFen)).toEqual([35_700]);
  });

  it("never includes another merchant's buyers or disputes", async () => {
    const a = await merchantWithStore();
    const b = await merchantWithStore();
    await createTestDispute(a.owner, a.store.id, { buyerPhone: "13600000000" });
    const foreign = await createTestDispute(b.owner, b.store.id, { buyerPhone: "13600000000" });
    await createTestDispute(b.owner, b.store.id, { buyerPhone: "13600000000" });

    expect((await listRepeatClaimants(a.owner, {})).total).toBe(0);
    expect((await listRepeatClaimants(b.owner, {})).total).toBe(1);
    expect([await countRepeatClaimants(a.owner), await countRepeatClaimants(b.owner)]).toEqual([0, 1]);
    await expect(listRepeatClaimants(a.owner, { dispute: foreign.id })).rejects.toSatisfy((e) => e instanceof AppError && e.code === "NOT_FOUND");
  });
});
