import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";

/** Test files made on the spot: two photos, an iPhone-style HEIC, a short H.264 video, a renamed text file, an oversize image. */
export async function makeFixtures() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "refundproof-e2e-files-"));
  const photo = (name: string, color: string) =>
    sharp({ create: { width: 640, height: 480, channels: 3, background: color } })
      .composite([{ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><circle cx="320" cy="240" r="150" fill="#fff" opacity="0.7"/><path d="M300 120 L340 250 L310 380" stroke="#222" stroke-width="6" fill="none"/></svg>`) }])
      .jpeg({ quality: 85 })
      .toFile(path.join(dir, name));
  await photo("破损照片1.jpg", "#4a7ab8");
  await photo("damage-2.jpg", "#b8794a");
  await photo("heic-source.jpg", "#4ab87a");
  execFileSync("heif-enc", ["-q", "70", path.join(dir, "heic-source.jpg"), "-o", path.join(dir, "IMG_0412.HEIC")], { stdio: "ignore" });

  const video = path.join(dir, "packing.mp4");
  execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=3", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart", video]);

  fs.writeFileSync(path.join(dir, "fake.jpg"), "this is plain text pretending to be a photo\n".repeat(50));

  // Random noise does not compress: about 4 MB, over the e2e server's 3 MB photo cap.
  const noise = Buffer.alloc(1200 * 1200 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  await sharp(noise, { raw: { width: 1200, height: 1200, channels: 3 } }).png({ compressionLevel: 0 }).toFile(path.join(dir, "huge.png"));

  return {
    dir,
    photo1: path.join(dir, "破损照片1.jpg"),
    photo2: path.join(dir, "damage-2.jpg"),
    heic: path.join(dir, "IMG_0412.HEIC"),
    video,
    fakeJpg: path.join(dir, "fake.jpg"),
    hugePng: path.join(dir, "huge.png"),
  };
}
