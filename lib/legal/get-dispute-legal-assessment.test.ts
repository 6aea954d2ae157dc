import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createTestDispute, merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { AppError } from "@/lib/errors";
import { getDisputeLegalAssessment } from "./get-dispute-legal-assessment";
import { addEvidence, addFinding } from "./legal-test-fixtures";

const NOW = new Date("2026-11-20T04:00:00Z");

const isNotFound = (e: unknown) => e instanceof AppError && e.code === "NOT_FOUND";

describe("getDisputeLegalAssessment", () => {
  it("adds up the buyer's claims matched by phone hash across accounts, and no one else's", async () => {
    const { owner, store } = await merchantWithStore();
    const first = await createTestDispute(owner, store.id, { buyerPlatformId: "acct-1", buyerPhone: "13800138000", claimedAmount: "1800.00", orderAmount: "1800.00" });
    // A second account with the same phone: a different Buyer row, linked only by the phone hash.
    await createTestDispute(owner, store.id, { buyerPlatformId: "acct-2", buyerPhone: "138 0013 8000", claimedAmount: "1500.00", orderAmount: "1500.00" });
    await createTestDispute(owner, store.id, { buyerPlatformId: "stranger", buyerPhone: "13900000000", claimedAmount: "900.00", orderAmount: "900.00" });

    const result = await getDisputeLegalAssessment(owner, first.id, NOW);
    expect(result.buyer.disputeCount).toBe(2);
    expect(result.buyer.countedFen).toBe(330_000);
    expect(result.buyer.links.map((l) => l.kind)).toEqual(["phone"]);
    // 3,300 yuan reaches the default 3,000 yuan threshold: the criminal track, not the administrative one.
    expect(result.thresholds.relativelyLargeFen).toBe(300_000);
    expect(result.thresholds.defaulted.relativelyLarge).toBe(true);
    expect(result.category).toBe("relatively-large");
    expect(result.tracks.map((t) => t.id)).toContain("criminal-report");
    expect(result.tracks.map((t) => t.id)).not.toContain("administrative-report");
    expect(result.notice.zh).toContain("不构成法律意见");
  });

  it("classifies with the province figure stored in MerchantSettings", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id, { claimedAmount: "3300.00", orderAmount: "3300.00" });
    await db.merchantSettings.create({ data: { organizationId: owner.organizationId, province: "广东省", relativelyLargeFen: 600_000 } });

    const result = await getDisputeLegalAssessment(owner, dispute.id, NOW);
    expect(result.province).toBe("广东省");
    expect(result.thresholds).toMatchObject({ relativelyLargeFen: 600_000, hugeFen: 3_000_000, defaulted: { relativelyLarge: false, huge: true } });
    expect(result.category).toBe("below");
    expect(result.tracks.map((t) => t.id)).toContain("administrative-report");
  });

  it("counts confirmed findings and the order's packing video as support, pending findings only as awaiting review", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id);
    const photo = await addEvidence(owner, { disputeId: dispute.id }, "BUYER_PHOTO");

    let result = await getDisputeLegalAssessment(owner, dispute.id, NOW);
    expect(result.elements.find((e) => e.id === "fabricated-fact")!.status).toBe("missing");

    const pending = await addFinding(owner, dispute.id, photo.id, "derived_from_reference", "PENDING");
    await addFinding(owner, dispute.id, photo.id, "ela", "REJECTED");
    // Packing videos belong to the order, not the dispute.
    await addEvidence(owner, { orderId: dispute.orderId }, "PACKING_VIDEO");
    result = await getDisputeLegalAssessment(owner, dispute.id, NOW);
    expect(result.evidenceOnFile.PACKING_VIDEO).toBe(1);
    expect(result.findingsAwaitingReview.map((f) => f.id)).toEqual([pending.id]);
    expect(result.confirmedFindings).toEqual([]);
    const partial = result.elements.find((e) => e.id === "fabricated-fact")!;
    expect(partial.status).toBe("partial");
    expect(partial.supportedBy.map((s) => s.evidence)).toEqual(["packing-video"]);

    await db.finding.update({ where: { id: pending.id }, data: { review: "CONFIRMED" } });
    await addFinding(owner, dispute.id, photo.id, "aigc_label", "CONFIRMED", { label: "1", contentProducer: "ExampleAI", produceId: "IMG-42" });
    result = await getDisputeLegalAssessment(owner, dispute.id, NOW);
    const fabricated = result.elements.find((e) => e.id === "fabricated-fact")!;
    expect(fabricated.status).toBe("supported");
    expect(fabricated.supportedBy.map((s) => s.evidence)).toEqual(["forgery-finding", "aigc-label", "packing-video"]);
    expect(result.elements.find((e) => e.id === "intent")!.status).toBe("supported");
    expect(result.aigcLabel).toEqual({ producer: "ExampleAI", produceId: "IMG-42" });
    expect(result.tracks.find((t) => t.id === "ai-provider-inquiry")?.reasons[0].zh).toContain("ExampleAI");
  });

  it("answers NOT_FOUND for another merchant's dispute and never mixes in its buyers", async () => {
    const a = await merchantWithStore();
    const b = await merchantWithStore();
    const mine = await createTestDispute(a.owner, a.store.id, { buyerPhone: "13700000000", claimedAmount: "100.00", orderAmount: "100.00" });
    const theirs = await createTestDispute(b.owner, b.store.id, { buyerPhone: "13700000000", claimedAmount: "5000.00", orderAmount: "5000.00" });

    await expect(getDisputeLegalAssessment(b.owner, mine.id, NOW)).rejects.toSatisfy(isNotFound);
    const result = await getDisputeLegalAssessment(a.owner, mine.id, NOW);
    expect(result.buyer.disputeCount).toBe(1);
    expect(result.buyer.disputes.map((d) => d.disputeId)).not.toContain(theirs.id);
  });
});
