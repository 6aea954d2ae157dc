import { stat } from "node:fs/promises";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import type { EvidenceKind } from "@/lib/db/generated/enums";
import { getDispute, type DisputeDetail } from "@/lib/disputes/get-dispute";
import { isDecodableImage } from "@/lib/evidence/detect-file-type";
import { blobPath, derivedPath, type DerivedExt } from "@/lib/evidence/resolve-store-paths";
import { loadReuseDisputes, type ReuseDispute } from "@/lib/forensics/load-reuse-disputes";
import { parseFindingDetails } from "@/lib/forensics/parse-finding-details";
import { z } from "zod";

export interface CaseEvidence {
  id: string;
  kind: EvidenceKind;
  sha256: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  uploadedAt: Date;
  uploadedBy: string | null;
  recordedAt: Date | null;
  trackingNo: string | null;
  operatorName: string | null;
  stationName: string | null;
  withdrawal: { at: Date; reason: string } | null;
  /** Set for a file of another dispute that a finding compares this case's photo with. */
  comparisonFrom: { orderNo: string } | null;
  /** The stored bytes (content-addressed blob). */
  path: string;
  /** An image the PDF can show. */
  isImage: boolean;
  timestamp: { tsaUrl: string; genTime: Date; serialNumber: string; tokenDer: Uint8Array } | null;
}

export interface CaseFinding {
  id: string;
  evidenceId: string;
  referenceEvidenceId: string | null;
  type: string;
  strength: string;
  explanation: { zh: string; en: string };
  details: Record<string, unknown>;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: Date;
  heatmapPath: string | null;
  alignedPairPath: string | null;
  elaPath: string | null;
  /** Reuse: the other disputes the photo was found in. */
  otherDisputes: ReuseDispute[];
}

export interface CaseVideo {
  evidenceId: string;
  durationMs: number | null;
  codec: string | null;
  width: number | null;
  height: number | null;
  fileCreatedAt: Date | null;
  keyframes: { path: string; timeMs: number }[];
}

export interface CaseFileData {
  organizationName: string;
  dispute: DisputeDetail;
  /** Every file of the case, withdrawn ones included (marked); upload order. */
  evidence: CaseEvidence[];
  /** Findings not rejected by a reviewer, strongest first. */
  findings: CaseFinding[];
  videos: CaseVideo[];
}

const keyframesSchema = z.array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), timeMs: z.number() }));
const STRENGTH_RANK: Record<string, number> = { strong: 0, moderate: 1, weak: 2, info: 3 };

/**
 * Everything the case file shows about one dispute of the caller's merchant: the dispute,
 * its evidence (plus packing videos filed against its order and the reference photos its
 * findings compare with), findings a reviewer confirmed, video keyframes and timestamp
 * tokens. Another merchant's dispute is a 404, like a missing one.
 */
export async function loadCaseFileData(ctx: Pick<SessionContext, "organizationId">, disputeId: string): Promise<CaseFileData> {
  const dispute = await getDispute(ctx, disputeId);
  const organization = await db.organization.findUniqueOrThrow({ where: { id: ctx.organizationId }, select: { name: true } });

  const findingRows = await db.finding.findMany({
    // Only what a reviewer confirmed leaves the company (the export waits for every review, see
    // lib/review/get-review-progress.ts); findings on withdrawn photos are not part of the case.
    where: { organizationId: ctx.organizationId, disputeId, review: "CONFIRMED", evidence: { withdrawnAt: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const referenceIds = findingRows.flatMap((f) => (f.referenceEvidenceId ? [f.referenceEvidenceId] : []));
  const evidenceRows = await db.evidence.findMany({
    where: {
      organizationId: ctx.organizationId,
      OR: [
        { disputeId },
        { orderId: dispute.orderId, kind: "PACKING_VIDEO" },
        { id: { in: referenceIds } },
      ],
    },
    include: { dispute: { select: { order: { select: { orderNo: true } } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const shas = [...new Set(evidenceRows.map((e) => e.sha256))];
  const [tokens, probes, users] = await Promise.all([
    db.timestampToken.findMany({ where: { organizationId: ctx.organizationId, sha256: { in: shas } }, orderBy: { genTime: "asc" } }),
    db.videoProbe.findMany({ where: { organizationId: ctx.organizationId, evidenceId: { in: evidenceRows.map((e) => e.id) } } }),
    db.user.findMany({
      where: { id: { in: [...evidenceRows.map((e) => e.uploadedById), ...findingRows.flatMap((f) => (f.reviewedById ? [f.reviewedById] : []))] } },
      select: { id: true, name: true },
    }),
  ]);
  const userName = (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? null) : null);

  // The case's own files, its order's packing videos and its product's listing photos; anything
  // else is here only because a finding compares this case's photo with it.
  const belongsToCase = (row: (typeof evidenceRows)[number]) =>
    row.disputeId === disputeId ||
    (row.orderId === dispute.orderId && row.kind === "PACKING_VIDEO") ||
    (row.disputeId === null && row.kind === "REFERENCE_PHOTO" && row.productId !== null && row.productId === dispute.product?.id);
  const evidence: CaseEvidence[] = evidenceRows.map((row) => {
    const token = tokens.find((t) => t.sha256 === row.sha256);
    return {
      id: row.id,
      kind: row.kind,
      sha256: row.sha256,
      originalName: row.originalName,
      mimeType: row.mimeType,
      sizeBytes: Number(row.sizeBytes),
      width: row.width,
      height: row.height,
      uploadedAt: row.createdAt,
      uploadedBy: userName(row.uploadedById),
      recordedAt: row.recordedAt,
      trackingNo: row.trackingNo,
      operatorName: row.operatorName,
      stationName: row.stationName,
      withdrawal: row.withdrawnAt ? { at: row.withdrawnAt, reason: row.withdrawalReason ?? "" } : null,
      comparisonFrom: belongsToCase(row) ? null : { orderNo: row.dispute?.order.orderNo ?? "—" },
      path: blobPath(row.sha256),
      isImage: isDecodableImage(row.mimeType),
      timestamp: token ? { tsaUrl: token.tsaUrl, genTime: token.genTime, serialNumber: token.serialNumber, tokenDer: token.tokenDer } : null,
    };
  });

  const reuseDisputes = await loadReuseDisputes(ctx, findingRows);
  const findings: CaseFinding[] = await Promise.all(
    findingRows.map(async (f) => ({
      id: f.id,
      evidenceId: f.evidenceId,
      referenceEvidenceId: f.referenceEvidenceId,
      type: f.type,
      strength: f.strength,
      explanation: { zh: f.explanationZh, en: f.explanationEn },
      details: parseFindingDetails(f.detailsJson),
      reviewNote: f.reviewNote,
      reviewedBy: userName(f.reviewedById),
      reviewedAt: f.reviewedAt ?? f.createdAt,
      heatmapPath: await existingDerived(f.heatmapSha256, "png"),
      alignedPairPath: await existingDerived(f.alignedPairSha256, "jpg"),
      elaPath: await existingDerived(f.elaSha256, "png"),
      otherDisputes: reuseDisputes.get(f.id) ?? [],
    })),
  );
  findings.sort((a, b) => (STRENGTH_RANK[a.strength] ?? 9) - (STRENGTH_RANK[b.strength] ?? 9));

  const videos: CaseVideo[] = [];
  for (const probe of probes) {
    const parsed = keyframesSchema.safeParse(JSON.parse(probe.keyframesJson));
    const keyframes = [];
    for (const frame of parsed.success ? parsed.data : []) {
      const path = await existingDerived(frame.sha256, "jpg");
      if (path) keyframes.push({ path, timeMs: frame.timeMs });
    }
    videos.push({
      evidenceId: probe.evidenceId,
      durationMs: probe.durationMs,
      codec: probe.codec,
      width: probe.width,
      height: probe.height,
      fileCreatedAt: probe.fileCreatedAt,
      keyframes,
    });
  }

  return { organizationName: organization.name, dispute, evidence, findings, videos };
}

/** Derived pictures can be re-rendered; one that is missing on disk is left out rather than failing the export. */
async function existingDerived(sha256: string | null, ext: DerivedExt): Promise<string | null> {
  if (!sha256) return null;
  const path = derivedPath(sha256, ext);
  return (await stat(path).catch(() => null)) ? path : null;
}
