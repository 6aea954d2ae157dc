import { randomUUID } from "node:crypto";
import { applySetCookies } from "better-auth/cookies";
import { auth } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/roles";
import type { SessionContext } from "@/lib/auth/session-context";
import { signUpMerchant } from "@/lib/auth/sign-up-merchant";
import { db } from "@/lib/db/prisma";

/** Every account the factories create signs in with this password. */
export const TEST_PASSWORD = "password-123";

/** A real merchant with a real owner account, created through the sign-up path. */
export async function createMerchant(name = "测试商家"): Promise<SessionContext> {
  const email = `owner-${randomUUID().slice(0, 8)}@example.test`;
  const { userId, organizationId } = await signUpMerchant(
    { name: "店主", email, password: TEST_PASSWORD, merchantName: name },
    new Headers(),
  );
  return { userId, userName: "店主", email, organizationId, organizationName: name, role: "owner" };
}

/** Adds a member with the given role to a merchant (a real account that can sign in), bypassing the invitation flow. */
export async function addMember(org: SessionContext, role: Role): Promise<SessionContext> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.test`;
  const { user } = await auth.api.signUpEmail({ body: { name: role, email, password: TEST_PASSWORD } });
  await db.member.create({ data: { id: randomUUID(), organizationId: org.organizationId, userId: user.id, role } });
  return { userId: user.id, userName: role, email, organizationId: org.organizationId, organizationName: org.organizationName, role };
}

async function signIn(email: string): Promise<string[]> {
  const { headers } = await auth.api.signInEmail({ body: { email, password: TEST_PASSWORD }, returnHeaders: true });
  return headers.getSetCookie();
}

/** Signs in for real and returns the Cookie header a browser would send afterwards. */
export async function sessionCookie(ctx: Pick<SessionContext, "email">): Promise<string> {
  return (await signIn(ctx.email)).map((cookie) => cookie.split(";")[0]).join("; ");
}

/** Request headers carrying a fresh session, as a browser would send them. */
export async function signInHeaders(email: string): Promise<Headers> {
  const headers = new Headers();
  applySetCookies(headers, await signIn(email));
  return headers;
}
