import { db } from "@/lib/db/prisma";
import { isDecodableImage } from "@/lib/evidence/detect-file-type";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import type { JobPayload } from "@/lib/jobs/job-types";
import { PermanentJobError } from "@/lib/jobs/permanent-job-error";

/**
 * The reanalyze_product job: a reference photo was added to a product, so every live buyer
 * photo in the merchant's disputes about that product is analysed again (and shows as
 * queued until then). One transaction, so the photos are either all queued or none.
 */
export async function runReanalyzeProductJob(payload: JobPayload<"reanalyze_product">, job: { organizationId: string | null }): Promise<void> {
  const product = await db.product.findUnique({ where: { id: payload.productId }, select: { id: true, organizationId: true } });
  if (!product || (job.organizationId && job.organizationId !== product.organizationId)) {
    throw new PermanentJobError(`product ${payload.productId} not found`, "NOT_FOUND");
  }
  const photos = await db.evidence.findMany({
    where: { organizationId: product.organizationId, kind: "BUYER_PHOTO", withdrawnAt: null, dispute: { productId: product.id, organizationId: product.organizationId } },
    select: { id: true, mimeType: true },
  });
  const analysable = photos.filter((photo) => isDecodableImage(photo.mimeType));
  await db.$transaction(async (tx) => {
    for (const photo of analysable) {
      // Several references added in a row queue one analysis per photo, not one per reference.
      const waiting = await tx.job.findFirst({
        where: { type: "analyze_photo", status: "QUEUED", payload: JSON.stringify({ evidenceId: photo.id }) },
        select: { id: true },
      });
      if (!waiting) await enqueueJob(tx, { type: "analyze_photo", organizationId: product.organizationId, payload: { evidenceId: photo.id } });
      await tx.photoAnalysis.upsert({
        where: { evidenceId: photo.id },
        create: { evidenceId: photo.id, organizationId: product.organizationId, status: "PENDING" },
        update: { status: "PENDING", errorCode: null, errorMessage: null },
      });
    }
  });
}
