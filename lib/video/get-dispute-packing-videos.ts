import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { toEvidenceViews } from "@/lib/evidence/to-evidence-views";
import { notFound } from "@/lib/errors";
import { findPackingVideos } from "./find-packing-videos";

/**
 * What the dispute page shows first: the disputed order and its packing videos (not
 * withdrawn), so a missing video is visible at once.
 */
export async function getDisputePackingVideos(ctx: Pick<SessionContext, "organizationId">, disputeId: string) {
  const dispute = await db.dispute.findFirst({
    where: { id: disputeId, organizationId: ctx.organizationId },
    select: { order: { select: { id: true, orderNo: true, trackingNo: true } } },
  });
  if (!dispute) throw notFound();
  const { order } = dispute;
  const videos = (await findPackingVideos(ctx, [order])).get(order.id) ?? [];
  return { order, videos: await toEvidenceViews(videos) };
}
