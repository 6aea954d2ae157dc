import { randomUUID } from "node:crypto";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { auth } from "./auth";

export const signUpMerchantSchema = z.object({
  name: z.string().trim().min(1).max(80),
  email: z.email().max(200).transform((v) => v.toLowerCase()),
  password: z.string().min(8).max(128),
  merchantName: z.string().trim().min(1).max(100),
});
export type SignUpMerchantInput = z.infer<typeof signUpMerchantSchema>;

/**
 * Creates the account (better-auth: user, password, session), then in one transaction the
 * merchant (organisation) with the caller as owner, the session's active merchant and the
 * audit events of both, written here rather than through better-auth's createOrganization so
 * that no merchant can exist without its audit event. If that transaction fails the account
 * is deleted again (with its session), so no half-registered user remains either.
 */
export async function signUpMerchant(input: SignUpMerchantInput, headers: Headers) {
  let result;
  try {
    result = await auth.api.signUpEmail({ body: { name: input.name, email: input.email, password: input.password }, headers });
  } catch (error) {
    if (error instanceof APIError && /ALREADY_EXISTS/.test(String(error.body?.code))) {
      throw new AppError("CONFLICT", "emailTaken", {}, { email: ["emailTaken"] });
    }
    throw error;
  }
  const userId = result.user.id;
  const sessionToken = result.token;
  try {
    return await runAudited(async (tx) => {
      const organization = await tx.organization.create({ data: { id: randomUUID(), name: input.merchantName, slug: `m-${randomUUID().slice(0, 12)}` } });
      await tx.member.create({ data: { id: randomUUID(), organizationId: organization.id, userId, role: "owner" } });
      if (sessionToken) await tx.session.update({ where: { token: sessionToken }, data: { activeOrganizationId: organization.id } });
      await appendAuditEvent(tx, { organizationId: organization.id, actorUserId: userId, action: "auth.signup", entityType: "user", entityId: userId, data: { email: input.email } });
      await appendAuditEvent(tx, { organizationId: organization.id, actorUserId: userId, action: "org.create", entityType: "organization", entityId: organization.id, data: { name: input.merchantName } });
      return { userId, organizationId: organization.id };
    });
  } catch (error) {
    await db.user.delete({ where: { id: userId } }).catch(() => undefined);
    throw error;
  }
}
