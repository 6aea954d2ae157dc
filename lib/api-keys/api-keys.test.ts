import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { addMember, createMerchant } from "@/test/factories";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { hashApiKeySecret } from "./hash-api-key-secret";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";

const bearer = (key: string) => new Headers({ authorization: `Bearer ${key}` });

/** The messageKey of the 401 authenticateApiKey throws for these headers. */
async function refusal(headers: Headers): Promise<string> {
  const error = await authenticateApiKey(headers).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(401);
  return (error as AppError).messageKey;
}

describe("API keys", () => {
  it("are created by owners and admins only, shown once and stored as a hash", async () => {
    const owner = await createMerchant("密钥商家");
    const admin = await addMember(owner, "admin");
    for (const role of ["staff", "reviewer"] as const) {
      const member = await addMember(owner, role);
      await expect(createApiKey(member, { name: "ERP" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listApiKeys(member)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(createApiKey(owner, { name: "  " })).rejects.toThrow();

    const { key, apiKey } = await createApiKey(admin, { name: " 订单系统 " });
    expect(key).toMatch(/^rpk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: "订单系统", prefix: key.slice(0, 12), createdBy: "admin", lastUsedAt: null, revokedAt: null });
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(row.secretSha256).toBe(hashApiKeySecret(key));
    expect(JSON.stringify(row)).not.toContain(key.slice(12));
    expect(JSON.stringify(await listApiKeys(owner))).not.toContain(key.slice(12));

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "apiKey.create", entityId: apiKey.id } });
    expect(event).toMatchObject({ organizationId: owner.organizationId, actorUserId: admin.userId });
    expect(JSON.parse(event.data)).toEqual({ name: "订单系统", prefix: apiKey.prefix, access: "full" });
    expect((await createApiKey(owner, { name: "报表", access: "read" })).apiKey.access).toBe("read");
    await expect(createApiKey(owner, { name: "x", access: "admin" })).rejects.toThrow();
  });

  it("authenticate as staff of their merchant in the name of their creator, and note when they were last used", async () => {
    const owner = await createMerchant("认证商家");
    const { key, apiKey } = await createApiKey(owner, { name: "ERP" });
    const now = new Date("2026-11-24T08:00:00Z");
    const ctx = await authenticateApiKey(bearer(key), now);
    expect(ctx).toEqual({
      userId: owner.userId,
      userName: owner.userName,
      email: owner.email,
      organizationId: owner.organizationId,
      organizationName: "认证商家",
      role: "staff",
      apiKeyId: apiKey.id,
      access: "full",
    });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).toEqual(now);
    // Within the minute: no write.
    await authenticateApiKey(bearer(key), new Date(now.getTime() + 30_000));
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).toEqual(now);
    await authenticateApiKey(new Headers({ authorization: `bearer  ${key} ` }), new Date(now.getTime() + 61_000));
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).toEqual(new Date(now.getTime() + 61_000));
  });

  it("refuse a missing, malformed or unknown key, each with its own message", async () => {
    const owner = await createMerchant("拒绝商家");
    const { key } = await createApiKey(owner, { name: "ERP" });
    expect(await refusal(new Headers())).toBe("apiKeyMissing");
    expect(await refusal(new Headers({ authorization: `Basic ${Buffer.from("a:b").toString("base64")}` }))).toBe("apiKeyMissing");
    expect(await refusal(bearer(`${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`))).toBe("apiKeyInvalid");
    expect(await refusal(bearer("not-a-key"))).toBe("apiKeyInvalid");
  });

  it("stop working when revoked or when their creator leaves the merchant", async () => {
    const owner = await createMerchant("吊销商家");
    const admin = await addMember(owner, "admin");
    const revoked = await createApiKey(owner, { name: "旧系统" });
    const orphaned = await createApiKey(admin, { name: "管理员的脚本" });

    const view = await revokeApiKey(owner, { keyId: revoked.apiKey.id }, new Date("2026-11-24T09:00:00Z"));
    expect(view).toMatchObject({ revokedAt: "2026-11-24T09:00:00.000Z", revokedBy: owner.userName });
    expect(await refusal(bearer(revoked.key))).toBe("apiKeyRevoked");
    // Revoking again changes nothing and writes no second event.
    await revokeApiKey(owner, { keyId: revoked.apiKey.id });
    expect(await db.auditEvent.count({ where: { action: "apiKey.revoke", entityId: revoked.apiKey.id } })).toBe(1);

    expect((await authenticateApiKey(bearer(orphaned.key))).userId).toBe(admin.userId);
    await db.member.deleteMany({ where: { organizationId: owner.organizationId, userId: admin.userId } });
    expect(await refusal(bearer(orphaned.key))).toBe("apiKeyOwnerGone");
    // Invited back, the same person is a new member: the old key stays dead.
    await db.member.create({ data: { id: randomUUID(), organizationId: owner.organizationId, userId: admin.userId, role: "admin" } });
    expect(await refusal(bearer(orphaned.key))).toBe("apiKeyOwnerGone");
    expect((await listApiKeys(owner)).map((key) => key.name)).toEqual(["管理员的脚本", "旧系统"]);
  });

  it("belong to one merchant: another merchant neither lists nor revokes them", async () => {
    const a = await createMerchant("甲商家");
    const b = await createMerchant("乙商家");
    const { key, apiKey } = await createApiKey(a, { name: "甲的密钥" });
    expect(await listApiKeys(b)).toEqual([]);
    await expect(revokeApiKey(b, { keyId: apiKey.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await authenticateApiKey(bearer(key))).organizationId).toBe(a.organizationId);
  });
});
