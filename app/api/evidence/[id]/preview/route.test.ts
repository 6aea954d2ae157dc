import fs from "node:fs";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { POST as upload } from "@/app/api/disputes/[id]/evidence/route";
import { previewPath } from "@/lib/evidence/resolve-store-paths";
import { createTestDispute, encodeHeic, routeParams, uploadRequest } from "@/lib/evidence/test-support";
import type { EvidenceView } from "@/lib/evidence/to-evidence-views";
import { createMerchant, sessionCookie } from "@/test/factories";
import { GET } from "./route";

let owner: SessionContext;
let cookie: string;
let disputeId: string;

beforeAll(async () => {
  owner = await createMerchant();
  cookie = await sessionCookie(owner);
  disputeId = (await createTestDispute(owner)).id;
});

async function uploaded(file: Parameters<typeof uploadRequest>[2]): Promise<EvidenceView> {
  const response = await upload(uploadRequest(disputeId, cookie, file), routeParams({ id: disputeId }));
  expect(response.status).toBe(201);
  return (await response.json()).evidence;
}

function get(id: string, asCookie = cookie) {
  return GET(new Request(`http://localhost/api/evidence/${id}/preview`, { headers: { "accept-language": "en", cookie: asCookie } }), routeParams({ id }));
}

describe("GET /api/evidence/[id]/preview", () => {
  it("shows a HEIC photo as a full-size JPEG (which browsers can display), rendered again when the stored one is missing", async () => {
    const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#a05030" } }).jpeg().toBuffer();
    const evidence = await uploaded({ bytes: encodeHeic(jpeg), name: "IMG_0420.HEIC" });
    expect(evidence.viewUrl).toBe(`/api/evidence/${evidence.id}/preview`);
    expect(evidence.fileUrl).toBe(`/api/evidence/${evidence.id}/file`);

    const first = await get(evidence.id);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/jpeg");
    expect(first.headers.get("content-security-policy")).toBe("default-src 'none'");
    expect(await sharp(Buffer.from(await first.arrayBuffer())).metadata()).toMatchObject({ format: "jpeg", width: 1600, height: 1200 });

    fs.rmSync(previewPath(evidence.sha256));
    const again = await get(evidence.id);
    expect(again.status).toBe(200);
    expect(fs.existsSync(previewPath(evidence.sha256))).toBe(true);
  });

  it("has no preview for pictures browsers show as stored (they open the file), and is tenant-scoped", async () => {
    const png = await uploaded({ bytes: await sharp({ create: { width: 10, height: 10, channels: 3, background: "red" } }).png().toBuffer(), name: "p.png" });
    expect(png.viewUrl).toBe(png.fileUrl);
    const refused = await get(png.id);
    expect(refused.status).toBe(404);
    expect((await refused.json()).error.message).toMatch(/Only HEIC\/HEIF photos have a preview/);

    const heic = await uploaded({ bytes: encodeHeic(await sharp({ create: { width: 64, height: 48, channels: 3, background: "blue" } }).jpeg().toBuffer()), name: "x.heic" });
    const other = await sessionCookie(await createMerchant("别家"));
    expect((await get(heic.id, other)).status).toBe(404);
  });
});
