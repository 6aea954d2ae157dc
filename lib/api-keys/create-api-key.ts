import { randomBytes } from "node:crypto";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { forbidden } from "@/lib/errors";
import { createApiKeySchema } from "./api-key-schemas";
import { API_KEY_PREFIX, hashApiKeySecret, SHOWN_PREFIX_LENGTH } from "./hash-api-key-secret";
import { apiKeyViewInclude, toApiKeyView, type ApiKeyView } from "./to-api-key-view";

/**
 * Creates an API key for the merchant (owner/admin). Returns the key itself once; only its
 * hash is stored, so it cannot be shown again. Audited with its name and prefix.
 */
export async function createApiKey(ctx: SessionContext, raw: unknown): Promise<{ key: string; apiKey: ApiKeyView }> {
  assertPermission(ctx, { settings: ["update"] });
  const { name, access } = createApiKeySchema.parse(raw);
  const key = API_KEY_PREFIX + randomBytes(32).toString("base64url");
  const prefix = key.slice(0, SHOWN_PREFIX_LENGTH);
  const row = await runAudited(async (tx) => {
    const membership = await tx.member.findFirst({ where: { organizationId: ctx.organizationId, userId: ctx.userId }, select: { id: true } });
    if (!membership) throw forbidden();
    const created = await tx.apiKey.create({
      data: { organizationId: ctx.organizationId, name, prefix, secretSha256: hashApiKeySecret(key), createdById: ctx.userId, creatorMemberId: membership.id, access },
      include: apiKeyViewInclude,
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "apiKey.create",
      entityType: "apiKey",
      entityId: created.id,
      data: { name, prefix, access },
    });
    return created;
  });
  return { key, apiKey: toApiKeyView(row) };
}
