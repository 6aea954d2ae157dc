import zlib from "node:zlib";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { routeParams, storeSnapshot } from "@/lib/evidence/test-support";
import { createProduct } from "@/lib/products/create-product";
import { createMerchant, sessionCookie } from "@/test/factories";
import { GET, POST } from "./route";

const photo = () => sharp({ create: { width: 320, height: 240, channels: 3, background: "black", noise: { type: "gaussian", mean: 128, sigma: 30 } } }).jpeg().toBuffer();

async function bombPng(): Promise<Buffer> {
  const png = Buffer.from(await sharp({ create: { width: 1, height: 1, channels: 3, background: "red" } }).png().toBuffer());
  png.writeUInt32BE(30000, 16);
  png.writeUInt32BE(30000, 20);
  png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}

function uploadRequest(productId: string, cookie: string, file: { bytes: Uint8Array; name: string; kind?: string; type?: string }) {
  const form = new FormData();
  form.append("kind", file.kind ?? "REFERENCE_PHOTO");
  form.append("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "image/jpeg" }));
  return new Request(`http://localhost/api/products/${productId}/reference-photos`, { method: "POST", body: form, headers: { cookie, "accept-language": "en" } });
}

let owner: SessionContext;
let cookie: string;
let productId: string;

beforeAll(async () => {
  owner = await createMerchant("杯子旗舰店");
  cookie = await sessionCookie(owner);
  productId = (await createProduct(owner, { name: "马克杯" })).id;
});

async function upload(file: Parameters<typeof uploadRequest>[2], id = productId, asCookie = cookie) {
  const response = await POST(uploadRequest(id, asCookie, file), routeParams({ id }));
  return { status: response.status, body: await response.json() };
}

describe("POST /api/products/[id]/reference-photos", () => {
  it("stores a reference photo on the product and queues its indexing", async () => {
    const result = await upload({ bytes: await photo(), name: "主图.jpg" });
    expect(result.status).toBe(201);
    expect(result.body.evidence).toMatchObject({ kind: "REFERENCE_PHOTO", originalName: "主图.jpg", thumbnailUrl: expect.stringContaining("/thumbnail") });
    const row = await db.evidence.findUniqueOrThrow({ where: { id: result.body.evidence.id } });
    expect(row).toMatchObject({ productId, disputeId: null, organizationId: owner.organizationId });
    expect(await db.job.count({ where: { type: "analyze_photo", payload: JSON.stringify({ evidenceId: row.id }) } })).toBe(1);

    const listed = await GET(new Request("http://localhost/x", { headers: { cookie } }), routeParams({ id: productId }));
    const body = await listed.json();
    expect(body.referencePhotos.map((p: { id: string }) => p.id)).toContain(row.id);
    expect(body.referencePhotos[0].indexing.status).toBe("PENDING");
  });

  it.each([
    ["a zero-byte file", async () => ({ bytes: Buffer.alloc(0), name: "empty.jpg" }), 400, /empty/],
    ["a truncated JPEG", async () => ({ bytes: (await photo()).subarray(0, 600), name: "cut.jpg" }), 400, /damaged or truncated/],
    ["a decompression bomb", async () => ({ bytes: await bombPng(), name: "bomb.png", type: "image/png" }), 400, /decompression bomb/],
    ["a PDF", async () => ({ bytes: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"), name: "x.pdf", type: "application/pdf" }), 415, /.+/],
    ["another kind of evidence", async () => ({ bytes: await photo(), name: "buyer.jpg", kind: "BUYER_PHOTO" }), 400, /only takes reference photos/],
  ])("refuses %s with a clear error and leaves nothing behind", async (_label, file, status, message) => {
    const before = await storeSnapshot();
    const result = await upload(await file());
    expect(result.status).toBe(status);
    expect(result.body.error.message).toMatch(message);
    expect(await storeSnapshot()).toEqual(before);
  });

  it("answers 404 for another merchant's product and stores nothing", async () => {
    const other = await createMerchant("别家");
    const otherCookie = await sessionCookie(other);
    const before = await storeSnapshot();
    const result = await upload({ bytes: await photo(), name: "x.jpg" }, productId, otherCookie);
    expect(result.status).toBe(404);
    expect(await storeSnapshot()).toEqual(before);
    const listed = await GET(new Request("http://localhost/x", { headers: { cookie: otherCookie } }), routeParams({ id: productId }));
    expect(listed.status).toBe(404);
  });
});
