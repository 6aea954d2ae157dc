import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { openDerivedFile } from "@/lib/evidence/open-derived-file";
import { notFound } from "@/lib/errors";

export const FINDING_PICTURE_KINDS = ["heatmap", "aligned", "ela"] as const;
export type FindingPictureKind = (typeof FINDING_PICTURE_KINDS)[number];

/** One picture of a finding of the caller's merchant; 404 for another merchant's finding or a picture it does not have. */
export async function openFindingPicture(ctx: Pick<SessionContext, "organizationId">, findingId: string, kind: FindingPictureKind) {
  const finding = await db.finding.findFirst({
    where: { id: findingId, organizationId: ctx.organizationId },
    select: { heatmapSha256: true, alignedPairSha256: true, elaSha256: true },
  });
  if (!finding) throw notFound();
  const [sha256, ext] =
    kind === "heatmap" ? [finding.heatmapSha256, "png" as const] : kind === "aligned" ? [finding.alignedPairSha256, "jpg" as const] : [finding.elaSha256, "png" as const];
  if (!sha256) throw notFound();
  return openDerivedFile(sha256, ext);
}
