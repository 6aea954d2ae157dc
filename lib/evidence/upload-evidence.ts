import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors";
import { findOrderByTrackingInName } from "@/lib/orders/find-order-by-tracking-in-name";
import { probeVideo } from "@/lib/video/probe-video";
import { assertDisputeAccess } from "./assert-dispute-access";
import { isDecodableImage } from "./detect-file-type";
import { inspectImage } from "./inspect-image";
import { withBlobLock } from "./lock-blob";
import { placeBlob, removeUnreferencedBlob } from "./place-blob";
import { receiveMultipartUpload, type ReceivedUpload } from "./receive-multipart-upload";
import { recordEvidence, type NewEvidence } from "./record-evidence";
import { storeThumbnail } from "./store-thumbnail";
import { toEvidenceViews, type EvidenceView } from "./to-evidence-views";

type Upload = { body: Readable; contentType: string | null };
type Target = Omit<NewEvidence, "kind" | "originalName" | "file" | "width" | "height" | "videoProbe">;

/**
 * Stores one staged file as evidence. Order of safety: images proven decodable and videos
 * probed (a truncated or non-video file is refused here, before anything is stored), blob
 * linked into the store, then one transaction for the rows and the audit event. A failure
 * at any step leaves no rows, no temp file and no blob this upload created.
 */
async function storeReceivedUpload(ctx: SessionContext, received: ReceivedUpload, target: (received: ReceivedUpload) => Promise<Target>): Promise<EvidenceView> {
  const { kind, originalName, file } = received;
  try {
    const image = isDecodableImage(file.mime) ? await inspectImage(file.path, file.mime) : undefined;
    const videoProbe = file.mime.startsWith("video/") ? await probeVideo(file.path) : undefined;
    const where = await target(received);
    const evidence = await withBlobLock(file.sha256, async () => {
      const { created } = await placeBlob(file);
      try {
        return await recordEvidence(ctx, {
          ...where,
          kind,
          originalName,
          file,
          width: image?.width ?? videoProbe?.width ?? undefined,
          height: image?.height ?? videoProbe?.height ?? undefined,
          recordedAt: where.recordedAt ?? videoProbe?.fileCreatedAt ?? null,
          videoProbe,
        });
      } catch (error) {
        if (created) await removeUnreferencedBlob(file.sha256);
        throw error;
      }
    });
    if (image) {
      // The evidence is committed; a lost thumbnail is only re-rendered on first view.
      await storeThumbnail(file.sha256, image.thumbnail).catch((error) => console.error("thumbnail not stored", error));
    }
    const [view] = await toEvidenceViews([evidence]);
    return view;
  } finally {
    await rm(file.path, { force: true });
  }
}

/** Adds one file to a dispute from a streamed multipart body (see receiveMultipartUpload for the format). */
export async function uploadEvidence(ctx: SessionContext, disputeId: string, upload: Upload): Promise<EvidenceView> {
  assertPermission(ctx, { evidence: ["upload"] });
  const dispute = await assertDisputeAccess(ctx, disputeId);
  const received = await receiveMultipartUpload(upload.body, upload.contentType);
  return storeReceivedUpload(ctx, received, async ({ kind }) => {
    const order = kind === "PACKING_VIDEO" ? await db.order.findFirst({ where: { id: dispute.orderId, organizationId: ctx.organizationId }, select: { trackingNo: true } }) : null;
    return {
      disputeId,
      // A listing photo added from a dispute also becomes a reference photo of its product.
      productId: kind === "REFERENCE_PHOTO" ? dispute.productId : null,
      orderId: kind === "PACKING_VIDEO" ? dispute.orderId : null,
      trackingNo: order?.trackingNo ?? null,
    };
  });
}

/**
 * Adds a packing video to an order. With `orderId` null the order is found from a
 * tracking number of this merchant inside the file name (`SF1428866310245.mp4`); no match
 * is a validation error and nothing is stored.
 */
export async function uploadPackingVideo(ctx: SessionContext, orderId: string | null, upload: Upload): Promise<EvidenceView> {
  assertPermission(ctx, { evidence: ["upload"] });
  const given = orderId
    ? await db.order.findFirst({ where: { id: orderId, organizationId: ctx.organizationId }, select: { id: true, trackingNo: true } })
    : null;
  if (orderId && !given) throw notFound();
  const received = await receiveMultipartUpload(upload.body, upload.contentType);
  return storeReceivedUpload(ctx, received, async ({ kind, originalName }) => {
    if (kind !== "PACKING_VIDEO") {
      throw new AppError("VALIDATION", "orders.packingVideoKindOnly");
    }
    const order = given ?? (await findOrderByTrackingInName(ctx, originalName));
    if (!order) throw new AppError("VALIDATION", "orders.noOrderForFileName", { name: originalName });
    return { orderId: order.id, trackingNo: order.trackingNo };
  });
}
