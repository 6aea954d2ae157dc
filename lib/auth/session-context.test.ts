import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createMerchant, signInHeaders } from "@/test/factories";
import { getSessionContext } from "./session-context";

describe("getSessionContext", () => {
  it("resolves the merchant and role of the session, and none when signed out", async () => {
    const owner = await createMerchant("甲商家");
    const ctx = await getSessionContext(await signInHeaders(owner.email));
    expect(ctx).toMatchObject({ userId: owner.userId, organizationId: owner.organizationId, organizationName: "甲商家", role: "owner" });
    expect(await getSessionContext(new Headers())).toBeNull();
  });

  it("moves a member removed from the active merchant to their remaining one", async () => {
    const a = await createMerchant("甲商家");
    const b = await createMerchant("乙商家");
    await db.member.create({ data: { id: randomUUID(), organizationId: a.organizationId, userId: b.userId, role: "staff" } });
    const headers = await signInHeaders(b.email);
    const session = await db.session.findFirstOrThrow({ where: { userId: b.userId }, orderBy: { createdAt: "desc" } });
    await db.session.update({ where: { id: session.id }, data: { activeOrganizationId: a.organizationId } });
    expect(await getSessionContext(headers)).toMatchObject({ organizationId: a.organizationId, role: "staff" });

    await db.member.deleteMany({ where: { organizationId: a.organizationId, userId: b.userId } });
    expect(await getSessionContext(headers)).toMatchObject({ organizationId: b.organizationId, role: "owner" });
  });
});
