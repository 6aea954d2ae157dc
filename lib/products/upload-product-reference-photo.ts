import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { isDecodableImage } from "@/lib/evidence/detect-file-type";
import { inspectImage } from "@/lib/evidence/inspect-image";
import { withBlobLock } from "@/lib/evidence/lock-blob";
import { placeBlob, removeUnreferencedBlob } from "@/lib/evidence/place-blob";
import { receiveMultipartUpload } from "@/lib/evidence/receive-multipart-upload";
import { recordEvidence } from "@/lib/evidence/record-evidence";
import { storeThumbnail } from "@/lib/evidence/store-thumbnail";
import { toEvidenceViews, type EvidenceView } from "@/lib/evidence/to-evidence-views";
import { AppError } from "@/lib/errors";
import { assertProductAccess } from "./assert-product-access";

/**
 * Adds a listing photo to a product from a streamed multipart body (`kind` =
 * REFERENCE_PHOTO, then the file), with the evidence store's guarantees: staged and
 * hashed while streaming, proven decodable, linked into the store, then rows, audit
 * event and the indexing job in one transaction. A failure leaves nothing behind.
 */
export async function uploadProductReferencePhoto(
  ctx: SessionContext,
  productId: string,
  upload: { body: Readable; contentType: string | null },
): Promise<EvidenceView> {
  assertPermission(ctx, { evidence: ["upload"] });
  await assertProductAccess(ctx, productId);
  const { kind, originalName, file } = await receiveMultipartUpload(upload.body, upload.contentType);
  try {
    if (kind !== "REFERENCE_PHOTO") throw new AppError("VALIDATION", "products.referenceKindOnly");
    if (!isDecodableImage(file.mime)) throw new AppError("UNSUPPORTED_TYPE", "products.referenceNotImage");
    const image = await inspectImage(file.path, file.mime);
    const evidence = await withBlobLock(file.sha256, async () => {
      const { created } = await placeBlob(file);
      try {
        return await recordEvidence(ctx, { productId, kind, originalName, file, width: image.width, height: image.height });
      } catch (error) {
        if (created) await removeUnreferencedBlob(file.sha256);
        throw error;
      }
    });
    // The evidence is committed; a lost thumbnail is only re-rendered on first view.
    await storeThumbnail(file.sha256, image.thumbnail).catch((error) => console.error("thumbnail not stored", error));
    const [view] = await toEvidenceViews([evidence]);
    return view;
  } finally {
    await rm(file.path, { force: true });
  }
}
