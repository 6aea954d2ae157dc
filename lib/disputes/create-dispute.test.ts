import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { errorToFormState } from "@/lib/http/form-state";
import { addMember } from "@/test/factories";
import { createDispute } from "./create-dispute";
import { disputeInput, merchantWithStore } from "./dispute-test-fixtures";

const rowCounts = async () => ({ disputes: await db.dispute.count(), orders: await db.order.count(), buyers: await db.buyer.count() });

/** The field errors a form would show for a rejected create. */
async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => expect.fail("expected the create to be rejected"),
    (e: unknown) => e,
  );
  return errorToFormState(error, {}).fieldErrors ?? {};
}

describe("createDispute", () => {
  it("creates the dispute, its order and buyer, a first timeline entry and an audit event", async () => {
    const { owner, store } = await merchantWithStore("PINDUODUO");
    const dispute = await createDispute(
      owner,
      disputeInput(store.id, { orderNo: "PDD-1", trackingNo: "SF123", orderAmount: "12.30", claimedAmount: "0.1", buyerNickname: "小明" }),
    );
    expect(dispute).toMatchObject({ status: "OPEN", amountClaimedFen: 10, amountRecoveredFen: 0, organizationId: owner.organizationId });
    expect(dispute.claimFiledAt.toISOString()).toBe("2026-10-04T16:00:00.000Z");
    expect(dispute.responseDeadline?.toISOString()).toBe("2026-10-07T10:00:00.000Z");
    const order = await db.order.findUniqueOrThrow({ where: { id: dispute.orderId } });
    expect(order).toMatchObject({ orderNo: "PDD-1", trackingNo: "SF123", amountFen: 1230, storeId: store.id, buyerId: dispute.buyerId });
    const buyer = await db.buyer.findUniqueOrThrow({ where: { id: dispute.buyerId! } });
    expect(buyer).toMatchObject({ platform: "PINDUODUO", nickname: "小明", phoneHash: null });
    expect(await db.disputeStatusChange.findMany({ where: { disputeId: dispute.id } })).toMatchObject([{ fromStatus: null, toStatus: "OPEN" }]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "dispute.create", entityId: dispute.id } });
    expect(JSON.parse(event.data)).toMatchObject({ orderNo: "PDD-1", amountClaimedFen: 10 });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it.each([
    ["12.30", 1230],
    ["0.1", 10],
    ["0", 0],
    ["1,234.5", 123450],
    ["¥8", 800],
    [" 99.99 ", 9999],
  ])("converts %j yuan to %i fen exactly", async (yuan, fen) => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createDispute(owner, disputeInput(store.id, { orderAmount: "10000000", claimedAmount: yuan }));
    expect(dispute.amountClaimedFen).toBe(fen);
  });

  it.each([
    ["1.234", "amount"],
    ["-5", "amount"],
    ["abc", "amount"],
    ["1e3", "amount"],
    ["", "required"],
    ["10000000.01", "tooBig"],
    ["999999999999", "tooBig"],
  ])("rejects the amount %j with %s and creates nothing", async (yuan, key) => {
    const { owner, store } = await merchantWithStore();
    const before = await rowCounts();
    expect(await fieldErrorsOf(createDispute(owner, disputeInput(store.id, { claimedAmount: yuan })))).toEqual({ claimedAmount: [key] });
    expect(await rowCounts()).toEqual(before);
  });

  it("reports every missing or malformed field at once and creates nothing", async () => {
    const { owner } = await merchantWithStore();
    const before = await rowCounts();
    const errors = await fieldErrorsOf(
      createDispute(owner, {
        storeId: "",
        orderNo: "  ",
        orderAmount: "12.345",
        claimedAmount: "-1",
        claimFiledAt: "2026-02-30",
        shippedAt: "yesterday",
        responseDeadline: "2026-10-07 18:00",
        reason: "because",
        buyerPhone: "call me",
      }),
    );
    expect(errors).toEqual({
      storeId: ["required"],
      orderNo: ["required"],
      orderAmount: ["amount"],
      claimedAmount: ["amount"],
      claimFiledAt: ["date"],
      shippedAt: ["date"],
      responseDeadline: ["date"],
      reason: ["choice"],
      buyerPhone: ["phone"],
    });
    expect(await fieldErrorsOf(createDispute(owner, {}))).toMatchObject({
      storeId: ["required"],
      orderNo: ["required"],
      orderAmount: ["required"],
      claimedAmount: ["required"],
      claimFiledAt: ["required"],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("checks facts across fields: claim within the order amount, dates in order, none in the future", async () => {
    const { owner, store } = await merchantWithStore();
    const before = await rowCounts();
    expect(await fieldErrorsOf(createDispute(owner, disputeInput(store.id, { orderAmount: "10", claimedAmount: "10.01" })))).toEqual({
      claimedAmount: ["claimExceedsOrder"],
    });
    expect(
      await fieldErrorsOf(createDispute(owner, disputeInput(store.id, { orderedAt: "2026-10-03", shippedAt: "2026-10-02", claimFiledAt: "2026-10-01" }))),
    ).toEqual({ shippedAt: ["dateOrder"], claimFiledAt: ["dateOrder"] });
    expect(await fieldErrorsOf(createDispute(owner, disputeInput(store.id, { claimFiledAt: "2099-01-01" })))).toEqual({
      claimFiledAt: ["futureDate"],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("reuses the order of an existing order number without erasing what it knows", async () => {
    const { owner, store } = await merchantWithStore();
    const first = await createDispute(owner, disputeInput(store.id, { orderNo: "A-1", trackingNo: "YT-9" }));
    const second = await createDispute(owner, disputeInput(store.id, { orderNo: "A-1", trackingNo: "", orderAmount: "250" }));
    expect(second.orderId).toBe(first.orderId);
    expect(await db.order.findUniqueOrThrow({ where: { id: first.orderId } })).toMatchObject({ trackingNo: "YT-9", amountFen: 25000 });
  });

  it("answers 404 for a store or product of another merchant and creates nothing", async () => {
    const a = await merchantWithStore();
    const b = await merchantWithStore();
    const before = await rowCounts();
    await expect(createDispute(b.owner, disputeInput(a.store.id))).rejects.toSatisfy((e) => e instanceof AppError && e.status === 404);
    const product = await db.product.create({ data: { organizationId: a.owner.organizationId, name: "A 的杯子" } });
    await expect(createDispute(b.owner, disputeInput(b.store.id, { productId: product.id }))).rejects.toSatisfy(
      (e) => e instanceof AppError && e.status === 404,
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("is refused to reviewers, who do not log disputes", async () => {
    const { owner, store } = await merchantWithStore();
    const reviewer = await addMember(owner, "reviewer");
    await expect(createDispute(reviewer, disputeInput(store.id))).rejects.toSatisfy((e) => e instanceof AppError && e.status === 403);
  });
});
