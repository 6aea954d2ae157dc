import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { notFound } from "@/lib/errors";
import { apiKeyIdSchema } from "./api-key-schemas";
import { apiKeyViewInclude, toApiKeyView, type ApiKeyView } from "./to-api-key-view";

/**
 * Revokes one of the merchant's API keys (owner/admin): it stops working at once and stays
 * listed as revoked. Revoking a revoked key changes nothing. Another merchant's key is 404.
 */
export async function revokeApiKey(ctx: SessionContext, raw: unknown, now: Date = new Date()): Promise<ApiKeyView> {
  assertPermission(ctx, { settings: ["update"] });
  const { keyId } = apiKeyIdSchema.parse(raw);
  const row = await runAudited(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: keyId, organizationId: ctx.organizationId }, include: apiKeyViewInclude });
    if (!key) throw notFound();
    if (key.revokedAt) return key;
    const revoked = await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: now, revokedById: ctx.userId }, include: apiKeyViewInclude });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "apiKey.revoke",
      entityType: "apiKey",
      entityId: key.id,
      data: { name: key.name, prefix: key.prefix },
    });
    return revoked;
  });
  return toApiKeyView(row);
}
