import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { auth } from "@/lib/auth/auth";
import type { SessionContext } from "@/lib/auth/session-context";
import { signUpMerchant } from "@/lib/auth/sign-up-merchant";
import { db } from "@/lib/db/prisma";
import type { DisputeStatus, EvidenceKind } from "@/lib/db/generated/enums";
import { changeDisputeStatus } from "@/lib/disputes/change-dispute-status";
import { createDispute } from "@/lib/disputes/create-dispute";
import type { CreateDisputeInput } from "@/lib/disputes/dispute-schemas";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { createProduct } from "@/lib/products/create-product";
import { uploadProductReferencePhoto } from "@/lib/products/upload-product-reference-photo";
import { createStore } from "@/lib/stores/create-store";
import { toDateTimeInputValue } from "@/lib/utils/format-date";
import { DEMO_ACCOUNTS, DEMO_MERCHANT, DEMO_PASSWORD } from "./demo-accounts";
import { renderForgedPhoto, renderReferencePhoto, type DemoProduct } from "./render-demo-photo";
import { renderDemoPackingVideo } from "./render-demo-video";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Forward path each demo dispute walks to reach its status (as a person would click it). */
const PATH_TO: Record<DisputeStatus, DisputeStatus[]> = {
  OPEN: [],
  COLLECTING: ["COLLECTING"],
  UNDER_REVIEW: ["COLLECTING", "UNDER_REVIEW"],
  READY: ["COLLECTING", "UNDER_REVIEW", "READY"],
  SUBMITTED: ["COLLECTING", "UNDER_REVIEW", "READY", "SUBMITTED"],
  WON: ["COLLECTING", "UNDER_REVIEW", "READY", "SUBMITTED", "WON"],
  LOST: ["COLLECTING", "UNDER_REVIEW", "READY", "SUBMITTED", "LOST"],
  PARTIAL: ["COLLECTING", "UNDER_REVIEW", "READY", "SUBMITTED", "PARTIAL"],
  ESCALATED: ["COLLECTING", "UNDER_REVIEW", "READY", "SUBMITTED", "LOST", "ESCALATED"],
  CLOSED: ["CLOSED"],
};

/** A multipart body as the browser sends it, for the same streamed upload path. */
function multipart(kind: EvidenceKind, name: string, bytes: Buffer, type: string) {
  const form = new FormData();
  form.append("kind", kind);
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), name);
  const request = new Request("http://localhost/upload", { method: "POST", body: form });
  return { body: Readable.fromWeb(request.body as unknown as NodeReadableStream), contentType: request.headers.get("content-type") };
}

/** Uploads bytes to a dispute through the same streamed multipart path the browser uses. */
async function attach(ctx: SessionContext, disputeId: string, kind: EvidenceKind, name: string, bytes: Buffer, type: string) {
  await uploadEvidence(ctx, disputeId, multipart(kind, name, bytes, type));
}

/**
 * Fills an empty database with a believable demo merchant, through the same lib/
 * functions the app uses (so the audit chain covers the demo data too).
 * Returns false and does nothing when any user exists.
 */
export async function seedDemoData(now = new Date()): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const [owner, ...others] = DEMO_ACCOUNTS;
  const { userId, organizationId } = await signUpMerchant(
    { name: owner.name, email: owner.email, password: DEMO_PASSWORD, merchantName: DEMO_MERCHANT },
    new Headers(),
  );
  const ctx: SessionContext = { userId, userName: owner.name, email: owner.email, organizationId, organizationName: DEMO_MERCHANT, role: "owner" };
  for (const account of others) {
    const { user } = await auth.api.signUpEmail({ body: { name: account.name, email: account.email, password: DEMO_PASSWORD } });
    await auth.api.addMember({ body: { userId: user.id, role: account.role, organizationId } });
  }

  const taobao = await createStore(ctx, { platform: "TAOBAO", name: "安心家居淘宝店" });
  const pdd = await createStore(ctx, { platform: "PINDUODUO", name: "安心家居拼多多店" });
  const douyin = await createStore(ctx, { platform: "DOUYIN", name: "安心家居抖音小店" });
  const products: Record<DemoProduct, { id: string; storeId: string; name: string }> = {
    mug: { ...(await createProduct(ctx, { name: "陶瓷马克杯 350ml", sku: "MUG-350", storeId: taobao.id })), storeId: taobao.id },
    socks: { ...(await createProduct(ctx, { name: "纯棉中筒袜（红色）", sku: "SOCK-RED", storeId: pdd.id })), storeId: pdd.id },
    duck: { ...(await createProduct(ctx, { name: "搪胶小黄鸭玩具", sku: "DUCK-01", storeId: douyin.id })), storeId: douyin.id },
  };

  const at = (offsetMs: number) => toDateTimeInputValue(new Date(now.getTime() + offsetMs));
  const demo: {
    product: DemoProduct;
    orderNo: string;
    trackingNo: string;
    amount: string;
    buyer: { id: string; nick: string; phone?: string };
    status: DisputeStatus;
    deadlineIn: number;
    claimText: string;
    photos: "forged" | "none";
    packingVideo?: boolean;
    recovered?: string;
  }[] = [
    { product: "mug", orderNo: "TB20261118001234", trackingNo: "SF1428866310245", amount: "89.00", buyer: { id: "tb_lucky_cat88", nick: "幸运猫88", phone: "13800138000" }, status: "COLLECTING", deadlineIn: 18 * HOUR, claimText: "收到的杯子杯身有一道很长的裂纹，还有一块污渍，要求仅退款。", photos: "forged", packingVideo: true },
    { product: "socks", orderNo: "PDD261117-552019", trackingNo: "YT7712039458812", amount: "39.90", buyer: { id: "pdd_8837261", nick: "小雨" }, status: "OPEN", deadlineIn: -5 * HOUR, claimText: "袜子有破洞和脏污，质量太差。", photos: "forged" },
    { product: "duck", orderNo: "DY3391876620155", trackingNo: "ZTO530018823771", amount: "59.00", buyer: { id: "dy_user_0932", nick: "鸭鸭爱好者" }, status: "UNDER_REVIEW", deadlineIn: 3 * DAY, claimText: "玩具开裂，表面有污渍，孩子不敢玩。", photos: "forged" },
    { product: "mug", orderNo: "TB20261109004321", trackingNo: "SF1428866319931", amount: "268.00", buyer: { id: "tb_lucky_cat88", nick: "幸运猫88" }, status: "SUBMITTED", deadlineIn: 2 * DAY, claimText: "四只杯子全部碎了，申请全额退款。", photos: "forged" },
    { product: "socks", orderNo: "PDD261102-118765", trackingNo: "YT7712039451100", amount: "79.80", buyer: { id: "pdd_5521904", nick: "阿杰" }, status: "WON", deadlineIn: -6 * DAY, claimText: "颜色和图片不一样。", photos: "none", recovered: "79.80" },
    { product: "duck", orderNo: "DY3391876611029", trackingNo: "ZTO530018829020", amount: "3280.00", buyer: { id: "dy_user_7710", nick: "批发王" }, status: "ESCALATED", deadlineIn: -10 * DAY, claimText: "整箱玩具破损，要求退款。", photos: "forged" },
    { product: "mug", orderNo: "TB20261020007788", trackingNo: "SF1428866300001", amount: "45.00", buyer: { id: "tb_quiet_lake", nick: "静湖" }, status: "CLOSED", deadlineIn: -20 * DAY, claimText: "买家撤回了申请。", photos: "none" },
    { product: "socks", orderNo: "PDD261121-900311", trackingNo: "YT7712039460042", amount: "25.90", buyer: { id: "pdd_2210087", nick: "暖暖" }, status: "OPEN", deadlineIn: 2 * DAY + 5 * HOUR, claimText: "少发了一双。", photos: "none" },
  ];

  let seed = 1;
  for (const d of demo) {
    const product = products[d.product];
    const filedAt = now.getTime() + d.deadlineIn - 3 * DAY;
    const input: CreateDisputeInput = {
      storeId: product.storeId,
      productId: product.id,
      orderNo: d.orderNo,
      trackingNo: d.trackingNo,
      orderAmount: d.amount,
      claimedAmount: d.amount,
      orderedAt: at(filedAt - now.getTime() - 6 * DAY),
      shippedAt: at(filedAt - now.getTime() - 5 * DAY),
      deliveredAt: at(filedAt - now.getTime() - 2 * DAY),
      claimFiledAt: at(filedAt - now.getTime()),
      responseDeadline: at(d.deadlineIn),
      reason: d.photos === "forged" ? "damaged" : "not_as_described",
      claimText: d.claimText,
      buyerPlatformId: d.buyer.id,
      buyerNickname: d.buyer.nick,
      buyerPhone: d.buyer.phone ?? null,
    };
    const dispute = await createDispute(ctx, input);
    // The status history comes before the files: READY needs every finding reviewed, and the
    // demo photos are only analysed by the job runner after start, so the older cases keep
    // findings awaiting review (they show up in the review queue).
    for (const toStatus of PATH_TO[d.status]) {
      await changeDisputeStatus(ctx, dispute.id, { toStatus, recoveredAmount: toStatus === d.status ? d.recovered : undefined });
    }
    if (d.photos === "forged") {
      // The listing photo the forgery was made from belongs to the product, and is indexed before the buyer photo arrives.
      const reference = await renderReferencePhoto(d.product, seed);
      await uploadProductReferencePhoto(ctx, product.id, multipart("REFERENCE_PHOTO", `${product.name}-商品主图-${seed}.jpg`, reference, "image/jpeg"));
      await attach(ctx, dispute.id, "BUYER_PHOTO", `买家图片-${seed}.jpg`, await renderForgedPhoto(d.product, seed), "image/jpeg");
    }
    if (d.packingVideo) {
      await attach(ctx, dispute.id, "PACKING_VIDEO", `${d.trackingNo}.mp4`, await renderDemoPackingVideo(d.trackingNo), "video/mp4");
    }
    seed++;
  }
  return true;
}
