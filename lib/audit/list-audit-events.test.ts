import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { createTestDispute, merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { plantAnalysedPhoto } from "@/lib/forensics/forensics-test-support";
import { reviewFinding } from "@/lib/forensics/review-finding";
import { assignReviewer } from "@/lib/review/assign-reviewer";
import { addMember, createMerchant } from "@/test/factories";
import { appendAuditEvent } from "./append-audit-event";
import { AUDIT_PAGE_SIZE, checkAuditChain, listAuditEvents } from "./list-audit-events";
import { runAudited } from "./run-audited";

describe("audit log page data", () => {
  it("pages through the merchant's own events, newest first, with actor names", async () => {
    const a = await createMerchant("商家A");
    const b = await createMerchant("商家B");
    for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++) {
      await runAudited((tx) =>
        appendAuditEvent(tx, { organizationId: a.organizationId, actorUserId: a.userId, action: "dispute.update", entityType: "dispute", entityId: `d-${i}`, data: { i } }),
      );
    }
    const ownEvents = await db.auditEvent.count({ where: { organizationId: a.organizationId } });
    const first = await listAuditEvents(a, { page: "1" });
    expect(first).toMatchObject({ page: 1, total: ownEvents, pages: Math.ceil(ownEvents / AUDIT_PAGE_SIZE) });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0]).toMatchObject({ action: "dispute.update", entityId: `d-${AUDIT_PAGE_SIZE + 2}`, data: { i: AUDIT_PAGE_SIZE + 2 }, actor: { name: "店主", email: a.email } });
    const seqs = first.events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => y - x));

    const second = await listAuditEvents(a, { page: "2" });
    expect(second.events.length).toBe(ownEvents - AUDIT_PAGE_SIZE);
    expect(Math.max(...second.events.map((e) => e.seq))).toBeLessThan(Math.min(...seqs));
    expect((await listAuditEvents(a, { page: "junk" })).page).toBe(1);

    const bEvents = await listAuditEvents(b);
    expect(bEvents.events.every((e) => e.actorUserId === b.userId)).toBe(true);
    expect(bEvents.total).toBe(await db.auditEvent.count({ where: { organizationId: b.organizationId } }));
  });

  it("lists one dispute's trail: its own events and those naming it, not a neighbour's; 404 for another merchant", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id);
    const neighbour = await createTestDispute(owner, store.id);
    const { findings } = await plantAnalysedPhoto(owner, dispute.id, ["weak"]);
    await plantAnalysedPhoto(owner, neighbour.id, ["weak"]);
    await reviewFinding(owner, findings[0].id, { decision: "CONFIRMED" });
    await assignReviewer(owner, dispute.id, { reviewerId: owner.userId });

    const trail = await listAuditEvents(owner, { disputeId: dispute.id });
    expect(trail.events.map((event) => event.action).sort()).toEqual(["dispute.assign_reviewer", "dispute.create", "finding.review"]);
    expect(trail.total).toBe(3);
    const other = await createMerchant("别家");
    await expect(listAuditEvents(other, { disputeId: dispute.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is closed to staff and reports the first broken event", async () => {
    const owner = await createMerchant("商家C");
    const staff = await addMember(owner, "staff");
    const reviewer = await addMember(owner, "reviewer");
    await expect(listAuditEvents(staff)).rejects.toSatisfy((e) => e instanceof AppError && e.code === "FORBIDDEN");
    await expect(checkAuditChain(staff)).rejects.toSatisfy((e) => e instanceof AppError && e.code === "FORBIDDEN");

    const other = await createMerchant("商家D");
    expect(await checkAuditChain(reviewer)).toEqual({ ok: true });
    const victim = await db.auditEvent.findFirstOrThrow({ where: { organizationId: owner.organizationId }, orderBy: { seq: "asc" } });
    await db.$executeRaw`UPDATE "AuditEvent" SET "entityId" = 'forged' WHERE "seq" = ${victim.seq}`;
    expect(await checkAuditChain(reviewer)).toEqual({ ok: false, brokenSeq: victim.seq, reason: "hash_mismatch", event: { action: victim.action, createdAt: victim.createdAt } });
    // Another merchant learns that the shared chain is broken, but nothing about the event.
    expect(await checkAuditChain(other)).toEqual({ ok: false, brokenSeq: victim.seq, reason: "hash_mismatch", event: null });
  });
});
