// Test support: real videos made with ffmpeg's test source, for the probe, frames and upload tests.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type TestVideoFormat = "mp4" | "webm" | "rotated-mp4";

/** A short clip (320×240, 25 fps); "rotated-mp4" carries a 90° display rotation as phones write it. */
export function makeTestVideo(format: TestVideoFormat = "mp4", seconds = 2): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "refundproof-test-video-"));
  try {
    const source = ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", `testsrc2=size=320x240:rate=25:duration=${seconds}`];
    const out = path.join(dir, format === "webm" ? "clip.webm" : "clip.mp4");
    if (format === "webm") {
      execFileSync("ffmpeg", [...source, "-c:v", "libvpx", "-b:v", "300k", out]);
    } else {
      const plain = path.join(dir, "plain.mp4");
      execFileSync("ffmpeg", [...source, "-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart", plain]);
      if (format === "mp4") return fs.readFileSync(plain);
      execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-i", plain, "-c", "copy", "-metadata:s:v:0", "rotate=90", out]);
    }
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
