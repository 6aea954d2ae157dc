import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createMerchant } from "@/test/factories";
import { auth } from "./auth";

function signInRequest(email: string, password: string, ip: string) {
  return new Request("http://localhost:3000/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip },
    body: JSON.stringify({ email, password }),
  });
}

describe("sign-in over HTTP", () => {
  it("signs in with the right password, sets a session cookie and logs auth.login", async () => {
    const ctx = await createMerchant();
    const before = await db.auditEvent.count({ where: { action: "auth.login", actorUserId: ctx.userId } });
    const res = await auth.handler(signInRequest(ctx.email, "password-123", "10.0.0.1"));
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/session_token=/);
    expect(await db.auditEvent.count({ where: { action: "auth.login", actorUserId: ctx.userId } })).toBe(before + 1);
    const session = await db.session.findFirst({ where: { userId: ctx.userId }, orderBy: { createdAt: "desc" } });
    expect(session?.activeOrganizationId).toBe(ctx.organizationId);
  });

  it("records an IPv6 client's network in its short form in the auth.login event", async () => {
    const ctx = await createMerchant();
    expect((await auth.handler(signInRequest(ctx.email, "password-123", "2001:db8:0:1::7"))).status).toBe(200);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.login", actorUserId: ctx.userId }, orderBy: { seq: "desc" } });
    // better-auth keeps the client's /64 network, written out in full ("2001:0db8:0000:0001:0000:…").
    expect(JSON.parse(event.data)).toMatchObject({ ipAddress: "2001:db8:0:1::/64" });
  });

  it("fails a sign-in that cannot be audited and leaves no session behind", async () => {
    const ctx = await createMerchant();
    const sessions = await db.session.count({ where: { userId: ctx.userId } });
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_login BEFORE INSERT ON "AuditEvent" WHEN NEW.action = 'auth.login' BEGIN SELECT RAISE(ABORT, 'refused in test'); END`);
    let status: number;
    try {
      status = (await auth.handler(signInRequest(ctx.email, "password-123", "10.0.0.5"))).status;
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_login`);
    }
    expect(status).toBeGreaterThanOrEqual(500);
    expect(await db.session.count({ where: { userId: ctx.userId } })).toBe(sessions);
  });

  it("rejects a wrong password with 401", async () => {
    const ctx = await createMerchant();
    const res = await auth.handler(signInRequest(ctx.email, "wrong-password", "10.0.0.2"));
    expect(res.status).toBe(401);
  });

  it("rate-limits repeated attempts from one address, not from another", async () => {
    const ctx = await createMerchant();
    const limit = Number(process.env.AUTH_SIGNIN_RATE_LIMIT ?? 10);
    const statuses: number[] = [];
    for (let i = 0; i < limit + 2; i++) statuses.push((await auth.handler(signInRequest(ctx.email, "wrong-password", "10.0.0.3"))).status);
    expect(statuses.slice(0, limit).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(limit)).toEqual([429, 429]);
    // Even the right password is refused while the window lasts.
    expect((await auth.handler(signInRequest(ctx.email, "password-123", "10.0.0.3"))).status).toBe(429);
    expect((await auth.handler(signInRequest(ctx.email, "password-123", "10.0.0.4"))).status).toBe(200);
  });
});
