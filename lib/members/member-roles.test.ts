import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { createStore } from "@/lib/stores/create-store";
import { addMember, createMerchant } from "@/test/factories";
import { changeMemberRole } from "./change-member-role";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";

const appError = (code: string, messageKey?: string) => (e: unknown) =>
  e instanceof AppError && e.code === code && (!messageKey || e.messageKey === messageKey);

async function merchant(name: string) {
  return { owner: await createMerchant(name) };
}

const memberOf = (organizationId: string, userId: string) => db.member.findFirstOrThrow({ where: { organizationId, userId } });

describe("member roles", () => {
  it("owner changes a role and removes a member, each with an audit event", async () => {
    const { owner } = await merchant("商家A");
    const staff = await addMember(owner, "staff");
    const leaver = await addMember(owner, "reviewer");
    const staffMember = await memberOf(owner.organizationId, staff.userId);

    await changeMemberRole(owner, { memberId: staffMember.id, role: "reviewer" });
    expect(await memberOf(owner.organizationId, staff.userId)).toMatchObject({ role: "reviewer" });
    const change = await db.auditEvent.findFirstOrThrow({ where: { action: "member.role_change", entityId: staffMember.id } });
    expect(JSON.parse(change.data)).toMatchObject({ from: "staff", to: "reviewer" });

    const leaverMember = await memberOf(owner.organizationId, leaver.userId);
    await removeMember(owner, { memberId: leaverMember.id });
    expect(await db.member.findUnique({ where: { id: leaverMember.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "member.remove", entityId: leaverMember.id } })).toBe(1);
    expect((await listMembers(owner)).map((m) => m.role)).toEqual(["owner", "reviewer"]);
  });

  it("staff and reviewers get FORBIDDEN for role changes, removals and new stores, and nothing changes", async () => {
    const { owner } = await merchant("商家B");
    const target = await addMember(owner, "staff");
    const targetMember = await memberOf(owner.organizationId, target.userId);
    for (const role of ["staff", "reviewer"] as const) {
      const caller = await addMember(owner, role);
      await expect(changeMemberRole(caller, { memberId: targetMember.id, role: "admin" })).rejects.toSatisfy(appError("FORBIDDEN"));
      await expect(removeMember(caller, { memberId: targetMember.id })).rejects.toSatisfy(appError("FORBIDDEN"));
      await expect(createStore(caller, { platform: "TAOBAO", name: "新店" })).rejects.toSatisfy(appError("FORBIDDEN"));
      expect((await listMembers(caller)).find((m) => m.id === targetMember.id)?.canManage).toBe(false);
    }
    expect(await memberOf(owner.organizationId, target.userId)).toMatchObject({ role: "staff" });
    expect(await db.store.count({ where: { organizationId: owner.organizationId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { organizationId: owner.organizationId, action: { in: ["member.role_change", "member.remove", "store.create"] } } })).toBe(0);
  });

  it("admins cannot touch ownership", async () => {
    const { owner } = await merchant("商家C");
    const admin = await addMember(owner, "admin");
    const staff = await addMember(owner, "staff");
    const ownerMember = await memberOf(owner.organizationId, owner.userId);
    const staffMember = await memberOf(owner.organizationId, staff.userId);
    await expect(changeMemberRole(admin, { memberId: ownerMember.id, role: "staff" })).rejects.toSatisfy(appError("FORBIDDEN"));
    await expect(removeMember(admin, { memberId: ownerMember.id })).rejects.toSatisfy(appError("FORBIDDEN"));
    await expect(changeMemberRole(admin, { memberId: staffMember.id, role: "owner" })).rejects.toSatisfy(appError("FORBIDDEN"));
    expect(await memberOf(owner.organizationId, owner.userId)).toMatchObject({ role: "owner" });
    expect(await memberOf(owner.organizationId, staff.userId)).toMatchObject({ role: "staff" });
  });

  it("the last owner can be neither demoted nor removed", async () => {
    const { owner } = await merchant("商家D");
    const ownerMember = await memberOf(owner.organizationId, owner.userId);
    await expect(changeMemberRole(owner, { memberId: ownerMember.id, role: "admin" })).rejects.toSatisfy(appError("CONFLICT", "lastOwner"));
    await expect(removeMember(owner, { memberId: ownerMember.id })).rejects.toSatisfy(appError("CONFLICT", "lastOwner"));
    expect(await memberOf(owner.organizationId, owner.userId)).toMatchObject({ role: "owner" });
    expect((await listMembers(owner)).find((m) => m.id === ownerMember.id)?.canManage).toBe(false);

    // With a second owner, one of them may step down; then the other is the last again.
    const second = await addMember(owner, "owner");
    const secondMember = await memberOf(owner.organizationId, second.userId);
    expect((await listMembers(owner)).every((m) => m.canManage)).toBe(true);
    await changeMemberRole(owner, { memberId: secondMember.id, role: "admin" });
    expect(await memberOf(owner.organizationId, second.userId)).toMatchObject({ role: "admin" });
    await expect(removeMember(owner, { memberId: ownerMember.id })).rejects.toSatisfy(appError("CONFLICT", "lastOwner"));
  });

  it("changes nothing when its audit event cannot be written: the change and its event commit together", async () => {
    const { owner } = await merchant("商家G");
    const staff = await addMember(owner, "staff");
    const staffMember = await memberOf(owner.organizationId, staff.userId);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_member_audit BEFORE INSERT ON "AuditEvent" WHEN NEW.action IN ('member.role_change', 'member.remove') BEGIN SELECT RAISE(ABORT, 'refused in test'); END`,
    );
    try {
      await expect(changeMemberRole(owner, { memberId: staffMember.id, role: "admin" })).rejects.toThrow(/auditEvent.create/);
      await expect(removeMember(owner, { memberId: staffMember.id })).rejects.toThrow(/auditEvent.create/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_member_audit`);
    }
    expect(await memberOf(owner.organizationId, staff.userId)).toMatchObject({ id: staffMember.id, role: "staff" });
  });

  it("another merchant's owner can neither see nor alter the members", async () => {
    const a = await merchant("商家E");
    const b = await merchant("商家F");
    const staff = await addMember(a.owner, "staff");
    const staffMember = await memberOf(a.owner.organizationId, staff.userId);
    expect((await listMembers(b.owner)).map((m) => m.userId)).toEqual([b.owner.userId]);
    await expect(changeMemberRole(b.owner, { memberId: staffMember.id, role: "admin" })).rejects.toSatisfy(appError("NOT_FOUND"));
    await expect(removeMember(b.owner, { memberId: staffMember.id })).rejects.toSatisfy(appError("NOT_FOUND"));
    expect(await memberOf(a.owner.organizationId, staff.userId)).toMatchObject({ role: "staff" });
  });
});
