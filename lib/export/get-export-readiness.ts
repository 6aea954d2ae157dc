import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { assertDisputeAccess } from "@/lib/evidence/assert-dispute-access";
import { isDecodableImage } from "@/lib/evidence/detect-file-type";
import { awaitingReviewFilter } from "@/lib/forensics/awaiting-review-filter";

export interface ExportReadiness {
  /** Buyer photos still queued for or under forensic analysis: their findings are not known yet. */
  analysesRunning: number;
  /** Findings on the case's live photos that no reviewer has confirmed or rejected. */
  findingsAwaitingReview: number;
  ready: boolean;
}

/**
 * Whether the case file may leave the company: SPEC §3.3 and §3.7 ask that a person confirms or
 * rejects every finding before export, so an export waits until the analyses are finished and
 * no finding on a live photo awaits review. Withdrawn photos do not count: their findings are
 * not shown for review and do not go into the case file.
 */
export async function getExportReadiness(ctx: Pick<SessionContext, "organizationId">, disputeId: string): Promise<ExportReadiness> {
  await assertDisputeAccess(ctx, disputeId);
  const [unfinished, findingsAwaitingReview] = await Promise.all([
    // A photo whose job has not started has no analysis row yet; only decodable images are analysed at all.
    db.evidence.findMany({
      where: { organizationId: ctx.organizationId, disputeId, withdrawnAt: null, kind: "BUYER_PHOTO", OR: [{ analysis: null }, { analysis: { status: { in: ["PENDING", "RUNNING"] } } }] },
      select: { mimeType: true },
    }),
    db.finding.count({ where: { ...awaitingReviewFilter(ctx.organizationId), disputeId } }),
  ]);
  const analysesRunning = unfinished.filter((photo) => isDecodableImage(photo.mimeType)).length;
  return { analysesRunning, findingsAwaitingReview, ready: analysesRunning === 0 && findingsAwaitingReview === 0 };
}

/** Throws a 409 naming what is still open when the case file may not be exported yet. */
export async function assertExportReady(ctx: Pick<SessionContext, "organizationId">, disputeId: string): Promise<void> {
  const readiness = await getExportReadiness(ctx, disputeId);
  if (readiness.analysesRunning > 0) throw new AppError("CONFLICT", "exportAnalysisRunning", { count: readiness.analysesRunning });
  if (readiness.findingsAwaitingReview > 0) throw new AppError("CONFLICT", "exportAwaitingReview", { count: readiness.findingsAwaitingReview });
}
