import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { getDisputeLegalAssessment } from "@/lib/legal/get-dispute-legal-assessment";
import { addMember } from "@/test/factories";
import { createTestDispute, merchantWithStore } from "./dispute-test-fixtures";
import { recordPlatformOutcome } from "./record-platform-outcome";

const outcomeOf = (id: string) => db.dispute.findUniqueOrThrow({ where: { id }, select: { refundPaidFen: true, platformSkippedReview: true, platformOutcomeNote: true } });
const auditOf = (id: string) => db.auditEvent.findMany({ where: { action: "dispute.platform_outcome", entityId: id }, orderBy: { seq: "asc" } });

describe("recordPlatformOutcome", () => {
  it("records the refund paid and a skipped review with its note, audited with old and new values; blank clears the amount", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id, { orderAmount: "199.00", claimedAmount: "199.00" });
    // A form posts the checkbox as "on".
    await recordPlatformOutcome(owner, dispute.id, { refundPaid: "¥150.5", platformSkippedReview: "on", note: "未通知本店答辩，自动退款" });
    expect(await outcomeOf(dispute.id)).toEqual({ refundPaidFen: 15050, platformSkippedReview: true, platformOutcomeNote: "未通知本店答辩，自动退款" });
    await recordPlatformOutcome(owner, dispute.id, { refundPaid: "", note: "" });
    expect(await outcomeOf(dispute.id)).toEqual({ refundPaidFen: null, platformSkippedReview: false, platformOutcomeNote: null });
    const events = (await auditOf(dispute.id)).map((event) => JSON.parse(event.data));
    expect(events).toEqual([
      { from: { refundPaidFen: null, platformSkippedReview: false, note: null }, to: { refundPaidFen: 15050, platformSkippedReview: true, note: "未通知本店答辩，自动退款" } },
      { from: { refundPaidFen: 15050, platformSkippedReview: true, note: "未通知本店答辩，自动退款" }, to: { refundPaidFen: null, platformSkippedReview: false, note: null } },
    ]);
  });

  it("refuses a refund above the order, a skipped review without a note, bad amounts, reviewers and other merchants, changing nothing", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id, { orderAmount: "100.00", claimedAmount: "100.00" });
    await expect(recordPlatformOutcome(owner, dispute.id, { refundPaid: "100.01" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { refundPaid: ["refundExceedsOrder"] } });
    await expect(recordPlatformOutcome(owner, dispute.id, { refundPaid: "50", platformSkippedReview: "on", note: " " })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["note"], message: "platformReviewNote" })],
    });
    await expect(recordPlatformOutcome(owner, dispute.id, { refundPaid: "-5" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["refundPaid"], message: "amount" })] });
    const reviewer = await addMember(owner, "reviewer");
    await expect(recordPlatformOutcome(reviewer, dispute.id, { refundPaid: "50" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await merchantWithStore();
    await expect(recordPlatformOutcome(other.owner, dispute.id, { refundPaid: "50" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(dispute.id)).toEqual({ refundPaidFen: null, platformSkippedReview: false, platformOutcomeNote: null });
    expect(await auditOf(dispute.id)).toEqual([]);
  });

  it("feeds the legal assessment: the paid amount counts, and a skipped review with money lost opens the claim against the platform", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id, { orderAmount: "300.00", claimedAmount: "300.00" });
    let assessment = await getDisputeLegalAssessment(owner, dispute.id);
    expect(assessment.dispute).toMatchObject({ refundConfirmed: false, countedFen: 30000 });
    expect(assessment.tracks.map((track) => track.id)).not.toContain("platform-liability");

    await recordPlatformOutcome(owner, dispute.id, { refundPaid: "280.00" });
    assessment = await getDisputeLegalAssessment(owner, dispute.id);
    expect(assessment.dispute).toMatchObject({ refundConfirmed: true, countedFen: 28000 });
    expect(assessment.tracks.map((track) => track.id)).not.toContain("platform-liability");

    await recordPlatformOutcome(owner, dispute.id, { refundPaid: "280.00", platformSkippedReview: true, note: "系统自动同意" });
    assessment = await getDisputeLegalAssessment(owner, dispute.id);
    const liability = assessment.tracks.find((track) => track.id === "platform-liability");
    expect(liability?.reasons.map((reason) => reason.zh).join()).toContain("¥280.00");
    expect(liability?.elements.find((element) => element.id === "review-failure")?.status).toBe("supported");
  });
});
