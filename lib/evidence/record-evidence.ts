import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import type { SessionContext } from "@/lib/auth/session-context";
import type { Evidence } from "@/lib/db/generated/client";
import type { EvidenceKind } from "@/lib/db/generated/enums";
import type { Tx } from "@/lib/db/prisma";
import type { VideoProbeResult } from "@/lib/video/probe-video";
import { enqueueEvidenceJobs } from "./enqueue-evidence-jobs";
import type { StagedFile } from "./stage-upload-file";

export interface NewEvidence {
  /** Where the file belongs: a dispute, a product (reference photos) or an order (packing videos); at least one. */
  disputeId?: string | null;
  productId?: string | null;
  orderId?: string | null;
  trackingNo?: string | null;
  operatorName?: string | null;
  stationName?: string | null;
  recordedAt?: Date | null;
  kind: EvidenceKind;
  originalName: string;
  file: Pick<StagedFile, "sha256" | "sizeBytes" | "mime">;
  width?: number;
  height?: number;
  /** ffprobe's reading of a video, stored with the evidence row so no video exists without one. */
  videoProbe?: VideoProbeResult;
  /** Writes that must land with the evidence row or not at all (the upload session that produced it). */
  alsoWrite?: (tx: Tx, evidence: Evidence) => Promise<unknown>;
}

/**
 * Commits the Blob row (once per hash), the Evidence row, a video's probe, its audit event and its
 * background jobs (analysis, video frames, timestamp) together. Call only once the bytes
 * are on disk.
 */
export function recordEvidence(ctx: SessionContext, input: NewEvidence): Promise<Evidence> {
  const { sha256, sizeBytes, mime } = input.file;
  return runAudited(async (tx) => {
    await tx.blob.upsert({ where: { sha256 }, create: { sha256, sizeBytes: BigInt(sizeBytes), mimeType: mime }, update: {} });
    const evidence = await tx.evidence.create({
      data: {
        organizationId: ctx.organizationId,
        disputeId: input.disputeId ?? null,
        productId: input.productId ?? null,
        orderId: input.orderId ?? null,
        trackingNo: input.trackingNo ?? null,
        operatorName: input.operatorName ?? null,
        stationName: input.stationName ?? null,
        recordedAt: input.recordedAt ?? null,
        kind: input.kind,
        sha256,
        originalName: input.originalName,
        mimeType: mime,
        sizeBytes: BigInt(sizeBytes),
        width: input.width,
        height: input.height,
        uploadedById: ctx.userId,
      },
    });
    if (input.videoProbe) {
      const { rawJson, ...probe } = input.videoProbe;
      await tx.videoProbe.create({ data: { evidenceId: evidence.id, organizationId: ctx.organizationId, ...probe, rawJson } });
    }
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "evidence.upload",
      entityType: "evidence",
      entityId: evidence.id,
      data: {
        disputeId: input.disputeId ?? null,
        productId: input.productId ?? null,
        orderId: input.orderId ?? null,
        trackingNo: input.trackingNo ?? null,
        kind: input.kind,
        sha256,
        sizeBytes,
        mimeType: mime,
        originalName: input.originalName,
        ...(input.videoProbe && { durationMs: input.videoProbe.durationMs, codec: input.videoProbe.codec }),
      },
    });
    await enqueueEvidenceJobs(tx, evidence);
    await input.alsoWrite?.(tx, evidence);
    return evidence;
  });
}
