import type { SessionContext } from "@/lib/auth/session-context";
import type { AnalysisStatus, FindingReview } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/prisma";
import { isDecodableImage } from "@/lib/evidence/detect-file-type";
import { assertDisputeAccess } from "@/lib/evidence/assert-dispute-access";
import { evidenceThumbnailUrl, evidenceViewUrl } from "@/lib/evidence/evidence-urls";
import { compareFindingStrength, findingStrengthSchema, findingTypeSchema, type BilingualText, type FindingStrength, type FindingType } from "./finding-schema";
import { loadReuseDisputes, type ReuseDispute } from "./load-reuse-disputes";
import { parseFindingDetails } from "./parse-finding-details";
import { summarizeFindings, type CaseSummary } from "./summarize-findings";

export interface FindingView {
  id: string;
  type: FindingType;
  strength: FindingStrength;
  explanation: BilingualText;
  details: Record<string, unknown>;
  pictures: { heatmapUrl: string | null; alignedPairUrl: string | null; elaUrl: string | null };
  /** The photo it was compared with; `orderNo` when that photo belongs to another dispute. */
  reference: { id: string; name: string; thumbnailUrl: string; viewUrl: string; orderNo: string | null } | null;
  /** Reuse: the other disputes the photo was found in. */
  otherDisputes: ReuseDispute[];
  review: { status: FindingReview; note: string | null; by: string | null; at: string | null };
}

export interface PhotoFindingsView {
  evidenceId: string;
  name: string;
  thumbnailUrl: string;
  /** Opens the photo at full size (evidenceViewUrl). */
  viewUrl: string;
  status: AnalysisStatus;
  errorCode: string | null;
  summary: CaseSummary | null;
  /** The photo's upright size in pixels, which finding coordinates refer to (null until analysed). */
  size: { width: number; height: number } | null;
  findings: FindingView[];
}

/**
 * The dispute's buyer photos with their analysis state and findings (strongest first),
 * plus a case-level summary over every finding a reviewer has not rejected.
 */
export async function listDisputeFindings(ctx: Pick<SessionContext, "organizationId">, disputeId: string): Promise<{ photos: PhotoFindingsView[]; summary: CaseSummary | null; pending: boolean }> {
  await assertDisputeAccess(ctx, disputeId);
  const photos = (
    await db.evidence.findMany({
      where: { organizationId: ctx.organizationId, disputeId, kind: "BUYER_PHOTO", withdrawnAt: null },
      include: { analysis: true, findings: { where: { organizationId: ctx.organizationId } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    })
  ).filter((photo) => isDecodableImage(photo.mimeType));
  const referenceIds = [...new Set(photos.flatMap((p) => p.findings.map((f) => f.referenceEvidenceId ?? [])).flat())];
  const reviewerIds = [...new Set(photos.flatMap((p) => p.findings.map((f) => f.reviewedById ?? [])).flat())];
  const [references, reviewers, reuseDisputes] = await Promise.all([
    db.evidence.findMany({
      where: { id: { in: referenceIds }, organizationId: ctx.organizationId },
      select: { id: true, originalName: true, mimeType: true, disputeId: true, dispute: { select: { order: { select: { orderNo: true } } } } },
    }),
    db.user.findMany({ where: { id: { in: reviewerIds } }, select: { id: true, name: true } }),
    loadReuseDisputes(ctx, photos.flatMap((photo) => photo.findings)),
  ]);

  const views: PhotoFindingsView[] = photos.map((photo) => {
    const findings = photo.findings
      .map((row): FindingView => {
        const reference = references.find((r) => r.id === row.referenceEvidenceId);
        return {
          id: row.id,
          type: findingTypeSchema.parse(row.type),
          strength: findingStrengthSchema.parse(row.strength),
          explanation: { zh: row.explanationZh, en: row.explanationEn },
          details: parseFindingDetails(row.detailsJson),
          pictures: {
            heatmapUrl: row.heatmapSha256 ? `/api/findings/${row.id}/picture/heatmap` : null,
            alignedPairUrl: row.alignedPairSha256 ? `/api/findings/${row.id}/picture/aligned` : null,
            elaUrl: row.elaSha256 ? `/api/findings/${row.id}/picture/ela` : null,
          },
          reference: reference
            ? {
                id: reference.id,
                name: reference.originalName,
                thumbnailUrl: evidenceThumbnailUrl(reference.id),
                viewUrl: evidenceViewUrl(reference.id, reference.mimeType),
                orderNo: reference.disputeId && reference.disputeId !== disputeId ? (reference.dispute?.order.orderNo ?? null) : null,
              }
            : null,
          otherDisputes: reuseDisputes.get(row.id) ?? [],
          review: {
            status: row.review,
            note: row.reviewNote,
            by: reviewers.find((u) => u.id === row.reviewedById)?.name ?? null,
            at: row.reviewedAt?.toISOString() ?? null,
          },
        };
      })
      .sort((a, b) => compareFindingStrength({ ...a, details: {} }, { ...b, details: {} }));
    const stored = photo.analysis?.summaryJson ? (JSON.parse(photo.analysis.summaryJson) as CaseSummary & { uprightWidth?: number; uprightHeight?: number }) : null;
    const summary = stored ? { level: stored.level, explanation: stored.explanation } : null;
    return {
      evidenceId: photo.id,
      name: photo.originalName,
      thumbnailUrl: evidenceThumbnailUrl(photo.id),
      viewUrl: evidenceViewUrl(photo.id, photo.mimeType),
      status: photo.analysis?.status ?? "PENDING",
      errorCode: photo.analysis?.errorCode ?? null,
      summary,
      size: stored?.uprightWidth && stored.uprightHeight ? { width: stored.uprightWidth, height: stored.uprightHeight } : null,
      findings,
    };
  });
  const counted = views.flatMap((v) => v.findings.filter((f) => f.review.status !== "REJECTED"));
  const analysed = views.some((v) => v.status === "DONE");
  return {
    photos: views,
    summary: analysed ? summarizeFindings(counted.map((f) => ({ type: f.type, strength: f.strength, explanation: f.explanation, details: {} }))) : null,
    pending: views.some((v) => v.status === "PENDING" || v.status === "RUNNING"),
  };
}
