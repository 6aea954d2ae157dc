import { isHeifMime } from "./detect-file-type";

export const evidenceFileUrl = (id: string) => `/api/evidence/${id}/file`;
export const evidenceThumbnailUrl = (id: string) => `/api/evidence/${id}/thumbnail`;

/** Where a person opens a picture at full size: the file as stored, or for HEIC/HEIF (which most browsers cannot show) its JPEG preview. */
export function evidenceViewUrl(id: string, mimeType: string): string {
  return isHeifMime(mimeType) ? `/api/evidence/${id}/preview` : evidenceFileUrl(id);
}

/** The same evidence with its file link on the versioned API, for callers with an API key; the other links are the web app's. */
export function withApiV1FileUrl<T extends { id: string; fileUrl: string }>(view: T): T {
  return { ...view, fileUrl: `/api/v1/evidence/${view.id}/file` };
}
