import { currentApiKeyId } from "@/lib/api-keys/api-key-scope";
import type { Tx } from "@/lib/db/prisma";
import { computeAuditHash, GENESIS_HASH } from "./compute-audit-hash";

export type AuditAction =
  | "auth.login"
  | "auth.signup"
  | "org.create"
  | "member.invite"
  | "member.join"
  | "member.role_change"
  | "member.remove"
  | "member.invite_cancel"
  | "store.create"
  | "product.create"
  | "dispute.create"
  | "dispute.update"
  | "dispute.status_change"
  | "dispute.assign_reviewer"
  | "dispute.platform_outcome"
  | "evidence.upload"
  | "evidence.withdraw"
  | "upload.open"
  | "upload.abort"
  | "photo.analyze"
  | "finding.review"
  | "order.import"
  | "evidence.timestamp"
  | "settings.tsa_update"
  | "export.create"
  | "document.save"
  | "document.regenerate"
  | "settings.legal_thresholds"
  | "apiKey.create"
  | "apiKey.revoke";

export interface AuditEventInput {
  organizationId: string | null;
  actorUserId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  data?: Record<string, unknown>;
}

/**
 * Appends one event to the hash chain. Must run inside runAudited(), which serialises
 * appenders; the unique index on prevHash makes a fork impossible even so. An action taken
 * through the API carries the key's id in its data (`apiKeyId`), beside the member the key
 * acts for.
 */
export async function appendAuditEvent(tx: Tx, input: AuditEventInput) {
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const apiKeyId = currentApiKeyId();
  const event = {
    organizationId: input.organizationId,
    actorUserId: input.actorUserId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    data: JSON.stringify(apiKeyId ? { ...input.data, apiKeyId } : (input.data ?? {})),
    createdAt: new Date(),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return tx.auditEvent.create({ data: { ...event, hash: computeAuditHash(event) } });
}
