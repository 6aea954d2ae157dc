import type { Prisma } from "@/lib/db/generated/client";
import { apiKeyAccessSchema } from "./api-key-schemas";

export const apiKeyViewInclude = { createdBy: { select: { name: true } }, revokedBy: { select: { name: true } } } as const;

/** An API key as lists show it: never the secret or its hash. */
export function toApiKeyView(row: Prisma.ApiKeyGetPayload<{ include: typeof apiKeyViewInclude }>) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    access: apiKeyAccessSchema.parse(row.access),
    createdBy: row.createdBy.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedBy: row.revokedBy?.name ?? null,
  };
}
export type ApiKeyView = ReturnType<typeof toApiKeyView>;
