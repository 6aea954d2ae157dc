// Helpers for the evidence tests (route handlers called with real requests, real sessions, real files).
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SessionContext } from "@/lib/auth/session-context";
import { dataDir } from "@/lib/config/data-dir";
import { db } from "@/lib/db/prisma";

/** The smallest valid dispute, written directly so these tests do not depend on the dispute module. */
export async function createTestDispute(ctx: SessionContext) {
  const store = await db.store.create({ data: { organizationId: ctx.organizationId, platform: "TAOBAO", name: `店铺-${randomUUID().slice(0, 6)}` } });
  const order = await db.order.create({
    data: { organizationId: ctx.organizationId, storeId: store.id, orderNo: `O-${randomUUID().slice(0, 8)}`, amountFen: 9900 },
  });
  return db.dispute.create({
    data: {
      organizationId: ctx.organizationId,
      storeId: store.id,
      orderId: order.id,
      amountClaimedFen: 9900,
      reason: "商品破损",
      claimFiledAt: new Date(),
      createdById: ctx.userId,
    },
  });
}

export function routeParams<P>(params: P) {
  return { params: Promise.resolve(params) };
}

/** A multipart upload as a browser's FormData sends it: the kind first, then the file. */
export function uploadRequest(
  disputeId: string,
  cookie: string,
  file: { bytes: Uint8Array; name: string; kind?: string; type?: string },
  headers: Record<string, string> = {},
): Request {
  const form = new FormData();
  form.append("kind", file.kind ?? "BUYER_PHOTO");
  form.append("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "image/jpeg" }));
  return new Request(`http://localhost/api/disputes/${disputeId}/evidence`, { method: "POST", body: form, headers: { cookie, ...headers } });
}

/** A request whose body is a stream, e.g. one that fails halfway like a dropped connection. */
export function streamRequest(url: string, cookie: string, contentType: string, body: ReadableStream<Uint8Array>): Request {
  return new Request(url, {
    method: "POST",
    body,
    headers: { cookie, "content-type": contentType },
    duplex: "half",
  } as RequestInit & { duplex: "half" });
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Everything an upload may touch, to assert that a failed one changed nothing. */
export async function storeSnapshot() {
  return {
    evidence: await db.evidence.count(),
    blobs: await db.blob.count(),
    auditEvents: await db.auditEvent.count(),
    blobFiles: filesUnder(path.join(dataDir(), "blobs")),
    tempFiles: filesUnder(path.join(dataDir(), "tmp")),
    thumbnailFiles: filesUnder(path.join(dataDir(), "thumbs")),
  };
}

/**
 * A real HEIC file (what an iPhone writes) made from a JPEG by libheif's encoder, which
 * carries the JPEG's EXIF and XMP over into the HEIF metadata items.
 */
export function encodeHeic(jpeg: Uint8Array, quality = 70): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heic-"));
  try {
    fs.writeFileSync(path.join(dir, "in.jpg"), jpeg);
    execFileSync("heif-enc", ["-q", String(quality), path.join(dir, "in.jpg"), "-o", path.join(dir, "out.heic")], { stdio: "ignore" });
    return fs.readFileSync(path.join(dir, "out.heic"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
