import type { DisputeLegalAssessment } from "@/lib/legal/get-dispute-legal-assessment";
import { CATEGORY_NAMES } from "@/lib/legal/assessment-texts";
import type { RuleRef } from "@/lib/legal/legal-assessment-schema";
import { formatFen } from "@/lib/utils/money";
import type { CaseFileFormat } from "./case-file-format";
import { html, type SafeHtml } from "./safe-html";

/** The assessment as of the export, or null when the rules data could not be assessed (the chapter then says so). */
export type CaseAssessment = DisputeLegalAssessment | null;

/**
 * Chapter 7: amounts against the thresholds, then each route open to the merchant with
 * its legal basis (law, article, dates in force, our summary) and the elements the
 * evidence does or does not yet support. The not-legal-advice notice opens and closes it.
 */
export function renderLegalSection(assessment: CaseAssessment, f: CaseFileFormat): SafeHtml {
  const { t } = f;
  if (!assessment) return html`<p>${t("pdf.legal.unavailable")}</p>`;
  const notice = html`<div class="box notice">${f.pick(assessment.notice)}</div>`;
  return html`
    ${notice}
    <h2>${t("pdf.legal.amountsHeading")}</h2>
    <table class="kv"><tbody>
      <tr><th>${t("pdf.legal.assessmentDate")}</th><td>${assessment.assessmentDate}</td></tr>
      <tr><th>${t("pdf.legal.claimed")}</th><td>${formatFen(assessment.dispute.claimedFen)}</td></tr>
      <tr><th>${t("pdf.legal.buyerTotal")}</th><td>${t("pdf.legal.buyerTotalValue", { amount: formatFen(assessment.buyer.countedFen), count: assessment.buyer.disputeCount, confirmed: formatFen(assessment.buyer.confirmedFen) })}</td></tr>
      <tr><th>${t("pdf.legal.thresholds")}</th><td>${t("pdf.legal.thresholdsValue", {
        province: assessment.province ?? t("pdf.legal.nationalDefault"),
        large: formatFen(assessment.thresholds.relativelyLargeFen),
        huge: formatFen(assessment.thresholds.hugeFen),
        especially: formatFen(assessment.thresholds.especiallyHugeFen),
      })}<br><span class="small muted">${ruleLine(assessment.thresholds.basis, f)}</span></td></tr>
      <tr><th>${t("pdf.legal.category")}</th><td>${f.pick(CATEGORY_NAMES[assessment.category])}</td></tr>
    </tbody></table>
    ${assessment.warnings.length
      ? html`<h3>${t("pdf.legal.warnings")}</h3><ul>${assessment.warnings.map((warning) => html`<li>${f.pick(warning.message)}</li>`)}</ul>`
      : null}
    <h2>${t("pdf.legal.tracksHeading")}</h2>
    ${assessment.tracks.map(
      (track, index) => html`
        <h3>7.${index + 1}  ${f.pick(track.title)}</h3>
        ${track.reasons.map((reason) => html`<p>${f.pick(reason)}</p>`)}
        <p class="sans small"><strong>${t("pdf.legal.basis")}</strong></p>
        <ul>${track.basis.length
          ? track.basis.map((ref) => {
              const rule = assessment.citedRules.find((r) => r.id === ref.ruleId && r.version === ref.version);
              return html`<li><strong>${ruleLine(ref, f)}</strong>${rule ? html`<br><span class="small">${f.pick(rule.summary)}</span>` : null}</li>`;
            })
          : html`<li class="muted">${t("pdf.legal.noBasis")}</li>`}</ul>
        ${track.elements.length
          ? html`<table>
              <colgroup><col style="width:42mm"><col style="width:22mm"><col></colgroup>
              <thead><tr><th>${t("pdf.legal.element")}</th><th>${t("pdf.legal.status")}</th><th>${t("pdf.legal.support")}</th></tr></thead>
              <tbody>${track.elements.map(
                (element) => html`<tr>
                  <td>${f.pick(element.label)}</td>
                  <td>${t(`pdf.legal.elementStatus.${element.status}`)}</td>
                  <td>${element.supportedBy.map((s) => html`<div>${f.pick(s.explanation)}</div>`)}${element.status !== "supported" ? html`<div class="muted small">${t("pdf.legal.needed")}: ${f.pick(element.needed)}</div>` : null}</td>
                </tr>`,
              )}</tbody>
            </table>`
          : null}
      `,
    )}
    ${notice}`;
}

/** "Civil Code of the PRC, Art. 148 (adopted 2020, in force since 2021-01-01)" — the line a reader checks against the official text. */
function ruleLine(ref: RuleRef, f: CaseFileFormat): string {
  const period = ref.effectiveTo
    ? f.t("pdf.legal.inForceBetween", { from: ref.effectiveFrom, to: ref.effectiveTo })
    : f.t("pdf.legal.inForceSince", { from: ref.effectiveFrom });
  return f.t("pdf.legal.ruleLine", { law: f.pick(ref.law), article: ref.article ? f.pick(ref.article) : f.t("pdf.legal.articleUnknown"), version: f.pick(ref.versionLabel), period });
}
