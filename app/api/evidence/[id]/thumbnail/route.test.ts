import fs from "node:fs";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { POST as upload } from "@/app/api/disputes/[id]/evidence/route";
import { thumbnailPath } from "@/lib/evidence/resolve-store-paths";
import { createTestDispute, routeParams, uploadRequest } from "@/lib/evidence/test-support";
import type { EvidenceView } from "@/lib/evidence/to-evidence-views";
import { makeTestVideo } from "@/lib/video/test-videos";
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
  return GET(new Request(`http://localhost/api/evidence/${id}/thumbnail`, { headers: { cookie: asCookie } }), routeParams({ id }));
}

describe("GET /api/evidence/[id]/thumbnail", () => {
  it("serves a WebP of at most 480 px, and renders it again when the stored one is missing", async () => {
    const bytes = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#336699" } }).jpeg().toBuffer();
    const evidence = await uploaded({ bytes, name: "大图.jpg" });
    const first = await get(evidence.id);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/webp");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    const thumb = Buffer.from(await first.arrayBuffer());
    expect(await sharp(thumb).metadata()).toMatchObject({ format: "webp", width: 480, height: 320 });

    fs.rmSync(thumbnailPath(evidence.sha256));
    const again = await get(evidence.id);
    expect(again.status).toBe(200);
    expect((await sharp(Buffer.from(await again.arrayBuffer())).metadata()).width).toBe(480);
    expect(fs.existsSync(thumbnailPath(evidence.sha256))).toBe(true);
  });

  it("has no thumbnail for videos, and is tenant-scoped", async () => {
    const video = await uploaded({
      bytes: makeTestVideo("mp4", 1),
      name: "v.mp4",
      kind: "BUYER_VIDEO",
    });
    expect((await get(video.id)).status).toBe(404);
    const photo = await uploaded({ bytes: await sharp({ create: { width: 10, height: 10, channels: 3, background: "red" } }).png().toBuffer(), name: "p.png" });
    const other = await sessionCookie(await createMerchant("别家"));
    expect((await get(photo.id, other)).status).toBe(404);
  });
});
