import { readFile } from "node:fs/promises";
import type { SessionContext } from "@/lib/auth/session-context";
import { AppError } from "@/lib/errors";
import { buildFileHeaders } from "./build-file-headers";
import { isDecodableImage, isHeifMime } from "./detect-file-type";
import { findEvidence } from "./find-evidence";
import { loadImageSource } from "./load-image-source";
import { fitImageWithin, renderThumbnail } from "./render-thumbnail";
import { blobPath, previewPath, thumbnailPath } from "./resolve-store-paths";
import { writeFileAtomically } from "./write-file-atomically";

/** Long side of a full-size preview: a phone photo's full width on any screen, without the original's bytes. */
export const PREVIEW_MAX_PX = 4096;

/**
 * The pictures derived from an image evidence for the browser:
 *  - thumbnail: WebP ≤ 480 px, for every image this server decodes;
 *  - preview: JPEG ≤ 4096 px, for HEIC/HEIF only, which browsers other than Safari cannot
 *    show (every other image is opened as stored).
 */
const RENDITIONS = {
  thumbnail: { mimeType: "image/webp", path: thumbnailPath, applies: isDecodableImage, unavailable: "evidence.thumbnailUnavailable", render: renderThumbnail },
  preview: {
    mimeType: "image/jpeg",
    path: previewPath,
    applies: (mime: string) => isHeifMime(mime) && isDecodableImage(mime),
    unavailable: "evidence.previewUnavailable",
    render: (source: string | Buffer) => fitImageWithin(source, PREVIEW_MAX_PX).jpeg({ quality: 90 }).toBuffer(),
  },
} as const;

export type Rendition = keyof typeof RENDITIONS;

/**
 * A rendition of an image evidence (tenant-scoped), rendered and stored on first request if
 * missing. Renditions are keyed by the blob's hash and can always be rendered again, so they
 * are not evidence; the ETag says which rendition of which bytes it is.
 */
export async function openEvidenceRendition(
  ctx: Pick<SessionContext, "organizationId">,
  evidenceId: string,
  rendition: Rendition,
): Promise<{ headers: Headers; body: Uint8Array<ArrayBuffer> }> {
  const spec = RENDITIONS[rendition];
  const evidence = await findEvidence(ctx, evidenceId);
  if (!spec.applies(evidence.mimeType)) throw new AppError("NOT_FOUND", spec.unavailable);
  const target = spec.path(evidence.sha256);
  const stored = await readFile(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  const body = stored ?? (await renderAndStore(spec.render, evidence, target));
  return {
    headers: buildFileHeaders({ mimeType: spec.mimeType, sha256: `${evidence.sha256}.${rendition}`, length: body.length }),
    body: new Uint8Array(body),
  };
}

async function renderAndStore(render: (source: string | Buffer) => Promise<Buffer>, evidence: { sha256: string; mimeType: string }, target: string): Promise<Buffer> {
  const rendered = await render(await loadImageSource(blobPath(evidence.sha256), evidence.mimeType));
  await writeFileAtomically(target, rendered);
  return rendered;
}
