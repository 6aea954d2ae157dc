import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { POST as upload } from "@/app/api/disputes/[id]/evidence/route";
import { createTestDispute, routeParams, uploadRequest } from "@/lib/evidence/test-support";
import type { EvidenceView } from "@/lib/evidence/to-evidence-views";
import { createMerchant, sessionCookie } from "@/test/factories";
import { GET } from "./route";

let owner: SessionContext;
let cookie: string;
let bytes: Buffer;
let evidence: EvidenceView;

beforeAll(async () => {
  owner = await createMerchant();
  cookie = await sessionCookie(owner);
  const dispute = await createTestDispute(owner);
  bytes = await sharp({ create: { width: 200, height: 120, channels: 3, background: "black", noise: { type: "gaussian", mean: 100, sigma: 40 } } }).png().toBuffer();
  const response = await upload(uploadRequest(dispute.id, cookie, { bytes, name: "买家图 \"1\".png" }), routeParams({ id: dispute.id }));
  evidence = (await response.json()).evidence;
});

function get(headers: Record<string, string> = {}, query = "", asCookie = cookie, id = evidence.id) {
  return GET(new Request(`http://localhost/api/evidence/${id}/file${query}`, { headers: { cookie: asCookie, ...headers } }), routeParams({ id }));
}

const body = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("GET /api/evidence/[id]/file", () => {
  it("streams the original bytes with safe headers and the original name, RFC 5987-encoded", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect((await body(response)).equals(bytes)).toBe(true);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/png",
      "content-length": String(bytes.length),
      "accept-ranges": "bytes",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'",
      etag: `"${evidence.sha256}"`,
      "content-disposition": `inline; filename="___ _1_.png"; filename*=UTF-8''%E4%B9%B0%E5%AE%B6%E5%9B%BE%20%221%22.png`,
    });
    const attachment = await get({}, "?download=1");
    expect(attachment.headers.get("content-disposition")).toMatch(/^attachment; /);
    await attachment.body?.cancel();
  });

  it("serves byte ranges: first bytes, open-ended and suffix", async () => {
    const size = bytes.length;
    const first = await get({ range: "bytes=0-9" });
    expect(first.status).toBe(206);
    expect(first.headers.get("content-range")).toBe(`bytes 0-9/${size}`);
    expect(first.headers.get("content-length")).toBe("10");
    expect((await body(first)).equals(bytes.subarray(0, 10))).toBe(true);

    const rest = await get({ range: "bytes=100-" });
    expect(rest.status).toBe(206);
    expect(rest.headers.get("content-range")).toBe(`bytes 100-${size - 1}/${size}`);
    expect((await body(rest)).equals(bytes.subarray(100))).toBe(true);

    const tail = await get({ range: "bytes=-16" });
    expect(tail.status).toBe(206);
    expect(tail.headers.get("content-range")).toBe(`bytes ${size - 16}-${size - 1}/${size}`);
    expect((await body(tail)).equals(bytes.subarray(size - 16))).toBe(true);

    const clamped = await get({ range: `bytes=5-${size + 1000}` });
    expect(clamped.headers.get("content-range")).toBe(`bytes 5-${size - 1}/${size}`);
    await clamped.body?.cancel();
  });

  it("answers 416 for an unsatisfiable range and ignores ranges it does not serve", async () => {
    const size = bytes.length;
    const beyond = await get({ range: `bytes=${size}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${size}`);
    expect((await get({ range: "bytes=-0" })).status).toBe(416);

    for (const range of ["bytes=0-1,4-5", "items=0-1", "bytes=9-3"]) {
      const whole = await get({ range });
      expect(whole.status).toBe(200);
      expect((await body(whole)).length).toBe(size);
    }
    const stale = await get({ range: "bytes=0-9", "if-range": '"another-version"' });
    expect(stale.status).toBe(200);
    await stale.body?.cancel();
    const current = await get({ range: "bytes=0-9", "if-range": `"${evidence.sha256}"` });
    expect(current.status).toBe(206);
    await current.body?.cancel();
  });

  it("is tenant-scoped: 404 for another merchant and for unknown ids, 401 signed out", async () => {
    const other = await sessionCookie(await createMerchant("别家"));
    const foreign = await get({}, "", other);
    expect(foreign.status).toBe(404);
    expect((await foreign.json()).error.code).toBe("NOT_FOUND");
    expect((await get({}, "", cookie, "no-such-id")).status).toBe(404);
    expect((await get({}, "", "")).status).toBe(401);
  });
});
