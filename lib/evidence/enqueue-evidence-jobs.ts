import type { Evidence } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/prisma";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { isDecodableImage } from "./detect-file-type";

const ANALYSED_KINDS = new Set<Evidence["kind"]>(["BUYER_PHOTO", "REFERENCE_PHOTO"]);

/**
 * The background work every new evidence file needs, queued in the transaction that
 * records it: forensic analysis for photos, poster and keyframes for videos, and an
 * RFC 3161 timestamp when the merchant has a TSA configured and the blob has no token
 * from it yet.
 */
export async function enqueueEvidenceJobs(tx: Tx, evidence: Evidence): Promise<void> {
  const { organizationId } = evidence;
  if (ANALYSED_KINDS.has(evidence.kind) && isDecodableImage(evidence.mimeType)) {
    await enqueueJob(tx, { type: "analyze_photo", organizationId, payload: { evidenceId: evidence.id } });
  }
  if (evidence.mimeType.startsWith("video/")) {
    await enqueueJob(tx, { type: "render_video_frames", organizationId, payload: { evidenceId: evidence.id } });
  }
  const settings = await tx.merchantSettings.findUnique({ where: { organizationId }, select: { tsaUrl: true } });
  if (settings?.tsaUrl) {
    const token = await tx.timestampToken.findUnique({ where: { organizationId_sha256_tsaUrl: { organizationId, sha256: evidence.sha256, tsaUrl: settings.tsaUrl } }, select: { id: true } });
    if (!token) await enqueueJob(tx, { type: "timestamp_blob", organizationId, payload: { sha256: evidence.sha256, tsaUrl: settings.tsaUrl } });
  }
}
