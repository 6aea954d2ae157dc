import { randomBytes } from "node:crypto";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import type { EvidenceKind, FindingReview } from "@/lib/db/generated/enums";

/** An evidence row over a real blob row; the bytes themselves are not needed by the assessment. */
export async function addEvidence(ctx: SessionContext, where: { disputeId?: string; orderId?: string }, kind: EvidenceKind) {
  const sha256 = randomBytes(32).toString("hex");
  await db.blob.create({ data: { sha256, sizeBytes: 1234n, mimeType: "image/jpeg" } });
  return db.evidence.create({
    data: { organizationId: ctx.organizationId, ...where, kind, sha256, originalName: `${kind}.jpg`, mimeType: "image/jpeg", sizeBytes: 1234n, uploadedById: ctx.userId },
  });
}

export async function addFinding(ctx: SessionContext, disputeId: string, evidenceId: string, type: string, review: FindingReview, details: object = {}) {
  return db.finding.create({
    data: {
      organizationId: ctx.organizationId,
      disputeId,
      evidenceId,
      type,
      strength: "strong",
      explanationZh: `取证结论 ${type}`,
      explanationEn: `Finding ${type}`,
      detailsJson: JSON.stringify(details),
      review,
    },
  });
}
