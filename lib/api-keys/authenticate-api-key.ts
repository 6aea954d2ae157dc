import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { apiKeyAccessSchema, type ApiKeyAccess } from "./api-key-schemas";
import { API_KEY_PREFIX, hashApiKeySecret } from "./hash-api-key-secret";

/** Writing lastUsedAt on every call would make each read a write; a minute's precision is enough. */
const LAST_USED_PRECISION_MS = 60_000;

/**
 * The caller of an /api/v1 request, from its `Authorization: Bearer <key>` header. A key
 * acts with the staff role (create and update disputes, upload evidence, read findings,
 * export) in the name of the member who created it; it is refused once revoked or once that
 * membership has ended (re-inviting the person makes a new membership, which does not revive
 * the key). 401 with a message saying which of these it is.
 */
export async function authenticateApiKey(headers: Headers, now: Date = new Date()): Promise<SessionContext & { apiKeyId: string; access: ApiKeyAccess }> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  if (!match) throw new AppError("UNAUTHENTICATED", "apiKeyMissing");
  const key = match[1];
  const row = key.startsWith(API_KEY_PREFIX)
    ? await db.apiKey.findUnique({
        where: { secretSha256: hashApiKeySecret(key) },
        include: { organization: { select: { name: true } }, createdBy: { select: { name: true, email: true } } },
      })
    : null;
  if (!row) throw new AppError("UNAUTHENTICATED", "apiKeyInvalid");
  if (row.revokedAt) throw new AppError("UNAUTHENTICATED", "apiKeyRevoked");
  const member = await db.member.findFirst({ where: { id: row.creatorMemberId, organizationId: row.organizationId }, select: { id: true } });
  if (!member) throw new AppError("UNAUTHENTICATED", "apiKeyOwnerGone");
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return {
    userId: row.createdById,
    userName: row.createdBy.name,
    email: row.createdBy.email,
    organizationId: row.organizationId,
    organizationName: row.organization.name,
    role: "staff",
    apiKeyId: row.id,
    access: apiKeyAccessSchema.parse(row.access),
  };
}
