import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { changeDisputeStatus } from "./change-dispute-status";
import { createTestDispute, merchantWithStore } from "./dispute-test-fixtures";
import { getDashboardStats } from "./get-dashboard-stats";

const HOUR = 60 * 60 * 1000;

async function walk(ctx: Parameters<typeof changeDisputeStatus>[0], id: string, steps: Parameters<typeof changeDisputeStatus>[2][]) {
  for (const step of steps) await changeDisputeStatus(ctx, id, step);
}

describe("getDashboardStats", () => {
  it("is empty for a new merchant", async () => {
    const { owner } = await merchantWithStore();
    expect(await getDashboardStats(owner)).toMatchObject({ total: 0, overdue: 0, dueSoon: 0, atStakeFen: 0, recoveredFen: 0, winRate: null, urgent: [], disputesAwaitingReview: 0 });
  });

  it("counts statuses, deadlines, money at stake and recovered, and the win rate", async () => {
    const { owner, store } = await merchantWithStore();
    const now = new Date();
    const forward = [{ toStatus: "COLLECTING" }, { toStatus: "UNDER_REVIEW" }, { toStatus: "READY" }, { toStatus: "SUBMITTED" }] as const;

    const overdue = await createTestDispute(owner, store.id, { orderAmount: "100", claimedAmount: "100" });
    const soon = await createTestDispute(owner, store.id, { orderAmount: "50", claimedAmount: "50" });
    await db.dispute.update({ where: { id: overdue.id }, data: { responseDeadline: new Date(now.getTime() - HOUR) } });
    await db.dispute.update({ where: { id: soon.id }, data: { responseDeadline: new Date(now.getTime() + 3 * HOUR) } });

    const won = await createTestDispute(owner, store.id, { orderAmount: "80", claimedAmount: "80" });
    await walk(owner, won.id, [...forward, { toStatus: "WON" }]);
    const lostThenWon = await createTestDispute(owner, store.id, { orderAmount: "60", claimedAmount: "60" });
    await walk(owner, lostThenWon.id, [...forward, { toStatus: "LOST" }, { toStatus: "ESCALATED" }, { toStatus: "PARTIAL", recoveredAmount: "20" }]);
    const withdrawn = await createTestDispute(owner, store.id, { orderAmount: "70", claimedAmount: "70" });
    await walk(owner, withdrawn.id, [{ toStatus: "CLOSED" }]);
    const lost = await createTestDispute(owner, store.id, { orderAmount: "30", claimedAmount: "30" });
    await walk(owner, lost.id, [...forward, { toStatus: "LOST" }]);
    const partialEscalated = await createTestDispute(owner, store.id, { orderAmount: "200", claimedAmount: "200" });
    await walk(owner, partialEscalated.id, [...forward, { toStatus: "PARTIAL", recoveredAmount: "40" }, { toStatus: "ESCALATED" }]);

    const stats = await getDashboardStats(owner, now);
    expect(stats).toMatchObject({
      total: 7,
      unsettled: 3,
      overdue: 1,
      dueSoon: 1,
      // Unsettled: 100 + 50 open, 200 − 40 escalated.
      atStakeFen: 31000,
      recoveredFen: 8000 + 2000 + 4000,
      // WON, PARTIAL (after escalation) and LOST; the escalated one is pending, the withdrawn one never decided.
      decided: 3,
      won: 2,
    });
    expect(stats.counts).toMatchObject({ OPEN: 2, CLOSED: 1, LOST: 1, ESCALATED: 1, WON: 1, PARTIAL: 1 });
    expect(stats.winRate).toBeCloseTo(2 / 3);
    expect(stats.urgent.map((d) => d.id)).toEqual([overdue.id, soon.id]);
  });

  it("counts disputes with unrejected forged-photo signals, repeat claimants and cases awaiting review", async () => {
    const { owner, store } = await merchantWithStore();
    const first = await createTestDispute(owner, store.id, { buyerPlatformId: "repeat_buyer" });
    const second = await createTestDispute(owner, store.id, { buyerPlatformId: "repeat_buyer" });
    const rejected = await createTestDispute(owner, store.id, { buyerPlatformId: "once_only" });
    const blob = await db.blob.create({ data: { sha256: "f".repeat(64), sizeBytes: 1n, mimeType: "image/jpeg" } });
    const finding = async (disputeId: string, strength: string, review: "PENDING" | "REJECTED") => {
      const evidence = await db.evidence.create({
        data: { organizationId: owner.organizationId, disputeId, kind: "BUYER_PHOTO", sha256: blob.sha256, originalName: "x.jpg", mimeType: "image/jpeg", sizeBytes: 1n, uploadedById: owner.userId },
      });
      await db.finding.create({
        data: { organizationId: owner.organizationId, evidenceId: evidence.id, disputeId, type: "derived_from_reference", strength, explanationZh: "说明", explanationEn: "explanation", detailsJson: "{}", review },
      });
    };
    await finding(first.id, "strong", "PENDING");
    await finding(first.id, "moderate", "PENDING");
    await finding(second.id, "weak", "PENDING");
    await finding(rejected.id, "strong", "REJECTED");

    const stats = await getDashboardStats(owner);
    // first and second have undecided findings; rejected has none left to decide.
    expect(stats).toMatchObject({ total: 3, forgedSignalDisputes: 1, repeatClaimants: 1, disputesAwaitingReview: 2 });
    expect(stats.forgedShare).toBeCloseTo(1 / 3);
  });
});
