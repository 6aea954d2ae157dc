import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { derivedPath } from "@/lib/evidence/resolve-store-paths";
import { createTestDispute, routeParams, storeSnapshot, uploadRequest } from "@/lib/evidence/test-support";
import { runJobsUntilIdle } from "@/lib/jobs/run-jobs-until-idle";
import { createMerchant, sessionCookie } from "@/test/factories";
import { POST } from "@/app/api/disputes/[id]/evidence/route";
import { GET as getPoster } from "@/app/api/evidence/[id]/poster/route";
import { GET as getKeyframe } from "@/app/api/evidence/[id]/keyframes/[index]/route";
import { keyframeTimes, type Keyframe } from "./run-render-video-frames-job";
import { makeTestVideo } from "./test-videos";

let owner: SessionContext;
let cookie: string;
let disputeId: string;

beforeAll(async () => {
  owner = await createMerchant("视频测试店");
  cookie = await sessionCookie(owner);
  disputeId = (await createTestDispute(owner)).id;
});

async function upload(bytes: Uint8Array, name: string, asCookie = cookie) {
  const response = await POST(
    uploadRequest(disputeId, asCookie, { bytes, name, kind: "PACKING_VIDEO", type: "video/mp4" }, { "accept-language": "en" }),
    routeParams({ id: disputeId }),
  );
  return { status: response.status, body: await response.json() };
}

describe("video evidence", () => {
  it("stores the probe with the evidence row, then renders a poster and a keyframe strip", async () => {
    const { status, body } = await upload(makeTestVideo("mp4", 3), "packing.mp4");
    expect(status).toBe(201);
    const probe = await db.videoProbe.findUniqueOrThrow({ where: { evidenceId: body.evidence.id } });
    expect(probe).toMatchObject({ organizationId: owner.organizationId, durationMs: 3000, codec: "h264", width: 320, height: 240, posterSha256: null });

    await runJobsUntilIdle();
    const rendered = await db.videoProbe.findUniqueOrThrow({ where: { evidenceId: body.evidence.id } });
    const keyframes = JSON.parse(rendered.keyframesJson) as Keyframe[];
    expect(keyframes).toHaveLength(12);
    expect(keyframes.map((frame) => frame.timeMs)).toEqual(keyframeTimes(3000, 25));
    // Every picture exists in the derived store and decodes as a JPEG no wider than 640 px.
    for (const sha of [rendered.posterSha256!, ...keyframes.map((frame) => frame.sha256)]) {
      const meta = await sharp(fs.readFileSync(derivedPath(sha, "jpg"))).metadata();
      expect(meta).toMatchObject({ format: "jpeg", width: 320, height: 240 });
    }
    // testsrc2 moves: frames at different times differ.
    expect(new Set(keyframes.map((frame) => frame.sha256)).size).toBeGreaterThan(6);

    const poster = await getPoster(new Request("http://localhost/p", { headers: { cookie } }), routeParams({ id: body.evidence.id }));
    expect(poster.status).toBe(200);
    expect(poster.headers.get("content-type")).toBe("image/jpeg");
    const frame = await getKeyframe(new Request("http://localhost/k", { headers: { cookie } }), routeParams({ id: body.evidence.id, index: "11" }));
    expect(frame.status).toBe(200);
    const missing = await getKeyframe(new Request("http://localhost/k", { headers: { cookie } }), routeParams({ id: body.evidence.id, index: "12" }));
    expect(missing.status).toBe(404);

    const other = await createMerchant("别家");
    const foreign = await getPoster(new Request("http://localhost/p", { headers: { cookie: await sessionCookie(other) } }), routeParams({ id: body.evidence.id }));
    expect(foreign.status).toBe(404);
  });

  it("renders upright frames of a rotated phone clip", async () => {
    const { body } = await upload(makeTestVideo("rotated-mp4", 1), "phone.mp4");
    await runJobsUntilIdle();
    const probe = await db.videoProbe.findUniqueOrThrow({ where: { evidenceId: body.evidence.id } });
    expect(probe.rotation).toBe(90);
    const meta = await sharp(fs.readFileSync(derivedPath(probe.posterSha256!, "jpg"))).metadata();
    expect(meta).toMatchObject({ width: 240, height: 320 });
  });

  it("refuses a truncated video and a text file named .mp4 with a clear error, storing nothing", async () => {
    const full = makeTestVideo("mp4", 3);
    for (const bytes of [full.subarray(0, Math.floor(full.length / 3)), Buffer.concat([full.subarray(0, 40), Buffer.from("not a video ".repeat(400))])]) {
      const before = await storeSnapshot();
      const { status, body } = await upload(bytes, "SF1234567890.mp4");
      expect(status).toBe(415);
      expect(body.error.message).toMatch(/cannot be read.*damaged or truncated/);
      expect(await storeSnapshot()).toEqual(before);
      expect(await db.videoProbe.count()).toBe(2);
    }
  });

  it("refuses a plain text file named .mp4 by its content", async () => {
    const before = await storeSnapshot();
    const { status, body } = await upload(Buffer.from("plain text, not a video\n".repeat(20)), "SF1234567890.mp4");
    expect(status).toBe(415);
    expect(body.error.message).toMatch(/not a recognised format/);
    expect(await storeSnapshot()).toEqual(before);
  });
});
