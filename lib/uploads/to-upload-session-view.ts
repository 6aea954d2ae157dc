import type { UploadSession } from "@/lib/db/generated/client";
import type { UploadSessionStatus } from "@/lib/db/generated/enums";

/** An upload session as the API returns it (JSON-safe: no BigInt). */
export interface UploadSessionView {
  id: string;
  status: UploadSessionStatus;
  offset: number;
  declaredSize: number;
  trackingNo: string | null;
  order: { id: string; orderNo: string } | null;
  evidenceId: string | null;
  sha256: string | null;
}

export function toUploadSessionView(session: UploadSession, order: { id: string; orderNo: string } | null): UploadSessionView {
  return {
    id: session.id,
    status: session.status,
    offset: Number(session.receivedBytes),
    declaredSize: Number(session.declaredSize ?? 0),
    trackingNo: session.trackingNo,
    order,
    evidenceId: session.evidenceId,
    sha256: session.status === "COMPLETE" ? session.sha256 : null,
  };
}
