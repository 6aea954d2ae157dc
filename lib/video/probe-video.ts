import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";
import { AppError } from "@/lib/errors";

const run = promisify(execFile);

export interface VideoProbeResult {
  durationMs: number;
  formatName: string | null;
  codec: string | null;
  width: number | null;
  height: number | null;
  /** Display rotation in degrees (0, 90, 180, 270) from the stream's display matrix or its `rotate` tag. */
  rotation: number;
  frameRate: number | null;
  bitRate: number | null;
  /** The container's own creation time (camera or recorder clock), when it has one. */
  fileCreatedAt: Date | null;
  /** ffprobe's complete answer, kept for the case file. */
  rawJson: string;
}

const numeric = z.union([z.string(), z.number()]).optional();
const tags = z.record(z.string(), z.string()).optional();
const ffprobeSchema = z.object({
  streams: z
    .array(
      z.object({
        codec_type: z.string().optional(),
        codec_name: z.string().optional(),
        width: z.number().optional(),
        height: z.number().optional(),
        avg_frame_rate: z.string().optional(),
        r_frame_rate: z.string().optional(),
        duration: numeric,
        bit_rate: numeric,
        disposition: z.object({ attached_pic: z.number().optional() }).partial().optional(),
        tags,
        side_data_list: z.array(z.object({ rotation: z.number().optional() }).passthrough()).optional(),
      }),
    )
    .default([]),
  format: z
    .object({ format_name: z.string().optional(), duration: numeric, bit_rate: numeric, tags })
    .optional(),
});

/** Errors ffmpeg's demuxers log when a file stops before its own index says it should. */
const TRUNCATION = /partial file|ended prematurely|truncat|moov atom not found|invalid data found|EBML header parsing failed|end of file/i;

function toNumber(value: string | number | undefined): number | null {
  if (value === undefined || value === "N/A") return null;
  const parsed = typeof value === "number" ? value : Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

function parseRate(rate: string | undefined): number | null {
  const match = rate?.match(/^(\d+)\/(\d+)$/);
  if (!match || Number(match[2]) === 0) return null;
  const value = Number(match[1]) / Number(match[2]);
  return value > 0 ? Math.round(value * 1000) / 1000 : null;
}

function tagValue(record: Record<string, string> | undefined, name: string): string | undefined {
  if (!record) return undefined;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  return key ? record[key] : undefined;
}

const unreadable = () => new AppError("UNSUPPORTED_TYPE", "videoUnreadable");

/**
 * Reads every packet of the first video stream (demux only, no decoding) and returns the
 * end time of the last one plus what the demuxer complained about. This is what exposes a
 * truncated file whose header still promises the full length, and it gives the length of
 * browser recordings (MediaRecorder WebM) whose header carries no duration at all.
 */
async function scanPackets(filePath: string): Promise<{ endMs: number; packets: number; complaints: string }> {
  const { stdout, stderr } = await run(
    "ffprobe",
    ["-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time,duration_time", "-of", "csv=p=0", filePath],
    { maxBuffer: 512 * 1024 * 1024 },
  );
  let endMs = 0;
  let packets = 0;
  for (const line of stdout.split("\n")) {
    const [pts, duration] = line.split(",");
    const start = Number(pts);
    if (!line || !Number.isFinite(start)) continue;
    packets++;
    const length = Number(duration);
    endMs = Math.max(endMs, (start + (Number.isFinite(length) ? length : 0)) * 1000);
  }
  return { endMs: Math.round(endMs), packets, complaints: stderr };
}

/**
 * Probes a video file with ffprobe: duration, container, codec, resolution, rotation, frame
 * rate, bit rate and the recorder's creation time. A file that is not a video, has no
 * video stream, has no length, or ends before its own index says it should throws a 415
 * `videoUnreadable` error, so callers can refuse it before anything is stored.
 */
export async function probeVideo(filePath: string): Promise<VideoProbeResult> {
  let rawJson: string;
  try {
    ({ stdout: rawJson } = await run("ffprobe", ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", filePath], {
      maxBuffer: 16 * 1024 * 1024,
    }));
  } catch {
    throw unreadable();
  }
  const parsed = ffprobeSchema.safeParse(JSON.parse(rawJson || "{}"));
  if (!parsed.success) throw unreadable();
  const { streams, format } = parsed.data;
  const video = streams.find((stream) => stream.codec_type === "video" && !stream.disposition?.attached_pic);
  if (!video) throw unreadable();

  const scan = await scanPackets(filePath).catch(() => undefined);
  if (!scan || scan.packets === 0 || TRUNCATION.test(scan.complaints)) throw unreadable();
  const declaredMs = toNumber(format?.duration) ?? toNumber(video.duration);
  const durationMs = declaredMs !== null ? Math.round(declaredMs * 1000) : scan.endMs;
  // The last packet should end close to the declared length; far short of it means bytes are missing.
  if (durationMs <= 0 || (declaredMs !== null && scan.endMs < durationMs * 0.9 - 500)) throw unreadable();

  const sideRotation = video.side_data_list?.find((entry) => entry.rotation !== undefined)?.rotation;
  const rotateTag = toNumber(tagValue(video.tags, "rotate"));
  const rotation = (((Math.round(rotateTag ?? sideRotation ?? 0) % 360) + 360) % 360);
  const created = tagValue(format?.tags, "creation_time") ?? tagValue(video.tags, "creation_time");
  const createdAt = created ? new Date(created) : null;

  return {
    durationMs,
    formatName: format?.format_name ?? null,
    codec: video.codec_name ?? null,
    width: video.width ?? null,
    height: video.height ?? null,
    rotation,
    frameRate: parseRate(video.avg_frame_rate) ?? parseRate(video.r_frame_rate),
    bitRate: toNumber(format?.bit_rate) ?? toNumber(video.bit_rate),
    fileCreatedAt: createdAt && !Number.isNaN(createdAt.getTime()) ? createdAt : null,
    rawJson,
  };
}
