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
 * Creates the account, its merchant (organisation) with the caller as owner, and makes
 * that merchant the session's active one. If the merchant cannot be created or the sign-up
 * cannot be audited, the account and the merchant are removed again, so neither a
 * half-registered user nor an unaudited merchant remains.
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
  let organizationId: string | undefined;
  try {
    const org = await auth.api.createOrganization({
      body: { name: input.merchantName, slug: `m-${randomUUID().slice(0, 12)}`, userId },
    });
    if (!org) throw new Error("organisation not created");
    organizationId = org.id;
    if (result.token) {
      await db.session.updateMany({ where: { token: result.token }, data: { activeOrganizationId: org.id } });
    }
    await runAudited(async (tx) => {
      await appendAuditEvent(tx, { organizationId: org.id, actorUserId: userId, action: "auth.signup", entityType: "user", entityId: userId, data: { email: input.email } });
      await appendAuditEvent(tx, { organizationId: org.id, actorUserId: userId, action: "org.create", entityType: "organization", entityId: org.id, data: { name: input.merchantName } });
    });
    return { userId, organizationId: org.id };
  } catch (error) {
    if (organizationId) await db.organization.delete({ where: { id: organizationId } }).catch(() => undefined);
    await db.user.delete({ where: { id: userId } }).catch(() => undefined);
    throw error;
  }
}
