import type { SessionContext } from "@/lib/auth/session-context";
import type { AnalysisStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/prisma";
import { toEvidenceViews, type EvidenceView } from "@/lib/evidence/to-evidence-views";
import { assertProductAccess } from "./assert-product-access";

export interface ReferencePhotoView extends EvidenceView {
  /** Whether the photo is in the matching index yet (PENDING until its job ran). */
  indexing: { status: AnalysisStatus; errorCode: string | null };
}

/** A product's reference photos in upload order, withdrawn ones included (marked, never hidden). */
export async function listProductReferencePhotos(ctx: Pick<SessionContext, "organizationId">, productId: string): Promise<ReferencePhotoView[]> {
  await assertProductAccess(ctx, productId);
  const rows = await db.evidence.findMany({
    where: { organizationId: ctx.organizationId, productId, kind: "REFERENCE_PHOTO" },
    include: { analysis: { select: { status: true, errorCode: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const views = await toEvidenceViews(rows);
  return views.map((view, i) => ({ ...view, indexing: { status: rows[i].analysis?.status ?? "PENDING", errorCode: rows[i].analysis?.errorCode ?? null } }));
}
