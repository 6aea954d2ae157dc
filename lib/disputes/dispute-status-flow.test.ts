import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { plantAnalysedPhoto } from "@/lib/forensics/forensics-test-support";
import { reviewFinding } from "@/lib/forensics/review-finding";
import { addMember } from "@/test/factories";
import { changeDisputeStatus } from "./change-dispute-status";
import { createTestDispute, merchantWithStore } from "./dispute-test-fixtures";
import { ALL_STATUSES, isAllowedTransition, nextStatusesFor, STATUS_TRANSITIONS } from "./dispute-status-flow";

describe("dispute status flow", () => {
  it("allows exactly the mapped transitions, logging each one, and refuses every other pair with 409", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id);
    let allowed = 0;
    for (const from of ALL_STATUSES) {
      for (const to of ALL_STATUSES) {
        await db.dispute.update({ where: { id: dispute.id }, data: { status: from } });
        const changesBefore = await db.disputeStatusChange.count({ where: { disputeId: dispute.id } });
        const auditBefore = await db.auditEvent.count({ where: { action: "dispute.status_change" } });
        const attempt = changeDisputeStatus(owner, dispute.id, { toStatus: to, note: `${from}→${to}` });
        if (isAllowedTransition(from, to)) {
          allowed++;
          await expect(attempt, `${from} → ${to}`).resolves.toMatchObject({ status: to });
          const change = await db.disputeStatusChange.findFirstOrThrow({ where: { disputeId: dispute.id }, orderBy: { createdAt: "desc" } });
          expect(change).toMatchObject({ fromStatus: from, toStatus: to, note: `${from}→${to}`, actorUserId: owner.userId });
          const event = await db.auditEvent.findFirstOrThrow({ where: { action: "dispute.status_change" }, orderBy: { seq: "desc" } });
          expect(event).toMatchObject({ entityId: dispute.id, actorUserId: owner.userId, organizationId: owner.organizationId });
          expect(JSON.parse(event.data)).toMatchObject({ from, to, note: `${from}→${to}` });
        } else {
          await expect(attempt, `${from} → ${to}`).rejects.toSatisfy(
            (e) => e instanceof AppError && e.status === 409 && e.messageKey === "illegalTransition" && e.values.from === from && e.values.to === to,
          );
          expect(await db.disputeStatusChange.count({ where: { disputeId: dispute.id } })).toBe(changesBefore);
          expect(await db.auditEvent.count({ where: { action: "dispute.status_change" } })).toBe(auditBefore);
        }
      }
    }
    expect(allowed).toBe(Object.values(STATUS_TRANSITIONS).flat().length);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("keeps the forward path and the documented shortcuts open", () => {
    const path = ["OPEN", "COLLECTING", "UNDER_REVIEW", "READY", "SUBMITTED", "LOST", "ESCALATED", "CLOSED"] as const;
    for (let i = 1; i < path.length; i++) expect(isAllowedTransition(path[i - 1], path[i])).toBe(true);
    expect(isAllowedTransition("UNDER_REVIEW", "COLLECTING")).toBe(true);
    expect(isAllowedTransition("OPEN", "CLOSED")).toBe(true);
    expect(isAllowedTransition("COLLECTING", "CLOSED")).toBe(true);
    expect(STATUS_TRANSITIONS.CLOSED).toEqual([]);
    // READY has no way in except through review.
    expect(ALL_STATUSES.filter((from) => isAllowedTransition(from, "READY"))).toEqual(["UNDER_REVIEW"]);
  });

  it("lets only reviewers, admins and owners move UNDER_REVIEW → READY", async () => {
    const { owner, store } = await merchantWithStore();
    const staff = await addMember(owner, "staff");
    const reviewer = await addMember(owner, "reviewer");
    const admin = await addMember(owner, "admin");
    const dispute = await createTestDispute(owner, store.id);

    await db.dispute.update({ where: { id: dispute.id }, data: { status: "UNDER_REVIEW" } });
    expect(nextStatusesFor(staff, "UNDER_REVIEW")).toEqual({ allowed: ["COLLECTING"], reviewGated: true });
    await expect(changeDisputeStatus(staff, dispute.id, { toStatus: "READY" })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.status === 403 && e.messageKey === "reviewRequired",
    );
    expect((await db.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).status).toBe("UNDER_REVIEW");

    for (const ctx of [reviewer, admin, owner]) {
      await db.dispute.update({ where: { id: dispute.id }, data: { status: "UNDER_REVIEW" } });
      expect(nextStatusesFor(ctx, "UNDER_REVIEW")).toEqual({ allowed: ["READY", "COLLECTING"], reviewGated: false });
      await expect(changeDisputeStatus(ctx, dispute.id, { toStatus: "READY" })).resolves.toMatchObject({ status: "READY" });
    }
    // Staff still does the ordinary steps.
    await expect(changeDisputeStatus(staff, dispute.id, { toStatus: "SUBMITTED" })).resolves.toMatchObject({ status: "SUBMITTED" });
  });

  it("marks a case READY only when every finding on its live photos has been confirmed or rejected", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id);
    const { findings } = await plantAnalysedPhoto(owner, dispute.id, ["strong", "weak"]);
    await db.dispute.update({ where: { id: dispute.id }, data: { status: "UNDER_REVIEW" } });
    const changesBefore = await db.disputeStatusChange.count({ where: { disputeId: dispute.id } });
    await expect(changeDisputeStatus(owner, dispute.id, { toStatus: "READY" })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "readyAwaitingReview", values: { count: 2 } });
    // A step the role may not take is still reported as such.
    const staff = await addMember(owner, "staff");
    await expect(changeDisputeStatus(staff, dispute.id, { toStatus: "READY" })).rejects.toMatchObject({ messageKey: "reviewRequired" });

    await reviewFinding(owner, findings[0].id, { decision: "CONFIRMED" });
    await expect(changeDisputeStatus(owner, dispute.id, { toStatus: "READY" })).rejects.toMatchObject({ values: { count: 1 } });
    expect(await db.disputeStatusChange.count({ where: { disputeId: dispute.id } })).toBe(changesBefore);
    expect((await db.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).status).toBe("UNDER_REVIEW");
    await reviewFinding(owner, findings[1].id, { decision: "REJECTED", note: "误报" });
    await expect(changeDisputeStatus(owner, dispute.id, { toStatus: "READY" })).resolves.toMatchObject({ status: "READY" });
  });

  it("records the recovered amount on WON and PARTIAL only", async () => {
    const { owner, store } = await merchantWithStore();
    const won = await createTestDispute(owner, store.id, { orderAmount: "300", claimedAmount: "250.50" });
    await db.dispute.update({ where: { id: won.id }, data: { status: "SUBMITTED" } });
    await expect(changeDisputeStatus(owner, won.id, { toStatus: "WON" })).resolves.toMatchObject({ amountRecoveredFen: 25050 });

    const partial = await createTestDispute(owner, store.id, { orderAmount: "300", claimedAmount: "250.50" });
    await db.dispute.update({ where: { id: partial.id }, data: { status: "SUBMITTED" } });
    await expect(changeDisputeStatus(owner, partial.id, { toStatus: "LOST", recoveredAmount: "10" })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.fieldErrors.recoveredAmount?.[0] === "recoveryNotApplicable",
    );
    await expect(
      changeDisputeStatus(owner, partial.id, { toStatus: "PARTIAL", recoveredAmount: "100.1", note: "平台退回一半" }),
    ).resolves.toMatchObject({ status: "PARTIAL", amountRecoveredFen: 10010, outcomeNote: "平台退回一半" });
  });
});
