import type { SessionContext } from "@/lib/auth/session-context";
import type { UploadSession } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors";

/** The upload session if it belongs to the caller's merchant, else 404. */
export async function findUploadSession(ctx: Pick<SessionContext, "organizationId">, sessionId: string): Promise<UploadSession> {
  const session = await db.uploadSession.findFirst({ where: { id: sessionId, organizationId: ctx.organizationId } });
  if (!session) throw notFound();
  return session;
}
