import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import type { Evidence } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";

/** The evidence row if it belongs to the caller's merchant, else 404. */
export async function findEvidence(ctx: Pick<SessionContext, "organizationId">, evidenceId: string): Promise<Evidence> {
  const evidence = await db.evidence.findFirst({ where: { id: evidenceId, organizationId: ctx.organizationId } });
  if (!evidence) throw notFound();
  return evidence;
}
