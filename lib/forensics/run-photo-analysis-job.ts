import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import type { Evidence } from "@/lib/db/generated/client";
import { db, type Tx } from "@/lib/db/prisma";
import { blobPath } from "@/lib/evidence/resolve-store-paths";
import { storeDerivedFile } from "@/lib/evidence/store-derived-file";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import type { JobPayload } from "@/lib/jobs/job-types";
import { PermanentJobError } from "@/lib/jobs/permanent-job-error";
import { analyzePhoto, preparePhoto } from "./analyze-photo";
import type { Finding } from "./finding-schema";
import { findReuseCandidates } from "./find-reuse-candidates";
import { ForensicsInputError } from "./forensics-input-error";
import { loadPhotoBytes, type PhotoBytes } from "./load-photo-bytes";
import { addToFingerprintIndex, type FingerprintRole } from "./fingerprint-index-cache";
import { loadEarlierPhotoLibrary } from "./load-earlier-photo-library";
import { loadReferenceLibrary } from "./load-reference-library";
import type { PhotoHashes } from "./photo-hashes";

/**
 * The analyze_photo job. A reference photo is fingerprinted into the merchant's index and
 * the buyer photos of its product are queued again; a buyer photo is analysed against the
 * index, the merchant's other disputes and its order's dates, and its findings replaced.
 * Broken input ends as PhotoAnalysis FAILED with a code the UI translates, and the job
 * fails permanently: retrying cannot mend a file.
 */
export async function runPhotoAnalysisJob(payload: JobPayload<"analyze_photo">): Promise<void> {
  const evidence = await db.evidence.findUnique({ where: { id: payload.evidenceId } });
  if (!evidence) throw new PermanentJobError(`evidence ${payload.evidenceId} not found`, "NOT_FOUND");
  // Withdrawn evidence is kept for the record but no longer argued with.
  if (evidence.withdrawnAt) return;
  if (evidence.kind !== "REFERENCE_PHOTO" && evidence.kind !== "BUYER_PHOTO") return;

  await db.photoAnalysis.upsert({
    where: { evidenceId: evidence.id },
    create: { evidenceId: evidence.id, organizationId: evidence.organizationId, status: "RUNNING", startedAt: new Date() },
    update: { status: "RUNNING", startedAt: new Date(), finishedAt: null, errorCode: null, errorMessage: null },
  });
  try {
    const photo = await loadPhotoBytes(blobPath(evidence.sha256), () => new PermanentJobError(`blob of evidence ${evidence.id} is missing`, "BLOB_MISSING"));
    if (evidence.kind === "REFERENCE_PHOTO") await indexReferencePhoto(evidence, photo.pixels);
    else await analyzeBuyerPhoto(evidence, photo);
  } catch (error) {
    const code = error instanceof ForensicsInputError ? error.code : error instanceof PermanentJobError ? error.code : "ANALYSIS_ERROR";
    // An unexpected failure (ANALYSIS_ERROR) is retried by the queue, which sets the photo RUNNING again; until then,
    // and for good once the retries are used up, the page says it failed instead of waiting forever.
    const message = error instanceof Error ? error.message : String(error);
    await db.photoAnalysis.update({
      where: { evidenceId: evidence.id },
      data: { status: "FAILED", errorCode: code, errorMessage: message.slice(0, 1000), finishedAt: new Date() },
    });
    if (error instanceof ForensicsInputError) throw new PermanentJobError(error.message, error.code);
    throw error;
  }
}

async function indexReferencePhoto(evidence: Evidence, bytes: Uint8Array): Promise<void> {
  const { hashes } = await preparePhoto(bytes);
  const fingerprint = await runAudited(async (tx) => {
    const saved = await saveFingerprint(tx, evidence, "reference", hashes, { productId: evidence.productId, disputeId: evidence.disputeId });
    await tx.photoAnalysis.update({ where: { evidenceId: evidence.id }, data: { status: "DONE", finishedAt: new Date() } });
    if (evidence.productId) {
      await enqueueJob(tx, { type: "reanalyze_product", organizationId: evidence.organizationId, payload: { productId: evidence.productId } });
    }
    await appendAuditEvent(tx, {
      organizationId: evidence.organizationId,
      actorUserId: null,
      action: "photo.analyze",
      entityType: "evidence",
      entityId: evidence.id,
      data: { role: "reference", productId: evidence.productId, hash: hashes.global },
    });
    return saved;
  });
  addToFingerprintIndex(evidence.organizationId, "reference", { evidenceId: evidence.id, hashes, createdAt: fingerprint.createdAt });
}

async function analyzeBuyerPhoto(evidence: Evidence, photo: PhotoBytes): Promise<void> {
  const dispute = evidence.disputeId
    ? await db.dispute.findFirst({
        where: { id: evidence.disputeId, organizationId: evidence.organizationId },
        select: { id: true, productId: true, order: { select: { shippedAt: true, deliveredAt: true } } },
      })
    : null;
  const references = await loadReferenceLibrary(evidence.organizationId);
  const self = { organizationId: evidence.organizationId, evidenceId: evidence.id, disputeId: evidence.disputeId };
  const earlierPhotos = await loadEarlierPhotoLibrary(self);
  const analysis = await analyzePhoto(photo.pixels, {
    container: photo.container,
    references: references.size ? references : undefined,
    shippedAt: dispute?.order.shippedAt ?? undefined,
    deliveredAt: dispute?.order.deliveredAt ?? undefined,
    findPreviousEvidence: (hashes) => findReuseCandidates(self, hashes, earlierPhotos.index),
    disputeId: evidence.disputeId ?? undefined,
    earlierPhotos: earlierPhotos.size ? earlierPhotos : undefined,
  });
  const stored = await Promise.all(analysis.findings.map(async (finding) => ({ finding, pictures: await storePictures(finding) })));

  const fingerprint = await runAudited(async (tx) => {
    const saved = await saveFingerprint(tx, evidence, "buyer", analysis.hashes, { productId: dispute?.productId ?? null, disputeId: evidence.disputeId });
    const decided = await tx.finding.findMany({ where: { evidenceId: evidence.id, review: { not: "PENDING" } } });
    await tx.finding.deleteMany({ where: { evidenceId: evidence.id, review: "PENDING" } });
    for (const { finding, pictures } of stored) {
      const referenceEvidenceId = referenceOf(finding);
      const data = {
        strength: finding.strength,
        explanationZh: finding.explanation.zh,
        explanationEn: finding.explanation.en,
        detailsJson: JSON.stringify(finding.details),
        ...pictures,
      };
      // A finding the reviewer already decided keeps its decision when it comes back unchanged in kind.
      const previous = decided.find((row) => row.type === finding.type && row.referenceEvidenceId === referenceEvidenceId);
      if (previous) await tx.finding.update({ where: { id: previous.id }, data });
      else {
        await tx.finding.create({
          data: { ...data, organizationId: evidence.organizationId, evidenceId: evidence.id, disputeId: evidence.disputeId, type: finding.type, referenceEvidenceId },
        });
      }
    }
    await tx.photoAnalysis.update({
      where: { evidenceId: evidence.id },
      data: {
        status: "DONE",
        summaryLevel: analysis.summary.level,
        summaryJson: JSON.stringify({
          ...analysis.summary,
          format: analysis.format,
          width: analysis.width,
          height: analysis.height,
          uprightWidth: analysis.uprightWidth,
          uprightHeight: analysis.uprightHeight,
        }),
        finishedAt: new Date(),
      },
    });
    await appendAuditEvent(tx, {
      organizationId: evidence.organizationId,
      actorUserId: null,
      action: "photo.analyze",
      entityType: "evidence",
      entityId: evidence.id,
      data: {
        role: "buyer",
        disputeId: evidence.disputeId,
        summaryLevel: analysis.summary.level,
        findings: analysis.findings.map((f) => ({ type: f.type, strength: f.strength, reference: referenceOf(f) })),
      },
    });
    return saved;
  });
  addToFingerprintIndex(evidence.organizationId, "buyer", { evidenceId: evidence.id, hashes: analysis.hashes, createdAt: fingerprint.createdAt });
}

function saveFingerprint(
  tx: Tx,
  evidence: Evidence,
  role: FingerprintRole,
  hashes: PhotoHashes,
  scope: { productId: string | null; disputeId: string | null },
) {
  const data = { role, ...scope, hashesJson: JSON.stringify(hashes) };
  return tx.photoFingerprint.upsert({
    where: { evidenceId: evidence.id },
    create: { evidenceId: evidence.id, organizationId: evidence.organizationId, ...data },
    update: data,
  });
}

/** The other photo a finding is about (the matched reference, the earlier reused photo), which identifies it across re-analyses. */
function referenceOf(finding: Finding): string | null {
  if (finding.type === "derived_from_reference") return String(finding.details.referenceId);
  if (finding.type === "reuse") {
    const [first] = finding.details.matches as { evidenceId: string }[];
    return first?.evidenceId ?? null;
  }
  return null;
}

async function storePictures(finding: Finding) {
  const picture = finding.picture;
  if (picture?.kind === "heatmap") {
    return { heatmapSha256: await storeDerivedFile(picture.heatmapPng, "png"), alignedPairSha256: await storeDerivedFile(picture.alignedPairJpeg, "jpg"), elaSha256: null };
  }
  if (picture?.kind === "ela") return { heatmapSha256: null, alignedPairSha256: null, elaSha256: await storeDerivedFile(picture.elaPng, "png") };
  return { heatmapSha256: null, alignedPairSha256: null, elaSha256: null };
}
