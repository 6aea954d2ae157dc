import { db } from "@/lib/db/prisma";
import type { Evidence } from "@/lib/db/generated/client";
import type { EvidenceKind } from "@/lib/db/generated/enums";
import { parseTimestampToken } from "@/lib/timestamps/parse-timestamp-token";
import type { Keyframe } from "@/lib/video/run-render-video-frames-job";
import { isDecodableImage, mediaClassOf, type MediaClass } from "./detect-file-type";
import { evidenceFileUrl, evidenceThumbnailUrl, evidenceViewUrl } from "./evidence-urls";

/** What ffprobe found in a video, and its rendered poster and keyframes once the frames job has run. */
export interface VideoFacts {
  durationMs: number | null;
  codec: string | null;
  width: number | null;
  height: number | null;
  rotation: number | null;
  frameRate: number | null;
  /** When the clip was recorded: the station's clock, else the file's own creation time. */
  recordedAt: string | null;
  posterUrl: string | null;
  keyframes: { url: string; timeMs: number }[];
}

/** The RFC 3161 state of the file's hash under the merchant's current settings. */
export type TimestampState =
  | { status: "stamped"; genTime: string; tsaUrl: string; tsaName: string | null; serialNumber: string; policyOid: string | null }
  | { status: "pending"; tsaUrl: string }
  | { status: "unconfigured" };

/** Evidence as the API and the gallery show it: JSON-safe (no BigInt, ISO dates) and with people's names. */
export interface EvidenceView {
  id: string;
  kind: EvidenceKind;
  sha256: string;
  originalName: string;
  mimeType: string;
  mediaClass: MediaClass;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  createdAt: string;
  uploadedBy: { id: string; name: string | null };
  withdrawal: { at: string; by: { id: string; name: string | null }; reason: string } | null;
  fileUrl: string;
  /** Opens the picture at full size (the file, or a JPEG preview of a HEIC). */
  viewUrl: string;
  thumbnailUrl: string | null;
  orderId: string | null;
  trackingNo: string | null;
  operatorName: string | null;
  stationName: string | null;
  video: VideoFacts | null;
  timestamp: TimestampState;
}

function tsaNameOf(tokenDer: Uint8Array): string | null {
  try {
    return parseTimestampToken(new Uint8Array(tokenDer)).tsaName;
  } catch {
    return null;
  }
}

export async function toEvidenceViews(rows: Evidence[]): Promise<EvidenceView[]> {
  if (!rows.length) return [];
  const userIds = [...new Set(rows.flatMap((row) => [row.uploadedById, row.withdrawnById ?? []].flat()))];
  const organizationIds = [...new Set(rows.map((row) => row.organizationId))];
  const hashes = [...new Set(rows.map((row) => row.sha256))];
  const [users, probes, settings, tokens] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db.videoProbe.findMany({ where: { evidenceId: { in: rows.map((row) => row.id) } } }),
    db.merchantSettings.findMany({ where: { organizationId: { in: organizationIds } }, select: { organizationId: true, tsaUrl: true } }),
    db.timestampToken.findMany({ where: { organizationId: { in: organizationIds }, sha256: { in: hashes } }, orderBy: { genTime: "asc" } }),
  ]);
  const person = (id: string) => ({ id, name: users.find((user) => user.id === id)?.name ?? null });

  function timestampOf(row: Evidence): TimestampState {
    const tsaUrl = settings.find((entry) => entry.organizationId === row.organizationId)?.tsaUrl ?? null;
    // A token from the configured TSA first; an earlier TSA's token still proves the time.
    const forHash = tokens.filter((token) => token.sha256 === row.sha256 && token.organizationId === row.organizationId);
    const token = forHash.find((entry) => entry.tsaUrl === tsaUrl) ?? forHash[0];
    if (token) {
      return {
        status: "stamped",
        genTime: token.genTime.toISOString(),
        tsaUrl: token.tsaUrl,
        tsaName: tsaNameOf(token.tokenDer),
        serialNumber: token.serialNumber,
        policyOid: token.policyOid,
      };
    }
    return tsaUrl ? { status: "pending", tsaUrl } : { status: "unconfigured" };
  }

  function videoOf(row: Evidence): VideoFacts | null {
    const probe = probes.find((entry) => entry.evidenceId === row.id);
    if (!probe) return null;
    const keyframes = JSON.parse(probe.keyframesJson) as Keyframe[];
    const recordedAt = row.recordedAt ?? probe.fileCreatedAt;
    return {
      durationMs: probe.durationMs,
      codec: probe.codec,
      width: probe.width,
      height: probe.height,
      rotation: probe.rotation,
      frameRate: probe.frameRate,
      recordedAt: recordedAt?.toISOString() ?? null,
      posterUrl: probe.posterSha256 ? `/api/evidence/${row.id}/poster` : null,
      keyframes: keyframes.map((frame, index) => ({ url: `/api/evidence/${row.id}/keyframes/${index}`, timeMs: frame.timeMs })),
    };
  }

  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    sha256: row.sha256,
    originalName: row.originalName,
    mimeType: row.mimeType,
    mediaClass: mediaClassOf(row.mimeType),
    sizeBytes: Number(row.sizeBytes),
    width: row.width,
    height: row.height,
    createdAt: row.createdAt.toISOString(),
    uploadedBy: person(row.uploadedById),
    withdrawal: row.withdrawnAt
      ? { at: row.withdrawnAt.toISOString(), by: person(row.withdrawnById ?? ""), reason: row.withdrawalReason ?? "" }
      : null,
    fileUrl: evidenceFileUrl(row.id),
    viewUrl: evidenceViewUrl(row.id, row.mimeType),
    thumbnailUrl: isDecodableImage(row.mimeType) ? evidenceThumbnailUrl(row.id) : null,
    orderId: row.orderId,
    trackingNo: row.trackingNo,
    operatorName: row.operatorName,
    stationName: row.stationName,
    video: videoOf(row),
    timestamp: timestampOf(row),
  }));
}
