import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { apiKeyViewInclude, toApiKeyView, type ApiKeyView } from "./to-api-key-view";

/** The merchant's API keys, revoked ones included, newest first (owner/admin). */
export async function listApiKeys(ctx: SessionContext): Promise<ApiKeyView[]> {
  assertPermission(ctx, { settings: ["update"] });
  const rows = await db.apiKey.findMany({ where: { organizationId: ctx.organizationId }, include: apiKeyViewInclude, orderBy: { createdAt: "desc" } });
  return rows.map(toApiKeyView);
}
