import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import type { SessionContext } from "@/lib/auth/session-context";
import { dataDir } from "@/lib/config/data-dir";
import { db } from "@/lib/db/prisma";
import { blobPath, thumbnailPath } from "@/lib/evidence/resolve-store-paths";
import { createTestDispute, encodeHeic, routeParams, storeSnapshot, streamRequest, uploadRequest } from "@/lib/evidence/test-support";
import type { EvidenceView } from "@/lib/evidence/to-evidence-views";
import { makeTestVideo } from "@/lib/video/test-videos";
import { addMember, createMerchant, sessionCookie } from "@/test/factories";
import { GET, POST } from "./route";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A photo-like JPEG: noise does not compress, so a cut-off copy really lacks image data. */
const photo = (width = 300, height = 200, mean = 128) =>
  sharp({ create: { width, height, channels: 3, background: "black", noise: { type: "gaussian", mean, sigma: 30 } } }).jpeg().toBuffer();

/** A 1×1 PNG whose header is rewritten (CRC fixed) to claim a 30000×30000 canvas: a decompression bomb in 70 bytes. */
async function bombPng(): Promise<Buffer> {
  const png = Buffer.from(await sharp({ create: { width: 1, height: 1, channels: 3, background: "red" } }).png().toBuffer());
  png.writeUInt32BE(30000, 16);
  png.writeUInt32BE(30000, 20);
  png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}

/** A real H.264 clip: videos are probed with ffprobe on upload, so a bare ISO-BMFF header is refused. */
const mp4 = () => makeTestVideo("mp4", 1);

let owner: SessionContext;
let cookie: string;
let disputeId: string;

beforeAll(async () => {
  owner = await createMerchant("杯子旗舰店");
  cookie = await sessionCookie(owner);
  disputeId = (await createTestDispute(owner)).id;
});

afterEach(() => {
  delete process.env.EVIDENCE_MAX_PHOTO_BYTES;
  delete process.env.EVIDENCE_MAX_IMAGE_PIXELS;
});

async function upload(file: Parameters<typeof uploadRequest>[2], headers: Record<string, string> = {}, id = disputeId, asCookie = cookie) {
  const response = await POST(uploadRequest(id, asCookie, file, headers), routeParams({ id }));
  return { status: response.status, body: await response.json() };
}

/** Runs a failing upload and checks it left the store exactly as it was. */
async function expectRejected(run: () => Promise<{ status: number; body: { error: { message: string } } }>, status: number, message: RegExp) {
  const before = await storeSnapshot();
  const result = await run();
  expect(result.status).toBe(status);
  expect(result.body.error.message).toMatch(message);
  expect(await storeSnapshot()).toEqual(before);
}

describe("POST /api/disputes/[id]/evidence", () => {
  it("streams a photo into the content-addressed store and records it with its audit event", async () => {
    const bytes = await photo();
    const { status, body } = await upload({ bytes, name: "破损照片 (1).jpg", type: "application/octet-stream" });
    expect(status).toBe(201);
    const evidence: EvidenceView = body.evidence;
    expect(evidence).toMatchObject({
      kind: "BUYER_PHOTO",
      originalName: "破损照片 (1).jpg",
      mimeType: "image/jpeg",
      mediaClass: "image",
      sha256: sha256(bytes),
      sizeBytes: bytes.length,
      width: 300,
      height: 200,
      uploadedBy: { id: owner.userId, name: "店主" },
      withdrawal: null,
      fileUrl: `/api/evidence/${evidence.id}/file`,
      thumbnailUrl: `/api/evidence/${evidence.id}/thumbnail`,
    });

    const file = blobPath(sha256(bytes));
    expect(file).toBe(path.join(dataDir(), "blobs", sha256(bytes).slice(0, 2), sha256(bytes).slice(2, 4), sha256(bytes)));
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(await db.blob.findUnique({ where: { sha256: sha256(bytes) } })).toMatchObject({ sizeBytes: BigInt(bytes.length), mimeType: "image/jpeg" });
    const thumbnail = await sharp(thumbnailPath(sha256(bytes))).metadata();
    expect(thumbnail).toMatchObject({ format: "webp", width: 300, height: 200 });
    expect((await storeSnapshot()).tempFiles).toEqual([]);

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "evidence.upload", entityId: evidence.id } });
    expect(JSON.parse(event.data)).toMatchObject({ disputeId, sha256: sha256(bytes), kind: "BUYER_PHOTO", sizeBytes: bytes.length });
    expect((await verifyAuditChain(db)).ok).toBe(true);

    const list = await GET(new Request(`http://localhost/api/disputes/${disputeId}/evidence`, { headers: { cookie } }), routeParams({ id: disputeId }));
    expect(list.status).toBe(200);
    expect((await list.json()).evidence.map((e: EvidenceView) => e.id)).toContain(evidence.id);
  });

  it("stores identical bytes once: two uploads give two evidence rows, one blob row, one file", async () => {
    const bytes = await photo(120, 90, 90);
    const before = await storeSnapshot();
    const first = await upload({ bytes, name: "a.jpg" });
    const second = await upload({ bytes, name: "同一张图.jpg", kind: "CHAT_SCREENSHOT" });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.evidence.sha256).toBe(first.body.evidence.sha256);
    const after = await storeSnapshot();
    expect(after.evidence - before.evidence).toBe(2);
    expect(after.blobs - before.blobs).toBe(1);
    expect(after.blobFiles.length - before.blobFiles.length).toBe(1);
    expect(await db.evidence.count({ where: { sha256: sha256(bytes) } })).toBe(2);
  });

  it("keeps one blob when the same new bytes arrive concurrently", async () => {
    const bytes = await photo(64, 64, 60);
    const results = await Promise.all([upload({ bytes, name: "x.jpg" }), upload({ bytes, name: "y.jpg" }), upload({ bytes, name: "z.jpg" })]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(await db.blob.count({ where: { sha256: sha256(bytes) } })).toBe(1);
    expect(fs.readFileSync(blobPath(sha256(bytes))).equals(bytes)).toBe(true);
  });

  it("accepts videos and PDFs for the kinds that allow them, without a thumbnail", async () => {
    const video = await upload({ bytes: mp4(), name: "开箱.mp4", kind: "BUYER_VIDEO", type: "video/mp4" });
    expect(video.status).toBe(201);
    expect(video.body.evidence).toMatchObject({ mimeType: "video/mp4", mediaClass: "video", width: 320, height: 240, thumbnailUrl: null });
    const pdf = await upload({ bytes: Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"), name: "面单.pdf", kind: "LOGISTICS_PROOF" });
    expect(pdf.status).toBe(201);
    expect(pdf.body.evidence).toMatchObject({ mimeType: "application/pdf", mediaClass: "pdf" });
  });

  it("decides the type by content, naming what it found (415), and keeps nothing", async () => {
    await expectRejected(() => upload({ bytes: Buffer.from("这不是图片，只是文字。".repeat(50)), name: "photo.jpg" }, { "accept-language": "en" }), 415, /not a recognised format.*JPEG, PNG, WebP, HEIC/);
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(6000, 1)]);
    await expectRejected(() => upload({ bytes: exe, name: "photo.jpg" }, { "accept-language": "en" }), 415, /EXE \(application\/x-msdownload\)/);
    const pdf = Buffer.from("%PDF-1.7\n" + "x".repeat(5000));
    await expectRejected(() => upload({ bytes: pdf, name: "photo.jpg" }), 415, /PDF \(application\/pdf\)/);
    await expectRejected(() => upload({ bytes: mp4(), name: "clip.jpg", kind: "BUYER_PHOTO" }, { "accept-language": "en" }), 415, /MP4 \(video\/mp4\)/);
  });

  it("stops at the kind's size cap with 413 naming the cap", async () => {
    process.env.EVIDENCE_MAX_PHOTO_BYTES = "2048";
    const bytes = await photo();
    await expectRejected(() => upload({ bytes, name: "big.jpg" }, { "accept-language": "en" }), 413, /larger than the 2 KB limit/);
    await expectRejected(() => upload({ bytes, name: "big.jpg" }), 413, /2 KB/);
  });

  it("rejects an empty file with 400", async () => {
    await expectRejected(() => upload({ bytes: new Uint8Array(0), name: "empty.jpg" }, { "accept-language": "en" }), 400, /file is empty/);
    await expectRejected(() => upload({ bytes: new Uint8Array(0), name: "empty.jpg" }), 400, /文件为空/);
  });

  it("rejects a truncated JPEG as undecodable", async () => {
    const bytes = await photo();
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    await expectRejected(() => upload({ bytes: truncated, name: "cut.jpg" }, { "accept-language": "en" }), 400, /image cannot be decoded/);
  });

  it("decodes an iPhone HEIC photo: size, thumbnail and analysis like a JPEG; a cut-off or oversized one is refused", async () => {
    const heic = encodeHeic(await photo(320, 240, 100));
    const { status, body } = await upload({ bytes: heic, name: "IMG_0412.HEIC", type: "image/heic" });
    expect(status).toBe(201);
    const evidence: EvidenceView = body.evidence;
    expect(evidence).toMatchObject({ mimeType: "image/heic", mediaClass: "image", width: 320, height: 240, thumbnailUrl: `/api/evidence/${evidence.id}/thumbnail` });
    expect(await sharp(thumbnailPath(sha256(heic))).metadata()).toMatchObject({ format: "webp", width: 320, height: 240 });
    expect(fs.readFileSync(blobPath(sha256(heic))).equals(heic)).toBe(true);
    expect(await db.job.count({ where: { type: "analyze_photo", payload: JSON.stringify({ evidenceId: evidence.id }) } })).toBe(1);
    expect((await storeSnapshot()).tempFiles).toEqual([]);

    const cut = heic.subarray(0, Math.floor(heic.length * 0.6));
    await expectRejected(() => upload({ bytes: cut, name: "cut.heic" }, { "accept-language": "en" }), 400, /image cannot be decoded/);
    process.env.EVIDENCE_MAX_IMAGE_PIXELS = "10000";
    const other = encodeHeic(await photo(320, 240, 140));
    await expectRejected(() => upload({ bytes: other, name: "big.heic" }, { "accept-language": "en" }), 400, /320 × 240 pixels.*0\.01-megapixel/);
  });

  it("rejects a decompression bomb by its claimed dimensions before decoding it", async () => {
    const bomb = await bombPng();
    await expectRejected(() => upload({ bytes: bomb, name: "bomb.png" }, { "accept-language": "en" }), 400, /30000 × 30000 pixels.*100-megapixel limit/);
    process.env.EVIDENCE_MAX_IMAGE_PIXELS = "10000";
    const ordinary = await photo();
    await expectRejected(() => upload({ bytes: ordinary, name: "ok.jpg" }, { "accept-language": "en" }), 400, /300 × 200 pixels.*0\.01-megapixel/);
  });

  it("leaves nothing behind when the request body fails halfway (client gone)", async () => {
    const boundary = "----rp-test-boundary";
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nBUYER_PHOTO\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
    const bytes = await photo(400, 400);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode(head));
        else if (sent <= 3) controller.enqueue(bytes.subarray((sent - 1) * 8192, sent * 8192));
        else controller.error(new Error("connection reset"));
        sent++;
      },
    });
    const url = `http://localhost/api/disputes/${disputeId}/evidence`;
    await expectRejected(async () => {
      const response = await POST(streamRequest(url, cookie, `multipart/form-data; boundary=${boundary}`, body), routeParams({ id: disputeId }));
      return { status: response.status, body: await response.json() };
    }, 400, /上传在完成前中断/);
    expect(sent).toBeGreaterThan(3);

    // A body that ends without the closing boundary is an incomplete upload too, even with the whole file inside.
    const cut = new Blob([head, new Uint8Array(bytes)]).stream();
    await expectRejected(async () => {
      const response = await POST(streamRequest(url, cookie, `multipart/form-data; boundary=${boundary}`, cut), routeParams({ id: disputeId }));
      return { status: response.status, body: await response.json() };
    }, 400, /中断/);
  });

  it("undoes the new blob when the database refuses the row, but never removes a blob others use", async () => {
    const stored = await photo(50, 50, 10);
    expect((await upload({ bytes: stored, name: "kept.jpg" })).status).toBe(201);
    const fresh = await photo(50, 50, 200);
    // The 500 path logs the database error; keep the test output readable.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_evidence BEFORE INSERT ON "Evidence" BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    try {
      await expectRejected(() => upload({ bytes: fresh, name: "new.jpg" }, { "accept-language": "en" }), 500, /went wrong/);
      expect(fs.existsSync(blobPath(sha256(fresh)))).toBe(false);
      await expectRejected(() => upload({ bytes: stored, name: "again.jpg" }), 500, /意外错误/);
      expect(fs.readFileSync(blobPath(sha256(stored))).equals(stored)).toBe(true);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_evidence`);
      quiet.mockRestore();
    }
  });

  it("validates the form itself: kind before the file, a known kind, multipart at all", async () => {
    const boundary = "b0undary";
    const fileFirst = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.jpg"\r\n\r\n${"x".repeat(100)}\r\n--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nBUYER_PHOTO\r\n--${boundary}--\r\n`;
    const url = `http://localhost/api/disputes/${disputeId}/evidence`;
    const send = async (contentType: string, text: string) => {
      const response = await POST(streamRequest(url, cookie, contentType, new Blob([text]).stream()), routeParams({ id: disputeId }));
      return { status: response.status, body: await response.json() };
    };
    await expectRejected(() => send(`multipart/form-data; boundary=${boundary}`, fileFirst), 400, /“kind”.*之前/);
    await expectRejected(() => upload({ bytes: Buffer.from("x"), name: "x.jpg", kind: "SELFIE" }), 400, /SELFIE/);
    await expectRejected(() => send("application/json", "{}"), 400, /multipart\/form-data/);

    const twoFiles = new FormData();
    twoFiles.append("kind", "BUYER_PHOTO");
    for (const name of ["a.jpg", "b.jpg"]) twoFiles.append("file", new File([new Uint8Array(await photo(40, 40, 30))], name));
    await expectRejected(async () => {
      const response = await POST(new Request(url, { method: "POST", body: twoFiles, headers: { cookie } }), routeParams({ id: disputeId }));
      return { status: response.status, body: await response.json() };
    }, 400, /每次上传一个文件/);
  });

  it("is tenant-scoped and role-checked: 404 for another merchant's dispute, 403 for a reviewer, 401 signed out", async () => {
    const bytes = await photo(32, 32);
    const other = await createMerchant("别家店");
    const otherCookie = await sessionCookie(other);
    await expectRejected(() => upload({ bytes, name: "x.jpg" }, {}, disputeId, otherCookie), 404, /未找到/);
    const list = await GET(new Request(`http://localhost/x`, { headers: { cookie: otherCookie } }), routeParams({ id: disputeId }));
    expect(list.status).toBe(404);

    const reviewer = await addMember(owner, "reviewer");
    const reviewerCookie = await sessionCookie(reviewer);
    await expectRejected(() => upload({ bytes, name: "x.jpg" }, {}, disputeId, reviewerCookie), 403, /无权/);
    await expectRejected(() => upload({ bytes, name: "x.jpg" }, {}, disputeId, ""), 401, /请先登录/);

    const staff = await addMember(owner, "staff");
    expect((await upload({ bytes, name: "x.jpg" }, {}, disputeId, await sessionCookie(staff))).status).toBe(201);
  });
});
