import type { CaseFileFormat } from "./case-file-format";
import { imageUrl } from "./case-file-parts";
import type { CaseEvidence } from "./load-case-file-data";
import { html, type SafeHtml } from "./safe-html";

/**
 * The chapter after the inventory: every image of the case that has not been withdrawn,
 * two to a row, each with the number it has in the inventory, its name, kind, SHA-256 and
 * upload time, so a reader sees every buyer photo rather than only those a finding is about.
 * Files of other cases that findings compare with are shown in the findings chapter instead.
 */
export function renderPhotosSection(evidence: CaseEvidence[], pictures: ReadonlyMap<string, string>, f: CaseFileFormat): SafeHtml {
  const { t } = f;
  const photos = evidence.flatMap((item, index) => (item.isImage && !item.withdrawal && !item.comparisonFrom ? [{ item, number: index + 1 }] : []));
  if (!photos.length) return html`<p class="muted">${t("pdf.photos.none")}</p>`;
  const rows: (typeof photos)[] = [];
  for (let i = 0; i < photos.length; i += 2) rows.push(photos.slice(i, i + 2));
  return html`
    <p>${t("pdf.photos.intro", { count: photos.length })}</p>
    ${rows.map((row) => html`<div class="photo-row">${row.map(({ item, number }) => renderPhoto(item, number, pictures.get(item.id), f))}</div>`)}`;
}

function renderPhoto(item: CaseEvidence, number: number, picture: string | undefined, f: CaseFileFormat): SafeHtml {
  const { t } = f;
  const size = item.width && item.height ? { width: item.width, height: item.height } : null;
  return html`<figure class="photo">
    <div class="frame">${picture ? html`<img src="${imageUrl(picture)}" alt="">` : html`<p class="muted small">${t("pdf.photos.unavailable")}</p>`}</div>
    <figcaption>
      <div class="name breakable">${number}. ${item.originalName}</div>
      <div>${t("pdf.photos.kindLine", { kind: f.domain(`evidenceKind.${item.kind}`), mimeType: item.mimeType, size: f.bytes(item.sizeBytes) })}</div>
      <div>${t("pdf.photos.uploadedLine", { time: f.dateTime(item.uploadedAt) })}</div>
      <div><span class="muted">SHA-256 </span><span class="hash">${item.sha256}</span></div>
      ${size ? html`<div class="muted">${picture && picture !== item.path ? t("pdf.photos.downscaled", size) : t("pdf.photos.original", size)}</div>` : null}
    </figcaption>
  </figure>`;
}
