import { z } from "zod";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { assertDisputeAccess } from "@/lib/evidence/assert-dispute-access";
import { verifyAuditChain } from "./verify-audit-chain";

export const AUDIT_PAGE_SIZE = 50;

/** Anything that is not a page number (a hand-edited URL) falls back to the first page. */
const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/**
 * One page of the merchant's audit events, newest first, with the actors' names and the API
 * key of actions taken through the API. With
 * `disputeId`: only that dispute's events — the dispute's own and those whose data names it
 * (evidence, analyses, reviews, documents, exports); another merchant's dispute is a 404.
 */
export async function listAuditEvents(ctx: SessionContext, input: { page?: unknown; disputeId?: string } = {}) {
  assertPermission(ctx, { audit: ["read"] });
  const page = pageSchema.parse(input.page);
  if (input.disputeId) await assertDisputeAccess(ctx, input.disputeId);
  const where: Prisma.AuditEventWhereInput = {
    organizationId: ctx.organizationId,
    // Event data is stored as JSON.stringify output, so a reference to the dispute reads exactly like this.
    ...(input.disputeId && { OR: [{ entityType: "dispute", entityId: input.disputeId }, { data: { contains: JSON.stringify({ disputeId: input.disputeId }).slice(1, -1) } }] }),
  };
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: { seq: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  const actorIds = [...new Set(rows.flatMap((row) => (row.actorUserId ? [row.actorUserId] : [])))];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, u]),
  );
  const events = rows.map((row) => ({ ...row, data: JSON.parse(row.data) as Record<string, unknown> }));
  const keyIds = [...new Set(events.flatMap(({ data }) => (typeof data.apiKeyId === "string" ? [data.apiKeyId] : [])))];
  const keys = new Map(
    (await db.apiKey.findMany({ where: { id: { in: keyIds }, organizationId: ctx.organizationId }, select: { id: true, name: true, prefix: true } })).map((k) => [k.id, k]),
  );
  return {
    events: events.map((row) => ({
      seq: row.seq,
      createdAt: row.createdAt,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      data: row.data,
      hash: row.hash,
      actorUserId: row.actorUserId,
      actor: row.actorUserId ? (actors.get(row.actorUserId) ?? null) : null,
      /** The API key the action came through, if it did (the actor is then the key's creator). */
      viaApiKey: typeof row.data.apiKeyId === "string" ? (keys.get(row.data.apiKeyId) ?? null) : null,
    })),
    page,
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/**
 * Verifies the whole chain (it links every merchant's events). Of the first broken event,
 * only its seq is shown to a merchant it does not belong to.
 */
export async function checkAuditChain(ctx: SessionContext) {
  assertPermission(ctx, { audit: ["read"] });
  const result = await verifyAuditChain(db);
  if (result.ok) return { ok: true as const };
  const event = await db.auditEvent.findFirst({
    where: { seq: result.brokenSeq, organizationId: ctx.organizationId },
    select: { action: true, createdAt: true },
  });
  return { ok: false as const, brokenSeq: result.brokenSeq, reason: result.reason, event };
}

export type AuditChainCheck = Awaited<ReturnType<typeof checkAuditChain>>;
