import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * A short H.264 "packing video" made locally with ffmpeg's test source, with the tracking
 * number and time burned in as a packing station would. Returns the MP4 bytes.
 */
export async function renderDemoPackingVideo(trackingNo: string, seconds = 3): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "refundproof-demo-video-"));
  const out = path.join(dir, "packing.mp4");
  try {
    await run("ffmpeg", [
      "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", `testsrc2=size=640x360:rate=25:duration=${seconds}`,
      "-vf", `drawbox=x=0:y=300:w=640:h=60:color=black@0.6:t=fill,drawtext=text='${trackingNo.replace(/[^A-Za-z0-9-]/g, "")}  %{pts\\:hms}':x=12:y=318:fontsize=24:fontcolor=white`,
      "-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart", out,
    ]);
    return await fs.readFile(out);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
