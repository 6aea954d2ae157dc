import type { SessionContext } from "@/lib/auth/session-context";
import type { UploadSession } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { findUploadSession } from "./find-upload-session";
import { toUploadSessionView, type UploadSessionView } from "./to-upload-session-view";

/** The order a session's clip belongs to, looked up within the caller's merchant. */
export async function sessionOrder(ctx: Pick<SessionContext, "organizationId">, session: Pick<UploadSession, "orderId">) {
  if (!session.orderId) return null;
  return db.order.findFirst({ where: { id: session.orderId, organizationId: ctx.organizationId }, select: { id: true, orderNo: true } });
}

/** Where a session stands: the offset the next chunk must start at, and its evidence once complete. */
export async function getUploadSessionStatus(ctx: SessionContext, sessionId: string): Promise<UploadSessionView> {
  const session = await findUploadSession(ctx, sessionId);
  return toUploadSessionView(session, await sessionOrder(ctx, session));
}
