import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Widest picture we keep: enough for the case file, small enough for a strip of twelve. */
export const FRAME_MAX_WIDTH = 640;

/**
 * One JPEG frame at `timeMs`, upright (ffmpeg applies the display rotation) and scaled to
 * at most 640 px wide. Seeks on the input for speed; files without a seek index (browser
 * WebM recordings) fall back to decoding up to that point. Returns null when the video
 * has no picture at that time.
 */
export async function renderVideoFrame(filePath: string, timeMs: number): Promise<Buffer | null> {
  const at = (Math.max(0, timeMs) / 1000).toFixed(3);
  const output = ["-frames:v", "1", "-vf", `scale='min(${FRAME_MAX_WIDTH},iw)':-2`, "-q:v", "4", "-f", "image2", "-c:v", "mjpeg", "pipe:1"];
  const attempt = async (args: string[]) => {
    const { stdout } = await run("ffmpeg", ["-hide_banner", "-loglevel", "error", "-nostdin", ...args, ...output], {
      encoding: "buffer",
      maxBuffer: 32 * 1024 * 1024,
    });
    return stdout.length > 0 ? stdout : null;
  };
  return (
    (await attempt(["-ss", at, "-i", filePath]).catch(() => null)) ??
    (await attempt(["-i", filePath, "-ss", at]).catch(() => null))
  );
}
