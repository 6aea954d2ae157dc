import { readFile } from "node:fs/promises";
import type { SessionContext } from "@/lib/auth/session-context";
import { AppError } from "@/lib/errors";
import { buildFileHeaders } from "./build-file-headers";
import { isDecodableImage } from "./detect-file-type";
import { findEvidence } from "./find-evidence";
import { loadImageSource } from "./load-image-source";
import { renderThumbnail } from "./render-thumbnail";
import { blobPath, thumbnailPath } from "./resolve-store-paths";
import { storeThumbnail } from "./store-thumbnail";

/** The WebP thumbnail of an image evidence (tenant-scoped), rendered and stored on first request if missing. */
export async function openEvidenceThumbnail(
  ctx: Pick<SessionContext, "organizationId">,
  evidenceId: string,
): Promise<{ headers: Headers; body: Uint8Array<ArrayBuffer> }> {
  const evidence = await findEvidence(ctx, evidenceId);
  if (!isDecodableImage(evidence.mimeType)) throw new AppError("NOT_FOUND", "evidence.thumbnailUnavailable");
  let body: Uint8Array | null = await readFile(thumbnailPath(evidence.sha256)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (!body) {
    const rendered = await renderThumbnail(await loadImageSource(blobPath(evidence.sha256), evidence.mimeType));
    await storeThumbnail(evidence.sha256, rendered);
    body = rendered;
  }
  return {
    headers: buildFileHeaders({ mimeType: "image/webp", sha256: evidence.sha256, length: body.length }),
    body: new Uint8Array(body),
  };
}
