import { db } from "@/lib/db/prisma";
import type { Evidence } from "@/lib/db/generated/client";
import type { EvidenceKind } from "@/lib/db/generated/enums";
import { isDecodableImage, mediaClassOf, type MediaClass } from "./detect-file-type";

/** Evidence as the API and the gallery show it: JSON-safe (no BigInt, ISO dates) and with people's names. */
export interface EvidenceView {
  id: string;
  kind: EvidenceKind;
  sha256: string;
  originalName: string;
  mimeType: string;
  mediaClass: MediaClass;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  createdAt: string;
  uploadedBy: { id: string; name: string | null };
  withdrawal: { at: string; by: { id: string; name: string | null }; reason: string } | null;
  fileUrl: string;
  thumbnailUrl: string | null;
}

export async function toEvidenceViews(rows: Evidence[]): Promise<EvidenceView[]> {
  const userIds = [...new Set(rows.flatMap((row) => [row.uploadedById, row.withdrawnById ?? []].flat()))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const person = (id: string) => ({ id, name: users.find((user) => user.id === id)?.name ?? null });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    sha256: row.sha256,
    originalName: row.originalName,
    mimeType: row.mimeType,
    mediaClass: mediaClassOf(row.mimeType),
    sizeBytes: Number(row.sizeBytes),
    width: row.width,
    height: row.height,
    createdAt: row.createdAt.toISOString(),
    uploadedBy: person(row.uploadedById),
    withdrawal: row.withdrawnAt
      ? { at: row.withdrawnAt.toISOString(), by: person(row.withdrawnById ?? ""), reason: row.withdrawalReason ?? "" }
      : null,
    fileUrl: `/api/evidence/${row.id}/file`,
    thumbnailUrl: isDecodableImage(row.mimeType) ? `/api/evidence/${row.id}/thumbnail` : null,
  }));
}
