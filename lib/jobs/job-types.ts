import { z } from "zod";

/**
 * Every job type and the zod schema of its payload. A handler in job-handlers.ts exists
 * for each; enqueueJob only accepts payloads that parse, so a job row never holds
 * something its handler cannot read.
 */
export const jobPayloadSchemas = {
  /** Run photo forensics on one evidence photo and store its findings. */
  analyze_photo: z.object({ evidenceId: z.string().min(1) }),
  /** A reference photo was added: re-analyse the buyer photos of this product's disputes. */
  reanalyze_product: z.object({ productId: z.string().min(1) }),
  /** Render a video's poster and keyframe strip. */
  render_video_frames: z.object({ evidenceId: z.string().min(1) }),
  /** Request an RFC 3161 timestamp for a blob from the merchant's TSA. */
  timestamp_blob: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), tsaUrl: z.string().url() }),
} as const;

export type JobType = keyof typeof jobPayloadSchemas;
export type JobPayload<T extends JobType> = z.infer<(typeof jobPayloadSchemas)[T]>;
export const jobTypeSchema = z.enum(Object.keys(jobPayloadSchemas) as [JobType, ...JobType[]]);
