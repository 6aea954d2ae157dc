import { signUpMerchant } from "@/lib/auth/sign-up-merchant";
import type { SessionContext } from "@/lib/auth/session-context";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/prisma";
import { randomUUID } from "node:crypto";

/** A real merchant with a real owner account, created through the sign-up path. */
export async function createMerchant(name = "测试商家"): Promise<SessionContext> {
  const email = `owner-${randomUUID().slice(0, 8)}@example.test`;
  const { userId, organizationId } = await signUpMerchant(
    { name: "店主", email, password: "password-123", merchantName: name },
    new Headers(),
  );
  return { userId, userName: "店主", email, organizationId, organizationName: name, role: "owner" };
}

/** Adds a member with the given role to a merchant, bypassing the invitation flow. */
export async function addMember(org: SessionContext, role: Role): Promise<SessionContext> {
  const userId = randomUUID();
  const email = `${role}-${userId.slice(0, 8)}@example.test`;
  await db.user.create({ data: { id: userId, name: role, email } });
  await db.member.create({ data: { id: randomUUID(), organizationId: org.organizationId, userId, role } });
  return { userId, userName: role, email, organizationId: org.organizationId, organizationName: org.organizationName, role };
}
