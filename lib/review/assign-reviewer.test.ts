import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { createTestDispute, merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { addMember } from "@/test/factories";
import { assignReviewer } from "./assign-reviewer";
import { listReviewers } from "./list-reviewers";

let owner: SessionContext;
let reviewer: SessionContext;
let staff: SessionContext;
let storeId: string;

beforeAll(async () => {
  const merchant = await merchantWithStore();
  owner = merchant.owner;
  storeId = merchant.store.id;
  reviewer = await addMember(owner, "reviewer");
  staff = await addMember(owner, "staff");
});

const auditOf = (disputeId: string) => db.auditEvent.findMany({ where: { action: "dispute.assign_reviewer", entityId: disputeId }, orderBy: { seq: "asc" } });

describe("assignReviewer", () => {
  it("offers the members who may decide on findings", async () => {
    const admin = await addMember(owner, "admin");
    const names = (await listReviewers(owner)).map((member) => member.userId);
    expect(names).toEqual(expect.arrayContaining([owner.userId, reviewer.userId, admin.userId]));
    expect(names).not.toContain(staff.userId);
  });

  it("assigns and unassigns a reviewer, each change in the audit log", async () => {
    const dispute = await createTestDispute(owner, storeId);
    await assignReviewer(owner, dispute.id, { reviewerId: reviewer.userId });
    expect((await db.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).reviewerId).toBe(reviewer.userId);
    // The same choice again changes nothing and logs nothing.
    await assignReviewer(owner, dispute.id, { reviewerId: reviewer.userId });
    await assignReviewer(owner, dispute.id, { reviewerId: "" });
    expect((await db.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).reviewerId).toBeNull();
    const events = await auditOf(dispute.id);
    expect(events.map((event) => JSON.parse(event.data))).toEqual([
      { from: null, to: reviewer.userId },
      { from: reviewer.userId, to: null },
    ]);
    expect(events.every((event) => event.actorUserId === owner.userId)).toBe(true);
  });

  it("refuses staff, other merchants' users and roles that may not review, changing nothing", async () => {
    const dispute = await createTestDispute(owner, storeId);
    const other = await merchantWithStore();
    await expect(assignReviewer(owner, dispute.id, { reviewerId: staff.userId })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { reviewerId: ["reviewerNotEligible"] } });
    await expect(assignReviewer(owner, dispute.id, { reviewerId: other.owner.userId })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(assignReviewer(reviewer, dispute.id, { reviewerId: reviewer.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(assignReviewer(other.owner, dispute.id, { reviewerId: other.owner.userId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).reviewerId).toBeNull();
    expect(await auditOf(dispute.id)).toEqual([]);
  });
});
