import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { AuditEvent } from "@/lib/db/generated/client";

export type AuditHashInput = Pick<
  AuditEvent,
  "organizationId" | "actorUserId" | "action" | "entityType" | "entityId" | "data" | "createdAt" | "prevHash"
>;

/** SHA-256 over the RFC 8785 canonical JSON of every field the event records, prevHash included. */
export function computeAuditHash(event: AuditHashInput): string {
  const canonical = canonicalize({
    organizationId: event.organizationId,
    actorUserId: event.actorUserId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    data: event.data,
    createdAt: event.createdAt.toISOString(),
    prevHash: event.prevHash,
  });
  return createHash("sha256").update(canonical ?? "").digest("hex");
}

/** prevHash of the first event: a fixed genesis value. */
export const GENESIS_HASH = "0".repeat(64);
