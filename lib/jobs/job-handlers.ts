import type { JobPayload, JobType } from "./job-types";

export type JobHandler<T extends JobType> = (payload: JobPayload<T>, job: { id: string; organizationId: string | null; attempts: number }) => Promise<void>;

/**
 * The handler of each job type, loaded on first use so that importing the queue does not
 * pull in sharp or ffmpeg wrappers.
 */
export const jobHandlers: { [T in JobType]: () => Promise<JobHandler<T>> } = {
  analyze_photo: async () => (await import("@/lib/forensics/run-photo-analysis-job")).runPhotoAnalysisJob,
  reanalyze_product: async () => (await import("@/lib/forensics/run-reanalyze-product-job")).runReanalyzeProductJob,
  render_video_frames: async () => (await import("@/lib/video/run-render-video-frames-job")).runRenderVideoFramesJob,
  timestamp_blob: async () => (await import("@/lib/evidence/run-timestamp-blob-job")).runTimestampBlobJob,
};
