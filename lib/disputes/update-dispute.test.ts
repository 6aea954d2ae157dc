import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { errorToFormState } from "@/lib/http/form-state";
import { addMember } from "@/test/factories";
import { createTestDispute, merchantWithStore } from "./dispute-test-fixtures";
import { updateDispute } from "./update-dispute";

const updateEvents = (disputeId: string) => db.auditEvent.findMany({ where: { action: "dispute.update", entityId: disputeId } });

describe("updateDispute", () => {
  it("changes only the fields given and audits each change with old and new value", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id, { orderNo: "U-1", claimedAmount: "99", claimText: "原文" });
    const updated = await updateDispute(owner, dispute.id, { claimedAmount: "88.8", trackingNo: "SF-42", responseDeadline: "2026-10-08T09:00" });
    expect(updated).toMatchObject({ amountClaimedFen: 8880, claimText: "原文", reason: "damaged" });
    expect(await db.order.findUniqueOrThrow({ where: { id: dispute.orderId } })).toMatchObject({ orderNo: "U-1", trackingNo: "SF-42" });
    const [event] = await updateEvents(dispute.id);
    expect(JSON.parse(event.data)).toEqual({
      changes: {
        claimedAmount: { from: 9900, to: 8880 },
        trackingNo: { from: null, to: "SF-42" },
        responseDeadline: { from: "2026-10-07T10:00:00.000Z", to: "2026-10-08T01:00:00.000Z" },
      },
    });
  });

  it("clears a field submitted blank, and records nothing when nothing changed", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id, { trackingNo: "YT-1" });
    await updateDispute(owner, dispute.id, { trackingNo: "", claimText: "" });
    expect(await db.order.findUniqueOrThrow({ where: { id: dispute.orderId } })).toMatchObject({ trackingNo: null });
    expect(await db.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).toMatchObject({ claimText: null });
    await updateDispute(owner, dispute.id, { trackingNo: "", reason: "damaged" });
    expect(await updateEvents(dispute.id)).toHaveLength(1);
  });

  it("rejects malformed values with field errors and changes nothing", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id, { orderAmount: "50", claimedAmount: "50" });
    const attempt = (input: Parameters<typeof updateDispute>[2]) =>
      updateDispute(owner, dispute.id, input).then(
        () => expect.fail("expected a rejection"),
        (e: unknown) => e,
      );
    expect(errorToFormState(await attempt({ orderNo: "", claimedAmount: "1.234" }), {}).fieldErrors).toEqual({
      orderNo: ["required"],
      claimedAmount: ["amount"],
    });
    expect(await attempt({ claimedAmount: "60" })).toSatisfy(
      (e) => e instanceof AppError && e.fieldErrors.claimedAmount?.[0] === "claimExceedsOrder",
    );
    expect(await db.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).toMatchObject({ amountClaimedFen: 5000 });
    expect(await updateEvents(dispute.id)).toHaveLength(0);
  });

  it("moves the dispute to another order when the order number changes", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id, { orderNo: "OLD-1" });
    const updated = await updateDispute(owner, dispute.id, { orderNo: "NEW-1" });
    expect(updated.orderId).not.toBe(dispute.orderId);
    expect(await db.order.findUniqueOrThrow({ where: { id: updated.orderId } })).toMatchObject({ orderNo: "NEW-1", amountFen: 19900 });
  });

  it("is refused to reviewers", async () => {
    const { owner, store } = await merchantWithStore();
    const reviewer = await addMember(owner, "reviewer");
    const dispute = await createTestDispute(owner, store.id);
    await expect(updateDispute(reviewer, dispute.id, { claimText: "x" })).rejects.toSatisfy((e) => e instanceof AppError && e.status === 403);
  });
});
