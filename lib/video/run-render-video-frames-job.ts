import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { blobPath } from "@/lib/evidence/resolve-store-paths";
import { storeDerivedFile } from "@/lib/evidence/store-derived-file";
import type { JobHandler } from "@/lib/jobs/job-handlers";
import { PermanentJobError } from "@/lib/jobs/permanent-job-error";
import { probeVideo } from "./probe-video";
import { renderVideoFrame } from "./render-video-frame";

export const MAX_KEYFRAMES = 12;
/** Where the poster is taken: far enough in to be past a black first frame or a clapper. */
const POSTER_AT = 0.1;

export interface Keyframe {
  sha256: string;
  timeMs: number;
}

/** Up to twelve moments spread evenly over the clip, each in the middle of its slice; fewer for clips with fewer frames. */
export function keyframeTimes(durationMs: number, frameRate: number | null): number[] {
  const frames = frameRate ? Math.floor((durationMs / 1000) * frameRate) : MAX_KEYFRAMES;
  const count = Math.max(1, Math.min(MAX_KEYFRAMES, frames));
  return Array.from({ length: count }, (_, index) => Math.round(((index + 0.5) * durationMs) / count));
}

/**
 * Renders a video's poster (at 10 % of its length) and its keyframe strip into the derived
 * store and records their hashes on the VideoProbe row. A video uploaded without a probe
 * (older rows) is probed first. A file ffmpeg cannot read fails the job at once.
 */
export const runRenderVideoFramesJob: JobHandler<"render_video_frames"> = async ({ evidenceId }) => {
  const evidence = await db.evidence.findUnique({ where: { id: evidenceId }, include: { videoProbe: true } });
  if (!evidence) throw new PermanentJobError(`evidence ${evidenceId} not found`);
  const file = blobPath(evidence.sha256);
  let probe = evidence.videoProbe;
  if (!probe) {
    const result = await probeVideo(file).catch((error: unknown) => {
      throw error instanceof AppError ? new PermanentJobError(`video ${evidenceId} unreadable`) : error;
    });
    const { rawJson, ...fields } = result;
    probe = await db.videoProbe.create({ data: { evidenceId, organizationId: evidence.organizationId, ...fields, rawJson } });
  }
  const durationMs = probe.durationMs ?? 0;
  const poster = await renderVideoFrame(file, durationMs * POSTER_AT);
  if (!poster) throw new PermanentJobError(`no frame could be decoded from video ${evidenceId}`);
  const posterSha256 = await storeDerivedFile(poster, "jpg");
  const keyframes: Keyframe[] = [];
  for (const timeMs of keyframeTimes(durationMs, probe.frameRate)) {
    const frame = await renderVideoFrame(file, timeMs);
    if (frame) keyframes.push({ sha256: await storeDerivedFile(frame, "jpg"), timeMs });
  }
  await db.videoProbe.update({ where: { evidenceId }, data: { posterSha256, keyframesJson: JSON.stringify(keyframes) } });
};
