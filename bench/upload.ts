/**
 * Uploads a large real video through the running app's HTTP endpoints and compares the
 * throughput with `sha256sum` of the same file in the same run; samples the server's
 * resident memory from /proc/<pid>/status while it works.
 *
 *   npm run bench:upload [-- <GiB, default 2>]
 *
 * Server: BENCH_URL (+ BENCH_PID for the memory figures, BENCH_EMAIL/BENCH_PASSWORD)
 * reuses a running server. Otherwise `next start` runs the production build in
 * $NEXT_DIST_DIR (default `.next`; built first with `next build` if it has no BUILD_ID)
 * on a fresh temporary DATA_DIR with the demo data, and is stopped afterwards.
 * The video is uncompressed 1920×1080 frames (ffmpeg's testsrc2) in Matroska: made in
 * seconds, a real file that ffprobe and the magic-byte check accept, about the asked size
 * (rounded up to whole frames). BENCH_TMP chooses where it is written (default the OS temp dir).
 * The chunked endpoint gets BENCH_CHUNK_MB chunks (default 16); the multipart evidence
 * endpoint (one streamed request) is measured too unless BENCH_MULTIPART=0.
 * The temporary video and data directory are deleted at the end.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
const wanted = Math.round(Number(process.argv[2] ?? 2) * GIB);
const chunkBytes = Number(process.env.BENCH_CHUNK_MB ?? 16) * MIB;
const port = Number(process.env.BENCH_PORT ?? 3299);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const work = fs.mkdtempSync(path.join(process.env.BENCH_TMP ?? os.tmpdir(), "refundproof-bench-upload-"));
const videoPath = path.join(work, "packing-bench.mkv");
let server: ChildProcess | undefined;

function cleanup() {
  if (server?.pid && server.exitCode === null) {
    try {
      // The server runs in its own process group (detached): stop it and whatever it spawned.
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
}
process.on("exit", cleanup);
process.on("SIGINT", () => process.exit(130));

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const mbps = (bytes: number, s: number) => bytes / MIB / s;

function makeVideo() {
  const frameBytes = (1920 * 1080 * 3) / 2;
  const frames = Math.ceil(wanted / frameBytes);
  execFileSync("ffmpeg", [
    "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=25",
    "-frames:v", String(frames), "-c:v", "rawvideo", "-pix_fmt", "yuv420p", "-metadata", "title=RefundProof upload benchmark", videoPath,
  ]);
}

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
}

/** Samples the server's RSS every 20 ms while `work` runs; returns the peak growth over the RSS before it started. */
async function withMemorySampling<T>(pid: number | undefined, run: () => Promise<T>): Promise<{ result: T; baseMb: number | null; peakGrowthMb: number | null }> {
  if (!pid) return { result: await run(), baseMb: null, peakGrowthMb: null };
  const base = rssKb(pid);
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, rssKb(pid))), 20);
  try {
    const result = await run();
    peak = Math.max(peak, rssKb(pid));
    return { result, baseMb: base / 1024, peakGrowthMb: (peak - base) / 1024 };
  } finally {
    clearInterval(timer);
  }
}

async function waitForServer(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/sign-in`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (server && server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server did not start");
}

async function startServer(): Promise<{ url: string; pid: number }> {
  const dataDir = path.join(work, "data");
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NEXT_DIST_DIR: distDir, AUTH_SIGNIN_RATE_LIMIT: "1000", NODE_ENV: "production" };
  delete env.DATABASE_URL;
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log(`building the app into ${distDir} (no build found)…`);
    execFileSync("node_modules/.bin/next", ["build"], { env, stdio: "inherit" });
  }
  execFileSync("bash", ["scripts/prisma.sh", "migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync("node_modules/.bin/tsx", ["scripts/seed-demo.ts"], { env, stdio: "pipe" });
  // Started directly (not through npm/bash) so the pid is the server's own node process.
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { env, stdio: "ignore", detached: true });
  server = child;
  const url = `http://localhost:${port}`;
  await waitForServer(url);
  return { url, pid: child.pid! };
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ email: process.env.BENCH_EMAIL ?? "owner@demo.refundproof.cn", password: process.env.BENCH_PASSWORD ?? "demo-pass-2026" }),
  });
  if (!response.ok) throw new Error(`sign-in failed: HTTP ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

async function expectOk(response: Response, what: string) {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

function readRange(fd: number, offset: number, length: number): Uint8Array<ArrayBuffer> {
  const buffer = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const bytesRead = fs.readSync(fd, buffer, done, length - done, offset + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buffer.subarray(0, done);
}

async function chunkedUpload(url: string, cookie: string, size: number) {
  const headers = { cookie, origin: url };
  const created = await expectOk(
    await fetch(`${url}/api/uploads`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({
        kind: "PACKING_VIDEO",
        originalName: "packing-bench.mkv",
        declaredSize: size,
        trackingNo: "SF1428866310245",
        stationName: "bench",
        recordedAt: new Date().toISOString(),
      }),
    }),
    "create session",
  );
  const id: string = created.upload.id;
  const fd = fs.openSync(videoPath, "r");
  const start = process.hrtime.bigint();
  try {
    for (let offset = 0; offset < size; ) {
      const body = readRange(fd, offset, Math.min(chunkBytes, size - offset));
      const answer = await expectOk(
        await fetch(`${url}/api/uploads/${id}`, { method: "PUT", headers: { ...headers, "upload-offset": String(offset) }, body }),
        `chunk at ${offset}`,
      );
      offset = answer.offset;
    }
  } finally {
    fs.closeSync(fd);
  }
  const transferS = seconds(start);
  const completeStart = process.hrtime.bigint();
  const done = await expectOk(await fetch(`${url}/api/uploads/${id}/complete`, { method: "POST", headers }), "complete");
  return { transferS, completeS: seconds(completeStart), totalS: seconds(start), sha256: done.upload.sha256 as string };
}

async function multipartUpload(url: string, cookie: string, size: number) {
  const disputes = await expectOk(await fetch(`${url}/api/disputes`, { headers: { cookie } }), "list disputes");
  const disputeId: string = (disputes.disputes ?? disputes.items ?? disputes.data)[0].id;
  const boundary = `----bench${Date.now()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nPACKING_VIDEO\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="packing-bench.mkv"\r\nContent-Type: video/x-matroska\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  async function* parts() {
    yield head;
    for await (const chunk of fs.createReadStream(videoPath, { highWaterMark: MIB })) yield chunk as Buffer;
    yield tail;
  }
  const start = process.hrtime.bigint();
  const answer = await expectOk(
    await fetch(`${url}/api/disputes/${disputeId}/evidence`, {
      method: "POST",
      headers: { cookie, origin: url, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(head.length + size + tail.length) },
      body: Readable.toWeb(Readable.from(parts())) as ReadableStream,
      duplex: "half",
    } as RequestInit & { duplex: "half" }),
    "multipart upload",
  );
  return { totalS: seconds(start), sha256: answer.evidence.sha256 as string };
}

const fmt = (value: number, digits = 1) => value.toFixed(digits);

console.log(`RefundProof upload benchmark: ${fmt(wanted / GIB, 2)} GiB video, ${chunkBytes / MIB} MiB chunks, ${os.cpus().length} CPUs`);
let start = process.hrtime.bigint();
makeVideo();
// ffmpeg rounds up to whole frames: the file is slightly larger than asked.
const size = fs.statSync(videoPath).size;
console.log(`video:            ${videoPath} (${size} bytes, made in ${fmt(seconds(start))} s)`);

start = process.hrtime.bigint();
const sumOut = execFileSync("sha256sum", [videoPath], { encoding: "utf8" });
const sumS = seconds(start);
const expected = sumOut.split(" ")[0];
console.log(`sha256sum:        ${fmt(sumS, 2)} s = ${fmt(mbps(size, sumS))} MB/s  (${expected})`);

const { url, pid } = process.env.BENCH_URL ? { url: process.env.BENCH_URL, pid: Number(process.env.BENCH_PID) || undefined } : await startServer();
console.log(`server:           ${url}${process.env.BENCH_URL ? " (reused)" : ` (next start of ${distDir}, pid ${pid})`}`);
const cookie = await signIn(url);

const chunked = await withMemorySampling(pid, () => chunkedUpload(url, cookie, size));
const c = chunked.result;
console.log(
  `chunked upload:   ${fmt(c.totalS, 2)} s = ${fmt(mbps(size, c.totalS))} MB/s  ` +
    `(transfer ${fmt(c.transferS, 2)} s, complete incl. ffprobe ${fmt(c.completeS, 2)} s)  ratio vs sha256sum ${fmt(sumS / c.totalS, 2)}  ` +
    `hash ${c.sha256 === expected ? "matches" : `MISMATCH ${c.sha256}`}`,
);
if (chunked.peakGrowthMb !== null) console.log(`  server RSS:     ${fmt(chunked.baseMb!)} MB before, peak growth ${fmt(chunked.peakGrowthMb)} MB`);

if (process.env.BENCH_MULTIPART !== "0") {
  const multipart = await withMemorySampling(pid, () => multipartUpload(url, cookie, size));
  const m = multipart.result;
  console.log(
    `multipart upload: ${fmt(m.totalS, 2)} s = ${fmt(mbps(size, m.totalS))} MB/s  ratio vs sha256sum ${fmt(sumS / m.totalS, 2)}  ` +
      `hash ${m.sha256 === expected ? "matches" : `MISMATCH ${m.sha256}`}`,
  );
  if (multipart.peakGrowthMb !== null) console.log(`  server RSS:     ${fmt(multipart.baseMb!)} MB before, peak growth ${fmt(multipart.peakGrowthMb)} MB`);
}
process.exit(0);
