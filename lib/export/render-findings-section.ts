import type { CaseFileFormat } from "./case-file-format";
import type { CaseFileData, CaseFinding } from "./load-case-file-data";
import { groupFindingEvidence, imageUrl, knownType } from "./case-file-parts";
import { html, type SafeHtml } from "./safe-html";

const MAX_DETAIL_CHARS = 240;

/**
 * The findings chapter: per buyer photo, the photo beside the reference it was compared with, then each
 * finding with its strength, review state and pictures (aligned pair, heat map, ELA).
 * Findings a reviewer has not looked at yet say so on their face.
 */
export function renderFindingsSection(
  data: CaseFileData,
  groups: ReturnType<typeof groupFindingEvidence>,
  pictures: ReadonlyMap<string, string>,
  f: CaseFileFormat,
  chapter: number,
): SafeHtml {
  const { t } = f;
  if (!groups.length) return html`<p>${t("pdf.findings.none")}</p>`;
  return html`
    <p>${t("pdf.findings.intro")}</p>
    ${groups.map(
      (group, index) => html`
        <h2 class="breakable">${chapter}.${index + 1}  ${group.evidence.originalName}</h2>
        <p class="small"><span class="muted">SHA-256 </span><span class="hash">${group.evidence.sha256}</span></p>
        ${renderPictures(group, pictures, f)}
        ${group.findings.map((finding) => renderFinding(finding, { data, pictures, shownAbove: group.reference?.id }, f))}
      `,
    )}`;
}

function renderPictures(group: ReturnType<typeof groupFindingEvidence>[number], pictures: ReadonlyMap<string, string>, f: CaseFileFormat): SafeHtml | null {
  const { t } = f;
  const photo = pictures.get(group.evidence.id);
  if (!photo) return null;
  const reference = group.reference;
  const referencePicture = reference && pictures.get(reference.id);
  if (!reference || !referencePicture) {
    return html`<figure><img src="${imageUrl(photo)}" alt="" style="max-height:85mm"><figcaption>${t("pdf.findings.buyerPhoto")}</figcaption></figure>`;
  }
  return html`<div class="pair">
    <figure><img src="${imageUrl(photo)}" alt=""><figcaption>${t("pdf.findings.buyerPhoto")}</figcaption></figure>
    <figure><img src="${imageUrl(referencePicture)}" alt=""><figcaption>${reference.kind === "REFERENCE_PHOTO" ? t("pdf.findings.referencePhoto", { name: reference.originalName }) : t("pdf.findings.comparisonPhoto", { name: reference.originalName, orderNo: reference.comparisonFrom?.orderNo ?? "—" })}</figcaption></figure>
  </div>`;
}

/** What a finding can show besides its own: the case's files, their pictures, and the compared photo already shown above the findings. */
interface FindingSurroundings {
  data: CaseFileData;
  pictures: ReadonlyMap<string, string>;
  shownAbove: string | undefined;
}

function renderFinding(finding: CaseFinding, surroundings: FindingSurroundings, f: CaseFileFormat): SafeHtml {
  const { t } = f;
  const strength = ["strong", "moderate", "weak", "info"].includes(finding.strength) ? finding.strength : "info";
  // Reuse is compared with a photo of another dispute, derived_from_reference with a listing photo.
  const otherDispute = finding.type === "reuse";
  const details = Object.entries(finding.details).filter(([, value]) => value !== null && value !== undefined && value !== "");
  const earlier = otherDispute ? renderEarlierPhoto(finding, surroundings, f) : null;
  const figure = (path: string | null, caption: string) => (path ? html`<figure><img src="${imageUrl(path)}" alt=""><figcaption>${caption}</figcaption></figure>` : null);
  const figures = [
    earlier?.figure ?? null,
    figure(finding.alignedPairPath, t(otherDispute ? "pdf.findings.alignedPairOtherDispute" : "pdf.findings.alignedPair")),
    figure(finding.heatmapPath, t(otherDispute ? "pdf.findings.heatmapOtherDispute" : "pdf.findings.heatmap")),
    figure(finding.elaPath, t("pdf.findings.ela")),
  ].filter((item) => item !== null);
  // The heading and explanation stay with the first picture: a page break between them
  // would leave a framed finding with nothing but its text at the foot of a page.
  return html`<div class="finding">
    <div class="lead">
      <div class="head">
        <span class="name">${t(`pdf.findingType.${knownType(finding.type)}`)}</span>
        <span class="chip ${strength}">${t(`pdf.strength.${strength}`)}</span>
        <span class="chip confirmed">${t("pdf.findings.confirmed", { actor: finding.reviewedBy ?? "—", time: f.dateTime(finding.reviewedAt) })}</span>
      </div>
      <p>${f.pick(finding.explanation)}</p>
      ${finding.reviewNote ? html`<p class="small"><span class="muted">${t("pdf.findings.reviewNote")}: </span>${finding.reviewNote}</p>` : null}
      ${earlier?.lines ?? null}
      ${figures[0] ?? null}
    </div>
    ${figures.slice(1)}
    ${details.length
      ? html`<p class="details-caption">${t("pdf.findings.details")}</p><table class="kv"><tbody>${details.map(([key, value]) => html`<tr><th class="breakable">${key}</th><td class="mono">${detailText(value)}</td></tr>`)}</tbody></table>`
      : null}
  </div>`;
}

/**
 * What a reuse finding points at, in the terms a reader looks it up by: the other disputes'
 * order numbers and the earlier photo (name, order, SHA-256 as in the inventory), as a
 * picture unless the aligned pair or the pictures above the findings already show it.
 */
function renderEarlierPhoto(finding: CaseFinding, { data, pictures, shownAbove }: FindingSurroundings, f: CaseFileFormat): { lines: SafeHtml; figure: SafeHtml | null } {
  const { t } = f;
  const earlier = data.evidence.find((e) => e.id === finding.referenceEvidenceId);
  const picture = earlier && !finding.alignedPairPath && earlier.id !== shownAbove ? pictures.get(earlier.id) : undefined;
  const identity =
    earlier &&
    html`${t("pdf.findings.comparisonPhoto", { name: earlier.originalName, orderNo: earlier.comparisonFrom?.orderNo ?? "—" })}<br><span class="muted">SHA-256 </span><span class="hash">${earlier.sha256}</span>`;
  return {
    lines: html`
      ${finding.otherDisputes.length ? html`<p class="small"><span class="muted">${t("pdf.findings.otherDisputes")}: </span>${f.list(finding.otherDisputes.map((d) => d.orderNo))}</p>` : null}
      ${identity && !picture ? html`<p class="small">${identity}</p>` : null}`,
    figure: picture ? html`<figure><img src="${imageUrl(picture)}" alt="" style="max-height:70mm"><figcaption>${identity}</figcaption></figure>` : null,
  };
}

/** Machine-readable details as compact text; long values are cut so one field cannot fill pages. */
function detailText(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_DETAIL_CHARS ? `${text.slice(0, MAX_DETAIL_CHARS)}…` : text;
}
