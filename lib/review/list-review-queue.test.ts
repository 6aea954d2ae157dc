import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { createTestDispute, merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { withdrawEvidence } from "@/lib/evidence/withdraw-evidence";
import { plantAnalysedPhoto } from "@/lib/forensics/forensics-test-support";
import { reviewFinding } from "@/lib/forensics/review-finding";
import { addMember } from "@/test/factories";
import { assignReviewer } from "./assign-reviewer";
import { listReviewQueue } from "./list-review-queue";

let owner: SessionContext;
let reviewer: SessionContext;
let ids: Record<string, string>;

beforeAll(async () => {
  const merchant = await merchantWithStore();
  owner = merchant.owner;
  reviewer = await addMember(owner, "reviewer");
  const dispute = async (orderNo: string, responseDeadline: string) => (await createTestDispute(owner, merchant.store.id, { orderNo, responseDeadline })).id;
  ids = {
    later: await dispute("Q-LATER", "2026-12-20T18:00"),
    overdue: await dispute("Q-OVERDUE", "2026-11-01T18:00"),
    noDeadline: await dispute("Q-NO-DEADLINE", ""),
    soon: await dispute("Q-SOON", "2026-11-25T18:00"),
    reviewed: await dispute("Q-REVIEWED", "2026-11-24T18:00"),
    withdrawn: await dispute("Q-WITHDRAWN", "2026-11-24T18:00"),
    noPhotos: await dispute("Q-NO-PHOTOS", "2026-11-24T18:00"),
    submitted: await dispute("Q-SUBMITTED", "2026-10-01T18:00"),
  };
  // Already answered: its deadline no longer drives the order.
  await db.dispute.update({ where: { id: ids.submitted }, data: { status: "SUBMITTED" } });
  await plantAnalysedPhoto(owner, ids.submitted, ["info"]);
  await plantAnalysedPhoto(owner, ids.later, ["weak"]);
  await plantAnalysedPhoto(owner, ids.overdue, ["info", "moderate"]);
  await plantAnalysedPhoto(owner, ids.overdue, ["weak"]);
  await plantAnalysedPhoto(owner, ids.noDeadline, ["strong"]);
  await plantAnalysedPhoto(owner, ids.soon, ["strong", "info"]);
  const { findings } = await plantAnalysedPhoto(owner, ids.reviewed, ["strong", "weak"]);
  await reviewFinding(owner, findings[0].id, { decision: "CONFIRMED" });
  await reviewFinding(reviewer, findings[1].id, { decision: "REJECTED", note: "误报" });
  const { photo } = await plantAnalysedPhoto(owner, ids.withdrawn, ["strong"]);
  await withdrawEvidence(owner, photo.id, { reason: "传错了" });
});

describe("listReviewQueue", () => {
  it("lists only cases with findings awaiting review: live deadlines first, nearest first; answered cases, then those without a deadline, last", async () => {
    const queue = await listReviewQueue(reviewer);
    expect(queue.items.map((item) => item.orderNo)).toEqual(["Q-OVERDUE", "Q-SOON", "Q-LATER", "Q-SUBMITTED", "Q-NO-DEADLINE"]);
    expect(queue.total).toBe(5);
    const overdue = queue.items[0];
    expect(overdue).toMatchObject({ awaitingCount: 3, strongest: "moderate", reviewer: null, amountClaimedFen: 19900 });
    expect(queue.items[1]).toMatchObject({ awaitingCount: 2, strongest: "strong" });
  });

  it("filters by who is assigned, and shows the assignee's name", async () => {
    await assignReviewer(owner, ids.soon, { reviewerId: reviewer.userId });
    const mine = await listReviewQueue(reviewer, { assignee: "me" });
    expect(mine.items.map((item) => item.orderNo)).toEqual(["Q-SOON"]);
    expect(mine.items[0].reviewer).toEqual({ id: reviewer.userId, name: reviewer.userName });
    const unassigned = await listReviewQueue(reviewer, { assignee: "unassigned" });
    expect(unassigned.items.map((item) => item.orderNo)).toEqual(["Q-OVERDUE", "Q-LATER", "Q-SUBMITTED", "Q-NO-DEADLINE"]);
    expect(unassigned.total).toBe(4);
    // A hand-edited filter falls back to everyone's cases.
    expect((await listReviewQueue(reviewer, { assignee: "bogus", page: "x" })).assignee).toBe("all");
  });

  it("is refused to staff and shows another merchant nothing of this one", async () => {
    const staff = await addMember(owner, "staff");
    await expect(listReviewQueue(staff)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await merchantWithStore();
    expect((await listReviewQueue(other.owner)).items).toEqual([]);
  });
});
