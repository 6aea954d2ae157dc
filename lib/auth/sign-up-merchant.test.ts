import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { createMerchant } from "@/test/factories";
import { signUpMerchant } from "./sign-up-merchant";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";

// better-auth's sign-in event for the account's session stays, as the log is append-only; it
// names no merchant (the session began before there was one).
const countEvents = () => db.auditEvent.count({ where: { action: { not: "auth.login" } } });

describe("signUpMerchant", () => {
  it("creates the user, the merchant with the user as owner, and audit events", async () => {
    const ctx = await createMerchant("杯子旗舰店");
    const member = await db.member.findFirstOrThrow({ where: { userId: ctx.userId } });
    expect(member).toMatchObject({ organizationId: ctx.organizationId, role: "owner" });
    const sessions = await db.session.findMany({ where: { userId: ctx.userId } });
    expect(sessions.map((session) => session.activeOrganizationId)).toEqual([ctx.organizationId]);
    const actions = (await db.auditEvent.findMany({ where: { organizationId: ctx.organizationId } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["auth.signup", "org.create"]));
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("refuses a second account with the same email and leaves nothing behind", async () => {
    const ctx = await createMerchant();
    const users = await db.user.count();
    const orgs = await db.organization.count();
    await expect(
      signUpMerchant({ name: "x", email: ctx.email, password: "password-123", merchantName: "另一家" }, new Headers()),
    ).rejects.toSatisfy((e) => e instanceof AppError && e.messageKey === "emailTaken");
    expect(await db.user.count()).toBe(users);
    expect(await db.organization.count()).toBe(orgs);
  });

  it("leaves neither the account nor the merchant when the sign-up cannot be audited", async () => {
    const users = await db.user.count();
    const orgs = await db.organization.count();
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_org_create BEFORE INSERT ON "AuditEvent" WHEN NEW.action = 'org.create' BEGIN SELECT RAISE(ABORT, 'refused in test'); END`);
    try {
      await expect(signUpMerchant({ name: "x", email: "audit-fails@example.test", password: "password-123", merchantName: "审计失败" }, new Headers())).rejects.toThrow(
        /auditEvent.create/,
      );
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_org_create`);
    }
    expect(await db.user.count()).toBe(users);
    expect(await db.organization.count()).toBe(orgs);
  });

  it.each([
    ["the first audit event", /auditEvent\.create/, `CREATE TRIGGER refuse_signup BEFORE INSERT ON "AuditEvent" WHEN NEW.action = 'auth.signup' BEGIN SELECT RAISE(ABORT, 'refused in test'); END`],
    ["the owner's membership", /member\.create/, `CREATE TRIGGER refuse_signup BEFORE INSERT ON "member" BEGIN SELECT RAISE(ABORT, 'refused in test'); END`],
  ])("writes no merchant, membership or event when %s cannot be written", async (_what, failedCall, trigger) => {
    const before = { users: await db.user.count(), orgs: await db.organization.count(), members: await db.member.count(), sessions: await db.session.count(), events: await countEvents() };
    await db.$executeRawUnsafe(trigger);
    try {
      await expect(signUpMerchant({ name: "x", email: "half@example.test", password: "password-123", merchantName: "一半" }, new Headers())).rejects.toThrow(failedCall);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_signup`);
    }
    const after = { users: await db.user.count(), orgs: await db.organization.count(), members: await db.member.count(), sessions: await db.session.count(), events: await countEvents() };
    expect(after).toEqual(before);
  });
});
