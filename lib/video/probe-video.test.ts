import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { probeVideo } from "./probe-video";
import { makeTestVideo } from "./test-videos";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "probe-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function expectUnreadable(file: string) {
  const error = await probeVideo(file).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: "UNSUPPORTED_TYPE", messageKey: "videoUnreadable", status: 415 });
}

describe("probeVideo", () => {
  it("reads duration, container, codec, resolution and frame rate of an H.264 MP4", async () => {
    const probe = await probeVideo(write("a.mp4", makeTestVideo("mp4", 2)));
    expect(probe).toMatchObject({ durationMs: 2000, codec: "h264", width: 320, height: 240, rotation: 0, frameRate: 25 });
    expect(probe.formatName).toContain("mp4");
    expect(probe.bitRate).toBeGreaterThan(0);
    expect(JSON.parse(probe.rawJson).streams[0].codec_name).toBe("h264");
  });

  it("reads a VP8 WebM", async () => {
    const probe = await probeVideo(write("b.webm", makeTestVideo("webm", 2)));
    expect(probe).toMatchObject({ durationMs: 2000, codec: "vp8", width: 320, height: 240, formatName: "matroska,webm" });
  });

  it("reports the display rotation of a phone clip", async () => {
    const probe = await probeVideo(write("r.mp4", makeTestVideo("rotated-mp4", 1)));
    expect(probe.rotation).toBe(90);
    expect(probe).toMatchObject({ width: 320, height: 240 });
  });

  it("reads the recorder's creation time when the container has one", async () => {
    const plain = write("c-src.mp4", makeTestVideo("mp4", 1));
    const tagged = path.join(dir, "c.mp4");
    const { execFileSync } = await import("node:child_process");
    execFileSync("ffmpeg", ["-loglevel", "error", "-i", plain, "-c", "copy", "-metadata", "creation_time=2026-11-20T08:30:00Z", tagged]);
    expect((await probeVideo(tagged)).fileCreatedAt?.toISOString()).toBe("2026-11-20T08:30:00.000Z");
  });

  it("refuses a truncated MP4 whose header still claims the full length", async () => {
    const full = makeTestVideo("mp4", 3);
    await expectUnreadable(write("t.mp4", full.subarray(0, Math.floor(full.length / 3))));
  });

  it("refuses a truncated WebM", async () => {
    const full = makeTestVideo("webm", 3);
    await expectUnreadable(write("t.webm", full.subarray(0, Math.floor(full.length / 2))));
  });

  it("refuses a text file named .mp4, an empty file and a missing file", async () => {
    await expectUnreadable(write("x.mp4", Buffer.from("this is not a video\n".repeat(50))));
    await expectUnreadable(write("empty.mp4", new Uint8Array()));
    await expectUnreadable(path.join(dir, "missing.mp4"));
  });
});
