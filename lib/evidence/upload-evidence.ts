import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { assertDisputeAccess } from "./assert-dispute-access";
import { isDecodableImage } from "./detect-file-type";
import { inspectImage } from "./inspect-image";
import { withBlobLock } from "./lock-blob";
import { placeBlob, removeUnreferencedBlob } from "./place-blob";
import { receiveMultipartUpload } from "./receive-multipart-upload";
import { recordEvidence } from "./record-evidence";
import { storeThumbnail } from "./store-thumbnail";
import { toEvidenceViews, type EvidenceView } from "./to-evidence-views";

/**
 * Adds one file to a dispute from a streamed multipart body (see receiveMultipartUpload
 * for the format). Order of safety: bytes staged and fsynced, images proven decodable,
 * blob linked into the store, then one transaction for the rows and the audit event.
 * A failure at any step leaves no rows, no temp file and no blob this upload created.
 */
export async function uploadEvidence(
  ctx: SessionContext,
  disputeId: string,
  upload: { body: Readable; contentType: string | null },
): Promise<EvidenceView> {
  assertPermission(ctx, { evidence: ["upload"] });
  const dispute = await assertDisputeAccess(ctx, disputeId);
  const { kind, originalName, file } = await receiveMultipartUpload(upload.body, upload.contentType);
  try {
    const image = isDecodableImage(file.mime) ? await inspectImage(file.path) : undefined;
    const evidence = await withBlobLock(file.sha256, async () => {
      const { created } = await placeBlob(file);
      try {
        return await recordEvidence(ctx, {
          disputeId,
          // A listing photo added from a dispute also becomes a reference photo of its product.
          productId: kind === "REFERENCE_PHOTO" ? dispute.productId : null,
          orderId: kind === "PACKING_VIDEO" ? dispute.orderId : null,
          kind,
          originalName,
          file,
          width: image?.width,
          height: image?.height,
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
