import { describe, expect, it } from "vitest";
import { aggregateBuyerAmounts } from "./aggregate-buyer-amounts";
import { disputeRecordSchema, type DisputeRecordInput } from "./assessment-input-schema";

const record = (over: Partial<DisputeRecordInput> & Pick<DisputeRecordInput, "disputeId">) =>
  disputeRecordSchema.parse({
    amountClaimedFen: 100_000,
    refundPaidFen: 100_000,
    claimFiledAt: "2025-10-01",
    status: "OPEN",
    buyer: { platform: "TAOBAO", phoneHash: "p" },
    ...over,
  });

describe("aggregateBuyerAmounts", () => {
  it("counts refunds paid, and claims of unknown payment apart as unconfirmed", () => {
    const amounts = aggregateBuyerAmounts(
      [
        record({ disputeId: "paid", amountClaimedFen: 120_000, refundPaidFen: 100_000 }),
        record({ disputeId: "unknown", amountClaimedFen: 150_000, refundPaidFen: null }),
        record({ disputeId: "refused", amountClaimedFen: 90_000, refundPaidFen: 0, status: "WON" }),
      ],
      "2025-12-01",
    );
    expect(amounts).toMatchObject({
      disputeCount: 3,
      claimedFen: 360_000,
      countedFen: 250_000,
      confirmedFen: 100_000,
      unconfirmedFen: 150_000,
      excludedLaterDisputeIds: [],
    });
    expect(amounts.disputes.map((x) => [x.disputeId, x.countedFen, x.refundConfirmed])).toEqual([
      ["paid", 100_000, true],
      ["unknown", 150_000, false],
      ["refused", 0, true],
    ]);
  });

  it("does not deduct money recovered afterwards", () => {
    const amounts = aggregateBuyerAmounts([record({ disputeId: "a", refundPaidFen: 200_000, amountRecoveredFen: 200_000 })], "2025-12-01");
    expect(amounts.countedFen).toBe(200_000);
  });

  it("leaves out claims filed after the assessment date, and keeps those filed on it", () => {
    const amounts = aggregateBuyerAmounts(
      [record({ disputeId: "on", claimFiledAt: "2025-12-01" }), record({ disputeId: "after", claimFiledAt: "2025-12-02" })],
      "2025-12-01",
    );
    expect(amounts.disputeCount).toBe(1);
    expect(amounts.excludedLaterDisputeIds).toEqual(["after"]);
  });

  it("adds exact fen: 0.1 + 0.2 yuan is 30 fen", () => {
    const amounts = aggregateBuyerAmounts(
      [record({ disputeId: "a", refundPaidFen: 10 }), record({ disputeId: "b", refundPaidFen: 20 })],
      "2025-12-01",
    );
    expect(amounts.countedFen).toBe(30);
  });
});
