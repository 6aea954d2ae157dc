import { randomBytes } from "node:crypto";
import { readdirSync, readlinkSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { streamFile } from "./stream-file";

let file: string;
let bytes: Buffer;
/** Descriptors of this process that point at the test file (Linux /proc). */
const openOnFile = () => readdirSync("/proc/self/fd").filter((fd) => {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`) === file;
  } catch {
    return false;
  }
}).length;

async function readAll(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(body).arrayBuffer());
}

beforeAll(async () => {
  file = path.join(await mkdtemp(path.join(os.tmpdir(), "stream-file-")), "blob.bin");
  // Larger than one chunk, not a multiple of it.
  bytes = randomBytes(600_000 + 7);
  await writeFile(file, bytes);
});

describe("streamFile", () => {
  it("streams the whole file and an inclusive range, byte for byte", async () => {
    const whole = await streamFile(file);
    expect(whole.fileSize).toBe(bytes.length);
    expect((await readAll(whole.body)).equals(bytes)).toBe(true);
    expect((await readAll((await streamFile(file, { start: 262_140, end: 524_300 })).body)).equals(bytes.subarray(262_140, 524_301))).toBe(true);
    expect((await readAll((await streamFile(file, { start: 5, end: 5 })).body)).equals(bytes.subarray(5, 6))).toBe(true);
    // A range running past the end stops at the last byte.
    expect((await readAll((await streamFile(file, { start: bytes.length - 3, end: bytes.length + 100 })).body)).equals(bytes.subarray(-3))).toBe(true);
  });

  it("holds no descriptor before the first read, and none after the end or a cancel", async () => {
    const unread = await streamFile(file);
    expect(openOnFile()).toBe(0);
    const reader = unread.body.getReader();
    await reader.read();
    expect(openOnFile()).toBe(1);
    await reader.cancel();
    expect(openOnFile()).toBe(0);
    await readAll((await streamFile(file)).body);
    expect(openOnFile()).toBe(0);
  });

  it("is NOT_FOUND for a missing file or a directory", async () => {
    await expect(streamFile(`${file}.missing`)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(streamFile(path.dirname(file))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
