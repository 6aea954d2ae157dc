import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { addMember, createMerchant } from "@/test/factories";
import { acceptInvitation } from "./accept-invitation";
import { cancelInvitation } from "./cancel-invitation";
import { getInvitationForAcceptance } from "./get-invitation-for-acceptance";
import { inviteMember } from "./invite-member";
import { listInvitations } from "./list-invitations";
import { signUpInvitee } from "./sign-up-invitee";
import { signInHeaders } from "@/test/factories";

const appError = (code: string, messageKey?: string) => (e: unknown) =>
  e instanceof AppError && e.code === code && (!messageKey || e.messageKey === messageKey);

async function merchant(name: string) {
  return { owner: await createMerchant(name) };
}

async function actionsOf(organizationId: string) {
  return (await db.auditEvent.findMany({ where: { organizationId }, orderBy: { seq: "asc" } })).map((e) => e.action);
}

describe("invitations", () => {
  it("owner invites staff; the invitee signs up through the link and is staff of that merchant", async () => {
    const { owner } = await merchant("杯子旗舰店");
    const invitation = await inviteMember(owner, { email: "Xiao.Wang@Example.test", role: "staff" });
    expect(await listInvitations(owner)).toEqual([expect.objectContaining({ id: invitation.id, email: "xiao.wang@example.test", role: "staff", expired: false })]);

    const view = await getInvitationForAcceptance(invitation.id, new Headers());
    expect(view).toMatchObject({
      status: "signedOut",
      invitation: { email: "xiao.wang@example.test", role: "staff", organizationName: "杯子旗舰店", inviterName: owner.userName },
    });

    const joined = await signUpInvitee({ invitationId: invitation.id, name: "小王", password: "password-456" }, new Headers());
    const member = await db.member.findFirstOrThrow({ where: { userId: joined.userId }, include: { user: true } });
    expect(member).toMatchObject({ organizationId: owner.organizationId, role: "staff", user: { email: "xiao.wang@example.test", name: "小王" } });
    const session = await db.session.findFirstOrThrow({ where: { userId: joined.userId } });
    expect(session.activeOrganizationId).toBe(owner.organizationId);

    expect(await getInvitationForAcceptance(invitation.id, new Headers())).toEqual({ status: "used" });
    expect(await listInvitations(owner)).toEqual([]);
    expect(await actionsOf(owner.organizationId)).toEqual(expect.arrayContaining(["member.invite", "auth.signup", "member.join"]));
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("a signed-in user with the invited email accepts; nobody else can accept on their behalf", async () => {
    const { owner } = await merchant("商家A");
    const invitee = await createMerchant("商家B");
    const other = await createMerchant("商家C");
    const invitation = await inviteMember(owner, { email: invitee.email, role: "reviewer" });

    const otherHeaders = await signInHeaders(other.email);
    expect(await getInvitationForAcceptance(invitation.id, otherHeaders)).toMatchObject({ status: "wrongEmail", signedInEmail: other.email });
    await expect(acceptInvitation({ invitationId: invitation.id }, otherHeaders)).rejects.toSatisfy(appError("NOT_FOUND"));
    await expect(acceptInvitation({ invitationId: invitation.id }, new Headers())).rejects.toSatisfy(appError("UNAUTHENTICATED"));
    expect(await db.member.count({ where: { organizationId: owner.organizationId } })).toBe(1);

    const inviteeHeaders = await signInHeaders(invitee.email);
    expect(await getInvitationForAcceptance(invitation.id, inviteeHeaders)).toMatchObject({ status: "ready" });
    await acceptInvitation({ invitationId: invitation.id }, inviteeHeaders);
    expect(await db.member.findFirst({ where: { organizationId: owner.organizationId, userId: invitee.userId } })).toMatchObject({ role: "reviewer" });
    const sessions = await db.session.findMany({ where: { userId: invitee.userId }, orderBy: { createdAt: "desc" } });
    expect(sessions[0].activeOrganizationId).toBe(owner.organizationId);
    expect(await actionsOf(owner.organizationId)).toContain("member.join");

    await expect(acceptInvitation({ invitationId: invitation.id }, inviteeHeaders)).rejects.toSatisfy(appError("CONFLICT", "invitationUsed"));
  });

  it("refuses to invite an owner, an existing member or an address already invited", async () => {
    const { owner } = await merchant("商家D");
    const staff = await addMember(owner, "staff");
    await expect(inviteMember(owner, { email: "boss@example.test", role: "owner" as never })).rejects.toBeInstanceOf(ZodError);
    await expect(inviteMember(owner, { email: staff.email, role: "admin" })).rejects.toSatisfy(appError("CONFLICT", "alreadyMember"));
    await inviteMember(owner, { email: "twice@example.test", role: "staff" });
    await expect(inviteMember(owner, { email: "twice@example.test", role: "admin" })).rejects.toSatisfy(appError("CONFLICT", "alreadyInvited"));
    expect(await db.invitation.count({ where: { organizationId: owner.organizationId } })).toBe(1);
  });

  it("staff and reviewers cannot invite, list or cancel invitations, and nothing changes", async () => {
    const { owner } = await merchant("商家E");
    const pending = await inviteMember(owner, { email: "p@example.test", role: "staff" });
    for (const role of ["staff", "reviewer"] as const) {
      const member = await addMember(owner, role);
      await expect(inviteMember(member, { email: `${role}-x@example.test`, role: "staff" })).rejects.toSatisfy(appError("FORBIDDEN"));
      await expect(listInvitations(member)).rejects.toSatisfy(appError("FORBIDDEN"));
      await expect(cancelInvitation(member, { invitationId: pending.id })).rejects.toSatisfy(appError("FORBIDDEN"));
    }
    expect(await db.invitation.findMany({ where: { organizationId: owner.organizationId } })).toEqual([expect.objectContaining({ id: pending.id, status: "pending" })]);
  });

  it("another merchant cannot see or cancel the invitations", async () => {
    const a = await merchant("商家F");
    const b = await merchant("商家G");
    const invitation = await inviteMember(a.owner, { email: "f@example.test", role: "staff" });
    expect(await listInvitations(b.owner)).toEqual([]);
    await expect(cancelInvitation(b.owner, { invitationId: invitation.id })).rejects.toSatisfy(appError("NOT_FOUND"));
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "pending" });
  });

  it("a cancelled invitation stops working and the address can be invited again", async () => {
    const { owner } = await merchant("商家H");
    const first = await inviteMember(owner, { email: "h@example.test", role: "staff" });
    await cancelInvitation(owner, { invitationId: first.id });
    expect(await getInvitationForAcceptance(first.id, new Headers())).toEqual({ status: "invalid" });
    await expect(signUpInvitee({ invitationId: first.id, name: "h", password: "password-456" }, new Headers())).rejects.toSatisfy(
      appError("NOT_FOUND", "invitationInvalid"),
    );
    await inviteMember(owner, { email: "h@example.test", role: "reviewer" });
    expect(await actionsOf(owner.organizationId)).toEqual(expect.arrayContaining(["member.invite_cancel"]));
  });

  it("writes neither the invitation nor the membership when their audit events cannot be written", async () => {
    const { owner } = await merchant("商家L");
    const invitee = await createMerchant("商家M");
    const refuse = (action: string) =>
      db.$executeRawUnsafe(`CREATE TRIGGER refuse_${action.replace(".", "_")} BEFORE INSERT ON "AuditEvent" WHEN NEW.action = '${action}' BEGIN SELECT RAISE(ABORT, 'refused in test'); END`);
    await refuse("member.invite");
    await expect(inviteMember(owner, { email: invitee.email, role: "staff" })).rejects.toThrow(/auditEvent.create/);
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_member_invite`);
    expect(await db.invitation.count({ where: { organizationId: owner.organizationId } })).toBe(0);

    const invitation = await inviteMember(owner, { email: invitee.email, role: "staff" });
    await refuse("member.join");
    await expect(acceptInvitation({ invitationId: invitation.id }, await signInHeaders(invitee.email))).rejects.toThrow(/auditEvent.create/);
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_member_join`);
    expect(await db.member.count({ where: { organizationId: owner.organizationId } })).toBe(1);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "pending" });
  });

  it("leaves the invitation pending when its cancellation cannot be audited", async () => {
    const { owner } = await merchant("商家K");
    const invitation = await inviteMember(owner, { email: "k@example.test", role: "staff" });
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_cancel_audit BEFORE INSERT ON "AuditEvent" WHEN NEW.action = 'member.invite_cancel' BEGIN SELECT RAISE(ABORT, 'refused in test'); END`);
    try {
      await expect(cancelInvitation(owner, { invitationId: invitation.id })).rejects.toThrow(/auditEvent.create/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_cancel_audit`);
    }
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "pending" });
  });

  it("invitee sign-up leaves nothing behind when the invitation expired, the email is taken or joining fails", async () => {
    const { owner } = await merchant("商家I");
    const users = await db.user.count();

    const expired = await inviteMember(owner, { email: "late@example.test", role: "staff" });
    await db.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getInvitationForAcceptance(expired.id, new Headers())).toEqual({ status: "expired" });
    await expect(signUpInvitee({ invitationId: expired.id, name: "x", password: "password-456" }, new Headers())).rejects.toSatisfy(
      appError("CONFLICT", "invitationExpired"),
    );

    const existing = await createMerchant("商家J");
    const taken = await inviteMember(owner, { email: existing.email, role: "staff" });
    await expect(signUpInvitee({ invitationId: taken.id, name: "x", password: "password-456" }, new Headers())).rejects.toSatisfy(
      appError("CONFLICT", "invitationEmailTaken"),
    );
    expect(await db.user.count()).toBe(users + 1);

    const doomed = await inviteMember(owner, { email: "doomed@example.test", role: "staff" });
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_join BEFORE INSERT ON "AuditEvent" WHEN NEW.action = 'member.join' BEGIN SELECT RAISE(ABORT, 'refused in test'); END`);
    try {
      await expect(signUpInvitee({ invitationId: doomed.id, name: "x", password: "password-456" }, new Headers())).rejects.toThrow(/auditEvent.create/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_join`);
    }
    // The sign-up event was in the join's transaction and went with it.
    expect(await db.auditEvent.count({ where: { action: "auth.signup", data: { contains: "doomed@example.test" } } })).toBe(0);
    expect(await db.user.findUnique({ where: { email: "doomed@example.test" } })).toBeNull();
    expect(await db.invitation.findUniqueOrThrow({ where: { id: doomed.id } })).toMatchObject({ status: "pending" });
    expect(await db.member.count({ where: { organizationId: owner.organizationId } })).toBe(1);
  });
});
