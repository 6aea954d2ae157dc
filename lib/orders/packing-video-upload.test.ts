import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { createTestDispute, routeParams, storeSnapshot } from "@/lib/evidence/test-support";
import { getDisputePackingVideos } from "@/lib/video/get-dispute-packing-videos";
import { makeTestVideo } from "@/lib/video/test-videos";
import { createMerchant, sessionCookie } from "@/test/factories";
import { POST as uploadForOrder } from "@/app/api/orders/[id]/videos/route";
import { POST as uploadByName } from "@/app/api/orders/videos/route";
import { findOrderByTrackingInName } from "./find-order-by-tracking-in-name";
import { getOrder } from "./get-order";
import { listOrders } from "./list-orders";

let owner: SessionContext;
let cookie: string;
let other: SessionContext;
let orderId: string;
let foreignOrderId: string;
const video = makeTestVideo("mp4", 1);

async function createOrder(ctx: SessionContext, orderNo: string, trackingNo: string | null) {
  const store = await db.store.upsert({
    where: { organizationId_platform_name: { organizationId: ctx.organizationId, platform: "TAOBAO", name: "店" } },
    create: { organizationId: ctx.organizationId, platform: "TAOBAO", name: "店" },
    update: {},
  });
  return db.order.create({ data: { organizationId: ctx.organizationId, storeId: store.id, orderNo, trackingNo, amountFen: 100 } });
}

function videoForm(name: string, kind = "PACKING_VIDEO") {
  const form = new FormData();
  form.append("kind", kind);
  form.append("file", new File([new Uint8Array(video)], name, { type: "video/mp4" }));
  return form;
}

async function post(handler: typeof uploadForOrder, name: string, params: object = {}, asCookie = cookie, kind?: string) {
  const response = await handler(
    new Request("http://localhost/api/orders/videos", { method: "POST", body: videoForm(name, kind), headers: { cookie: asCookie, "accept-language": "en" } }),
    routeParams(params as { id: string }),
  );
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  owner = await createMerchant("视频关联店");
  cookie = await sessionCookie(owner);
  other = await createMerchant("别家");
  orderId = (await createOrder(owner, "TB-V1", "SF1428866310245")).id;
  await createOrder(owner, "TB-V2", "773012345678");
  await createOrder(owner, "TB-V3", "SF14288663");
  foreignOrderId = (await createOrder(other, "TB-X1", "YT7512345678901")).id;
});

describe("findOrderByTrackingInName", () => {
  it("finds the order whose tracking number is in the file name", async () => {
    for (const name of ["SF1428866310245.mp4", "packing_SF1428866310245_2026.webm", "packingSF1428866310245.mov", "sf1428866310245-station2.mp4"]) {
      expect((await findOrderByTrackingInName(owner, name))?.orderNo, name).toBe("TB-V1");
    }
    expect((await findOrderByTrackingInName(owner, "773012345678 打包.mp4"))?.orderNo).toBe("TB-V2");
    expect(await findOrderByTrackingInName(owner, "2026-11-20_clip.mp4")).toBeNull();
    expect(await findOrderByTrackingInName(owner, "SF9999999999999.mp4")).toBeNull();
  });

  it("never matches another merchant's tracking numbers", async () => {
    expect(await findOrderByTrackingInName(owner, "YT7512345678901.mp4")).toBeNull();
    expect((await findOrderByTrackingInName(other, "YT7512345678901.mp4"))?.orderNo).toBe("TB-X1");
  });
});

describe("packing video upload", () => {
  it("links a video named after a tracking number to its order", async () => {
    const { status, body } = await post(uploadByName, "packing_SF1428866310245_2026.mp4");
    expect(status).toBe(201);
    expect(body.evidence).toMatchObject({ kind: "PACKING_VIDEO", orderId, trackingNo: "SF1428866310245", video: { durationMs: 1000, codec: "h264" } });
    const order = await getOrder(owner, orderId);
    expect(order.videos.map((item) => item.id)).toEqual([body.evidence.id]);
    expect((await listOrders(owner, { q: "SF1428866310245" })).items[0]).toMatchObject({ orderNo: "TB-V1", videoCount: 1 });
  });

  it("refuses a name without a known tracking number, or another merchant's, storing nothing", async () => {
    for (const name of ["clip.mp4", "YT7512345678901.mp4"]) {
      const before = await storeSnapshot();
      const { status, body } = await post(uploadByName, name);
      expect(status).toBe(400);
      expect(body.error.message).toContain(`file name “${name}”`);
      expect(await storeSnapshot()).toEqual(before);
    }
  });

  it("uploads to a given order; another merchant's order is 404 and only packing videos are taken", async () => {
    const { status, body } = await post(uploadForOrder, "anything.mp4", { id: (await createOrder(owner, "TB-V4", null)).id });
    expect(status).toBe(201);
    expect(body.evidence).toMatchObject({ kind: "PACKING_VIDEO", trackingNo: null });
    expect((await post(uploadForOrder, "a.mp4", { id: foreignOrderId })).status).toBe(404);
    expect((await post(uploadForOrder, "a.mp4", { id: orderId }, cookie, "BUYER_VIDEO")).status).toBe(400);
  });
});

describe("getDisputePackingVideos", () => {
  it("shows the order's packing videos, found by order or by tracking number", async () => {
    const dispute = await db.dispute.create({
      data: { organizationId: owner.organizationId, storeId: (await db.order.findUniqueOrThrow({ where: { id: orderId } })).storeId, orderId, amountClaimedFen: 100, reason: "破损", claimFiledAt: new Date(), createdById: owner.userId },
    });
    const panel = await getDisputePackingVideos(owner, dispute.id);
    expect(panel.order).toMatchObject({ orderNo: "TB-V1", trackingNo: "SF1428866310245" });
    expect(panel.videos).toHaveLength(1);
    // A station clip recorded for the tracking number but not attached to the order counts too.
    const clip = panel.videos[0];
    await db.evidence.create({
      data: { organizationId: owner.organizationId, kind: "PACKING_VIDEO", trackingNo: "SF1428866310245", sha256: clip.sha256, originalName: "station.webm", mimeType: "video/mp4", sizeBytes: BigInt(clip.sizeBytes), uploadedById: owner.userId, productId: null, disputeId: dispute.id },
    });
    expect((await getDisputePackingVideos(owner, dispute.id)).videos).toHaveLength(2);
    await expect(getDisputePackingVideos(other, dispute.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is empty for a disputed order without a packing video, and ignores withdrawn ones", async () => {
    const dispute = await createTestDispute(owner);
    expect((await getDisputePackingVideos(owner, dispute.id)).videos).toEqual([]);
    const { body } = await post(uploadForOrder, "late.mp4", { id: dispute.orderId });
    expect((await getDisputePackingVideos(owner, dispute.id)).videos).toHaveLength(1);
    await db.evidence.update({ where: { id: body.evidence.id }, data: { withdrawnAt: new Date(), withdrawnById: owner.userId, withdrawalReason: "wrong parcel" } });
    expect((await getDisputePackingVideos(owner, dispute.id)).videos).toEqual([]);
    expect((await listOrders(owner, { q: "TB-V3" })).items[0].videoCount).toBe(0);
  });
});
