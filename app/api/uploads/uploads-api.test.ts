import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { blobPath } from "@/lib/evidence/resolve-store-paths";
import { routeParams, storeSnapshot } from "@/lib/evidence/test-support";
import { cleanStaleUploadSessions } from "@/lib/uploads/clean-stale-upload-sessions";
import { forgetSessionHash } from "@/lib/uploads/session-hash";
import { uploadSessionPath } from "@/lib/uploads/upload-session-path";
import { addMember, createMerchant, sessionCookie } from "@/test/factories";
import { POST as COMPLETE } from "./[id]/complete/route";
import { DELETE, GET, HEAD, PUT } from "./[id]/route";
import { GET as SEARCH } from "./packing-videos/route";
import { POST as CREATE } from "./route";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A real two-second WebM clip (what MediaRecorder produces at the station), made by ffmpeg. */
function webmClip(): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clip-"));
  const out = path.join(dir, "clip.webm");
  execFileSync("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=15", "-t", "2", "-c:v", "libvpx", "-b:v", "400k", out]);
  const bytes = fs.readFileSync(out);
  fs.rmSync(dir, { recursive: true, force: true });
  return bytes;
}

let owner: SessionContext;
let cookie: string;
let other: SessionContext;
let otherCookie: string;
let order: { id: string; orderNo: string; trackingNo: string };
let clip: Buffer;

beforeAll(async () => {
  owner = await createMerchant("打包测试店");
  cookie = await sessionCookie(owner);
  other = await createMerchant("别家店");
  otherCookie = await sessionCookie(other);
  const store = await db.store.create({ data: { organizationId: owner.organizationId, platform: "TAOBAO", name: "店铺" } });
  const trackingNo = `SF${randomUUID().replace(/\D/g, "").slice(0, 13)}`;
  const created = await db.order.create({
    data: { organizationId: owner.organizationId, storeId: store.id, orderNo: `TB${Date.now()}`, trackingNo, amountFen: 8900 },
  });
  order = { id: created.id, orderNo: created.orderNo, trackingNo };
  clip = webmClip();
});

const url = (suffix = "") => `http://localhost/api/uploads${suffix}`;

async function json(response: Response) {
  return { status: response.status, headers: response.headers, body: response.status === 204 ? null : await response.json() };
}

async function create(fields: Record<string, unknown>, asCookie = cookie) {
  const body = {
    kind: "PACKING_VIDEO",
    originalName: "clip.webm",
    stationName: "1号打包台",
    recordedAt: new Date().toISOString(),
    trackingNo: order.trackingNo,
    ...fields,
  };
  return json(
    await CREATE(
      new Request(url(), { method: "POST", body: JSON.stringify(body), headers: { cookie: asCookie, "content-type": "application/json", "accept-language": "en" } }),
      routeParams({}),
    ),
  );
}

/** A chunk sent through a real request body; `dropAfter` cuts the connection after that many bytes. */
function put(id: string, offset: number, bytes: Uint8Array, options: { dropAfter?: number; asCookie?: string } = {}) {
  let sent = 0;
  const limit = options.dropAfter ?? bytes.length;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent < limit) {
        const piece = bytes.subarray(sent, Math.min(limit, sent + 1000));
        sent += piece.length;
        controller.enqueue(piece);
      } else if (options.dropAfter !== undefined) controller.error(new Error("connection reset"));
      else controller.close();
    },
  });
  const request = new Request(url(`/${id}`), {
    method: "PUT",
    body,
    headers: { cookie: options.asCookie ?? cookie, "upload-offset": String(offset), "accept-language": "en" },
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  return PUT(request, routeParams({ id })).then(json);
}

/** The audit trail of one upload session: action, reason, who. */
async function trail(id: string) {
  const events = await db.auditEvent.findMany({ where: { entityType: "uploadSession", entityId: id }, orderBy: { seq: "asc" } });
  return events.map((event) => {
    const data = JSON.parse(event.data) as { reason?: string; detail?: string };
    return { action: event.action, organizationId: event.organizationId, actorUserId: event.actorUserId, reason: data.reason, detail: data.detail };
  });
}

const status = async (id: string, asCookie = cookie) =>
  json(await GET(new Request(url(`/${id}`), { headers: { cookie: asCookie } }), routeParams({ id })));
const complete = async (id: string, asCookie = cookie) =>
  json(await COMPLETE(new Request(url(`/${id}/complete`), { method: "POST", headers: { cookie: asCookie, "accept-language": "en" } }), routeParams({ id })));
const abort = async (id: string, asCookie = cookie) =>
  json(await DELETE(new Request(url(`/${id}`), { method: "DELETE", headers: { cookie: asCookie } }), routeParams({ id })));

describe("resumable packing-video uploads", () => {
  it("resumes after a connection dropped mid-chunk and records evidence whose hash is the whole file's", async () => {
    const created = await create({ declaredSize: clip.length, sha256: sha256(clip) });
    expect(created.status).toBe(201);
    expect(created.body.upload).toMatchObject({ offset: 0, status: "OPEN", order: { id: order.id, orderNo: order.orderNo } });
    const id: string = created.body.upload.id;

    const half = Math.floor(clip.length / 2);
    const firstChunk = clip.subarray(0, half);
    const dropped = await put(id, 0, firstChunk, { dropAfter: Math.floor(half / 2) });
    expect(dropped.status).toBe(400);
    expect(dropped.body.error.message).toMatch(/connection dropped/);

    const afterDrop = await status(id);
    const kept: number = afterDrop.body.upload.offset;
    // Whatever reached the disk before the drop is kept (read-ahead buffers die with the connection).
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(Math.floor(half / 2));
    expect(Number((await db.uploadSession.findUniqueOrThrow({ where: { id } })).receivedBytes)).toBe(kept);
    expect(fs.statSync(uploadSessionPath(id)).size).toBe(kept);
    const head = await HEAD(new Request(url(`/${id}`), { method: "HEAD", headers: { cookie } }), routeParams({ id }));
    expect(head.headers.get("upload-offset")).toBe(String(kept));

    // A chunk at a stale offset is refused with the offset to resume from.
    const wrong = await put(id, 0, firstChunk);
    expect(wrong.status).toBe(409);
    expect(wrong.headers.get("upload-offset")).toBe(String(kept));
    expect(wrong.body.offset).toBe(kept);

    expect((await put(id, kept, clip.subarray(kept, half))).body.offset).toBe(half);
    // As after a server restart: the running hash is gone and must be rebuilt from the temp file.
    forgetSessionHash(id);
    expect((await put(id, half, clip.subarray(half))).body.offset).toBe(clip.length);

    const done = await complete(id);
    expect(done.status).toBe(200);
    expect(done.body.upload).toMatchObject({ status: "COMPLETE", sha256: sha256(clip), order: { id: order.id } });
    const evidence = await db.evidence.findUniqueOrThrow({ where: { id: done.body.upload.evidenceId } });
    expect(evidence).toMatchObject({
      organizationId: owner.organizationId,
      kind: "PACKING_VIDEO",
      sha256: sha256(clip),
      sizeBytes: BigInt(clip.length),
      mimeType: "video/webm",
      orderId: order.id,
      trackingNo: order.trackingNo,
      operatorName: "店主",
      stationName: "1号打包台",
      width: 320,
      height: 240,
    });
    expect(fs.readFileSync(blobPath(sha256(clip))).equals(clip)).toBe(true);
    const probe = await db.videoProbe.findUniqueOrThrow({ where: { evidenceId: evidence.id } });
    expect(probe).toMatchObject({ codec: "vp8", width: 320, height: 240 });
    expect(probe.durationMs).toBeGreaterThan(1500);
    expect(fs.existsSync(uploadSessionPath(id))).toBe(false);
    expect((await verifyAuditChain(db)).ok).toBe(true);

    // Completing again (a client retrying after losing the answer) gives the same evidence.
    const again = await complete(id);
    expect(again.body.upload.evidenceId).toBe(evidence.id);
    expect(await db.evidence.count({ where: { sha256: sha256(clip) } })).toBe(1);
    expect((await put(id, clip.length, Buffer.from("x"))).status).toBe(409);

    const found = await json(await SEARCH(new Request(url(`/packing-videos?q=${order.orderNo}`), { headers: { cookie } }), routeParams({})));
    expect(found.body.videos.map((v: { id: string }) => v.id)).toEqual([evidence.id]);
    expect(found.body.videos[0].durationMs).toBe(probe.durationMs);
    const byTracking = await json(await SEARCH(new Request(url(`/packing-videos?q=${order.trackingNo.slice(2, 10)}`), { headers: { cookie } }), routeParams({})));
    expect(byTracking.body.videos[0]).toMatchObject({ id: evidence.id, order: { id: order.id }, fileUrl: `/api/evidence/${evidence.id}/file` });
    const foreign = await json(await SEARCH(new Request(url(`/packing-videos?q=${order.orderNo}`), { headers: { cookie: otherCookie } }), routeParams({})));
    expect(foreign.body.videos).toEqual([]);
  });

  it("answers 404 for another merchant's session, whatever the method", async () => {
    const { body } = await create({ declaredSize: clip.length });
    const id: string = body.upload.id;
    expect((await put(id, 0, clip, { asCookie: otherCookie })).status).toBe(404);
    expect((await status(id, otherCookie)).status).toBe(404);
    expect((await complete(id, otherCookie)).status).toBe(404);
    expect((await abort(id, otherCookie)).status).toBe(404);
    expect(fs.existsSync(uploadSessionPath(id))).toBe(false);
    expect((await status(id)).body.upload.offset).toBe(0);
    expect((await status("no-such-session")).status).toBe(404);
  });

  it("refuses a truncated video or a non-video at completion, keeping no evidence, blob or temp file", async () => {
    for (const bytes of [clip.subarray(0, Math.floor(clip.length * 0.6)), Buffer.from("这不是视频。".repeat(1000))]) {
      const before = await storeSnapshot();
      const { body } = await create({ declaredSize: bytes.length });
      const id: string = body.upload.id;
      expect((await put(id, 0, bytes)).status).toBe(200);
      const done = await complete(id);
      expect(done.status).toBe(415);
      expect(done.body.error.message).toMatch(/cannot be read|not a recognised format/);
      // Only the session's own events are new: opened, then discarded.
      expect(await storeSnapshot()).toEqual({ ...before, auditEvents: before.auditEvents + 2 });
      expect(fs.existsSync(uploadSessionPath(id))).toBe(false);
      expect((await status(id)).body.upload.status).toBe("ABORTED");
      expect(await trail(id)).toEqual([
        { action: "upload.open", organizationId: owner.organizationId, actorUserId: owner.userId, reason: undefined, detail: undefined },
        { action: "upload.abort", organizationId: owner.organizationId, actorUserId: owner.userId, reason: "rejected", detail: expect.any(String) },
      ]);
    }
  });

  it("checks size, declared hash, permissions and the offset header", async () => {
    process.env.EVIDENCE_MAX_VIDEO_BYTES = "1000";
    try {
      const big = await create({ declaredSize: 5000 });
      expect(big.status).toBe(413);
    } finally {
      delete process.env.EVIDENCE_MAX_VIDEO_BYTES;
    }
    expect((await create({ declaredSize: clip.length, kind: "BUYER_PHOTO" })).status).toBe(400);

    const { body } = await create({ declaredSize: clip.length, sha256: sha256(Buffer.from("other bytes")) });
    const id: string = body.upload.id;
    const noHeader = await PUT(new Request(url(`/${id}`), { method: "PUT", body: "x", headers: { cookie } }), routeParams({ id }));
    expect(noHeader.status).toBe(400);
    expect((await put(id, 0, Buffer.concat([clip, Buffer.from("extra")]))).status).toBe(413);
    expect((await complete(id)).body.error.message).toMatch(/not complete yet/);
    const offset = (await status(id)).body.upload.offset;
    expect((await put(id, offset, clip.subarray(offset))).status).toBe(200);
    const before = await storeSnapshot();
    const mismatch = await complete(id);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.message).toMatch(/SHA-256 does not match/);
    expect((await trail(id)).at(-1)).toMatchObject({ action: "upload.abort", reason: "rejected", detail: "upload.hashMismatch" });
    expect(await storeSnapshot()).toEqual({ ...before, auditEvents: before.auditEvents + 1, tempFiles: before.tempFiles.filter((name) => !name.includes(id)) });
    expect((await status(id)).body.upload.status).toBe("ABORTED");

    const reviewer = await addMember(owner, "reviewer");
    expect((await create({ declaredSize: 10 }, await sessionCookie(reviewer))).status).toBe(403);
  });

  it("records the clip and completes its session in one transaction: if the session cannot be completed, no evidence or blob remains", async () => {
    const { body } = await create({ declaredSize: clip.length, trackingNo: "JT0000000000001" });
    const id: string = body.upload.id;
    expect((await put(id, 0, clip)).status).toBe(200);
    const before = await storeSnapshot();
    // The database refuses to mark the session complete, as a crash at that moment would leave it.
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_completion BEFORE UPDATE ON "UploadSession" WHEN NEW.status = 'COMPLETE' BEGIN SELECT RAISE(ABORT, 'refused in test'); END`);
    try {
      expect((await complete(id)).status).toBe(500);
    } finally {
      await db.$executeRawUnsafe("DROP TRIGGER refuse_completion");
    }
    const after = await storeSnapshot();
    expect(after).toEqual({ ...after, evidence: before.evidence, blobs: before.blobs, blobFiles: before.blobFiles });
    expect(await db.evidence.count({ where: { trackingNo: "JT0000000000001" } })).toBe(0);
    expect(fs.existsSync(uploadSessionPath(id))).toBe(false);
    expect((await status(id)).body.upload.status).toBe("ABORTED");
    expect((await trail(id)).at(-1)).toMatchObject({ action: "upload.abort", reason: "record_failed" });
  });

  it("keeps a tracking number without an order, and aborts or cleans up unfinished uploads", async () => {
    const unknown = await create({ declaredSize: clip.length, trackingNo: "YT0000000000000" });
    expect(unknown.body.upload).toMatchObject({ order: null, trackingNo: "YT0000000000000" });
    const id: string = unknown.body.upload.id;
    await put(id, 0, clip.subarray(0, 100));
    expect(fs.existsSync(uploadSessionPath(id))).toBe(true);
    expect((await abort(id)).status).toBe(204);
    expect(fs.existsSync(uploadSessionPath(id))).toBe(false);
    expect((await status(id)).body.upload.status).toBe("ABORTED");
    expect((await abort(id)).status).toBe(204);
    expect((await trail(id)).map((event) => [event.action, event.reason, event.actorUserId])).toEqual([
      ["upload.open", undefined, owner.userId],
      ["upload.abort", "cancelled", owner.userId],
    ]);
    // Refused before opening: nothing to log.
    const before = await db.auditEvent.count();
    expect((await create({ declaredSize: clip.length, kind: "BUYER_PHOTO" })).status).toBe(400);
    expect(await db.auditEvent.count()).toBe(before);

    const stale = (await create({ declaredSize: clip.length })).body.upload.id as string;
    await put(stale, 0, clip.subarray(0, 100));
    await db.uploadSession.update({ where: { id: stale }, data: { updatedAt: new Date(Date.now() - 25 * 60 * 60 * 1000) } });
    // Opening the next session sweeps up sessions idle for more than a day.
    const fresh = (await create({ declaredSize: clip.length })).body.upload.id as string;
    await put(fresh, 0, clip.subarray(0, 100));
    expect((await status(stale)).body.upload.status).toBe("ABORTED");
    expect(await cleanStaleUploadSessions()).toBe(0);
    expect(fs.existsSync(uploadSessionPath(stale))).toBe(false);
    expect((await status(fresh)).body.upload).toMatchObject({ status: "OPEN", offset: 100 });
    expect((await trail(stale)).at(-1)).toMatchObject({ action: "upload.abort", reason: "stale", actorUserId: null, organizationId: owner.organizationId });
    expect(await trail(fresh)).toHaveLength(1);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
