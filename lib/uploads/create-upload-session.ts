import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import { getSizeCap } from "@/lib/evidence/get-size-cap";
import { cleanStaleUploadSessions } from "./clean-stale-upload-sessions";
import { toUploadSessionView, type UploadSessionView } from "./to-upload-session-view";
import { createUploadSessionSchema, type CreateUploadSessionInput } from "./upload-schemas";

/**
 * Opens a resumable upload for one finished clip. The clip is linked to the merchant's
 * order with that tracking number when there is one; otherwise the tracking number is
 * kept so the clip can still be found by it. The operator is whoever is signed in. Opening
 * is logged with the file's name, size and tracking number.
 */
export async function createUploadSession(ctx: SessionContext, input: CreateUploadSessionInput): Promise<UploadSessionView> {
  assertPermission(ctx, { evidence: ["upload"] });
  const data = createUploadSessionSchema.parse(input);
  const cap = getSizeCap(data.kind);
  if (data.declaredSize > cap) throw new AppError("PAYLOAD_TOO_LARGE", "evidence.fileTooLarge", { cap: formatByteSize(cap) });
  await cleanStaleUploadSessions();
  const order = await db.order.findFirst({
    where: { organizationId: ctx.organizationId, trackingNo: data.trackingNo },
    orderBy: { createdAt: "desc" },
    select: { id: true, orderNo: true },
  });
  const session = await runAudited(async (tx) => {
    const created = await tx.uploadSession.create({
      data: {
        organizationId: ctx.organizationId,
        createdById: ctx.userId,
        kind: data.kind,
        originalName: data.originalName,
        declaredSize: BigInt(data.declaredSize),
        sha256: data.sha256 ?? null,
        orderId: order?.id ?? null,
        trackingNo: data.trackingNo,
        operatorName: ctx.userName,
        stationName: data.stationName,
        recordedAt: data.recordedAt,
      },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "upload.open",
      entityType: "uploadSession",
      entityId: created.id,
      data: { kind: data.kind, originalName: data.originalName, declaredSize: data.declaredSize, trackingNo: data.trackingNo, stationName: data.stationName },
    });
    return created;
  });
  return toUploadSessionView(session, order);
}
