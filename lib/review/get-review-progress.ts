import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { assertDisputeAccess } from "@/lib/evidence/assert-dispute-access";
import { isDecodableImage } from "@/lib/evidence/detect-file-type";
import { awaitingReviewFilter } from "@/lib/forensics/awaiting-review-filter";

export interface ReviewProgress {
  /** Buyer photos still queued for or under forensic analysis: their findings are not known yet. */
  analysesRunning: number;
  /** Findings on the case's live photos that no reviewer has confirmed or rejected. */
  findingsAwaitingReview: number;
  /** Nothing left to analyse or decide. */
  ready: boolean;
}

/**
 * How far the human review of a case's findings has come. SPEC §3.3 and §3.7: a person
 * confirms or rejects every finding before the case file leaves the company and before the
 * case is marked READY, so both wait until the analyses are finished and no finding on a live
 * photo awaits review. Withdrawn photos do not count: their findings are not shown for review
 * and do not go into the case file.
 */
export async function getReviewProgress(ctx: Pick<SessionContext, "organizationId">, disputeId: string): Promise<ReviewProgress> {
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

/** Throws a 409 naming what is still open, worded for the step that waits (exporting the case file or marking it READY). */
export async function assertReviewComplete(ctx: Pick<SessionContext, "organizationId">, disputeId: string, step: "export" | "ready"): Promise<void> {
  const progress = await getReviewProgress(ctx, disputeId);
  if (progress.analysesRunning > 0) throw new AppError("CONFLICT", `${step}AnalysisRunning`, { count: progress.analysesRunning });
  if (progress.findingsAwaitingReview > 0) throw new AppError("CONFLICT", `${step}AwaitingReview`, { count: progress.findingsAwaitingReview });
}
