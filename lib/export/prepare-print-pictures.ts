import { mkdir } from "node:fs/promises";
import path from "node:path";
import { loadImageSource } from "@/lib/evidence/load-image-source";
import { fitImageWithin } from "@/lib/evidence/render-thumbnail";
import type { CaseEvidence } from "./load-case-file-data";

/** Long side of a printed copy: a half-width A4 figure at ~200 dpi, a full-width one at ~180 dpi. */
export const PRINT_MAX_PX = 1400;
/** Originals up to this size go in as they are: Chromium embeds a JPEG's bytes without re-encoding. */
const PASS_THROUGH_MAX_BYTES = 2_500_000;
const PASS_THROUGH_TYPES = ["image/jpeg", "image/png"];

/**
 * The picture the PDF shows for each image of the case, by evidence id. A modest JPEG or PNG
 * is shown as stored; a large original (a 12-megapixel phone photo, a WebP, a HEIC) gets a
 * downscaled JPEG copy in `workDir`, so Chromium neither decodes nor embeds megabytes per
 * page. The copies are only for reading: the PDF says so and the bundle carries the
 * originals with their hashes. A file that cannot be decoded is left out (the inventory
 * still lists it).
 */
export async function preparePrintPictures(evidence: CaseEvidence[], workDir: string): Promise<Map<string, string>> {
  const pictures = new Map<string, string>();
  const bySha = new Map<string, string>();
  for (const item of evidence) {
    if (!item.isImage) continue;
    const known = bySha.get(item.sha256);
    if (known) {
      pictures.set(item.id, known);
      continue;
    }
    const picture = fitsAsIs(item) ? item.path : await downscale(item, workDir);
    if (!picture) continue;
    bySha.set(item.sha256, picture);
    pictures.set(item.id, picture);
  }
  return pictures;
}

function fitsAsIs(item: CaseEvidence): boolean {
  return (
    PASS_THROUGH_TYPES.includes(item.mimeType) &&
    item.sizeBytes <= PASS_THROUGH_MAX_BYTES &&
    item.width !== null &&
    item.height !== null &&
    Math.max(item.width, item.height) <= PRINT_MAX_PX * 1.25
  );
}

async function downscale(item: CaseEvidence, workDir: string): Promise<string | null> {
  await mkdir(workDir, { recursive: true });
  const target = path.join(workDir, `${item.sha256}.jpg`);
  try {
    await fitImageWithin(await loadImageSource(item.path, item.mimeType), PRINT_MAX_PX)
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82, mozjpeg: false })
      .toFile(target);
    return target;
  } catch {
    return null;
  }
}
