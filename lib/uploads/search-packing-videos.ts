import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { evidenceFileUrl } from "@/lib/evidence/evidence-urls";
import { searchPackingVideosSchema } from "./upload-schemas";

/** A packing video as the station's search lists it. */
export interface PackingVideoView {
  id: string;
  trackingNo: string | null;
  order: { id: string; orderNo: string } | null;
  operatorName: string | null;
  stationName: string | null;
  recordedAt: string | null;
  createdAt: string;
  durationMs: number | null;
  sizeBytes: number;
  withdrawn: boolean;
  fileUrl: string;
}

const LIMIT = 50;

/**
 * The merchant's packing videos whose tracking number, or whose order's number or
 * tracking number, contains the query; newest first. An empty query lists the latest.
 */
export async function searchPackingVideos(ctx: SessionContext, input: { q?: string | null }): Promise<PackingVideoView[]> {
  const { q } = searchPackingVideosSchema.parse({ q: input.q ?? undefined });
  const orderMatch = { organizationId: ctx.organizationId, OR: [{ orderNo: { contains: q } }, { trackingNo: { contains: q } }] };
  const rows = await db.evidence.findMany({
    where: {
      organizationId: ctx.organizationId,
      kind: "PACKING_VIDEO",
      ...(q ? { OR: [{ trackingNo: { contains: q } }, { order: { is: orderMatch } }] } : {}),
    },
    include: {
      order: { select: { id: true, orderNo: true, organizationId: true } },
      videoProbe: { select: { durationMs: true } },
    },
    orderBy: { createdAt: "desc" },
    take: LIMIT,
  });
  return rows.map((row) => ({
    id: row.id,
    trackingNo: row.trackingNo,
    order: row.order && row.order.organizationId === ctx.organizationId ? { id: row.order.id, orderNo: row.order.orderNo } : null,
    operatorName: row.operatorName,
    stationName: row.stationName,
    recordedAt: row.recordedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    durationMs: row.videoProbe?.durationMs ?? null,
    sizeBytes: Number(row.sizeBytes),
    withdrawn: row.withdrawnAt !== null,
    fileUrl: evidenceFileUrl(row.id),
  }));
}
