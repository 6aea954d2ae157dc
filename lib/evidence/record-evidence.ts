import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import type { SessionContext } from "@/lib/auth/session-context";
import type { Evidence } from "@/lib/db/generated/client";
import type { EvidenceKind } from "@/lib/db/generated/enums";
import type { StagedFile } from "./stage-upload-file";

export interface NewEvidence {
  disputeId: string;
  kind: EvidenceKind;
  originalName: string;
  file: Pick<StagedFile, "sha256" | "sizeBytes" | "mime">;
  width?: number;
  height?: number;
}

/** Commits the Blob row (once per hash), the Evidence row and its audit event together. Call only once the bytes are on disk. */
export function recordEvidence(ctx: SessionContext, input: NewEvidence): Promise<Evidence> {
  const { sha256, sizeBytes, mime } = input.file;
  return runAudited(async (tx) => {
    await tx.blob.upsert({ where: { sha256 }, create: { sha256, sizeBytes: BigInt(sizeBytes), mimeType: mime }, update: {} });
    const evidence = await tx.evidence.create({
      data: {
        organizationId: ctx.organizationId,
        disputeId: input.disputeId,
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
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "evidence.upload",
      entityType: "evidence",
      entityId: evidence.id,
      data: { disputeId: input.disputeId, kind: input.kind, sha256, sizeBytes, mimeType: mime, originalName: input.originalName },
    });
    return evidence;
  });
}
