import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ExportDocument } from "@/lib/documents/list-documents-for-export";
import { formatFen } from "@/lib/utils/money";
import type { CaseFileFormat } from "./case-file-format";
import { CASE_FILE_CSS } from "./case-file-styles";
import type { CaseEvidence, CaseFileData } from "./load-case-file-data";
import { groupFindingEvidence, imageUrl, knownType } from "./case-file-parts";
import { renderFindingsSection } from "./render-findings-section";
import { renderLegalSection, type CaseAssessment } from "./render-legal-section";
import { renderPhotosSection } from "./render-photos-section";
import { cssString, html, SafeHtml } from "./safe-html";
import { CASE_FILE_FACES } from "./subset-case-file-fonts";
import type { TocEntry, TocSlotStyle } from "./finish-case-file-pdf";

export interface CaseFileInput {
  data: CaseFileData;
  assessment: CaseAssessment;
  documents: ExportDocument[];
  exportId: string;
  createdAt: Date;
  preparedBy: string;
  /** The picture to print for each image, by evidence id (see prepare-print-pictures.ts). */
  pictures: ReadonlyMap<string, string>;
}

/** What the printed page carries besides the document: running header and where the fonts are. */
export interface CaseFilePageSetup {
  /** Running header, e.g. order number and export id. */
  header: string;
  /** Folder the document's typefaces are written to (see subset-case-file-fonts.ts). */
  fontDir: string;
}

export interface RenderedCaseFile {
  html: string;
  toc: TocEntry[];
  /** How the printer writes each TOC entry's page number into its slot (matches the TOC's CSS). */
  tocSlots: Map<string, TocSlotStyle>;
}

const TOC_SLOT: TocSlotStyle = { size: 11, color: [0x1a / 255, 0x1a / 255, 0x1a / 255] };
const TOC_SUB_SLOT: TocSlotStyle = { size: 10, color: [0x3b / 255, 0x44 / 255, 0x52 / 255] };

/**
 * The whole case file as one HTML page for Chromium. Each TOC entry ends in an empty link to
 * its chapter heading; the printer writes the page number into that slot afterwards (see
 * finish-case-file-pdf.ts), so nothing here depends on where pages break.
 */
export function renderCaseFileHtml(input: CaseFileInput, f: CaseFileFormat, setup: CaseFilePageSetup): RenderedCaseFile {
  const { data } = input;
  const { t } = f;
  const findingGroups = groupFindingEvidence(data);
  const chapters = ["summary", "timeline", "parties", "inventory", "photos", "findings", "video", "legal", "documents"] as const;
  const number = Object.fromEntries(chapters.map((id, index) => [id, index + 1])) as Record<(typeof chapters)[number], number>;
  const toc: TocEntry[] = [
    ...chapters.map((id) => ({ id, label: `${number[id]}  ${t(`pdf.${id}.title`)}` })),
    ...input.documents.map((doc, index) => ({ id: `doc-${index}`, label: `${number.documents}.${index + 1}  ${doc.title}`, sub: true })),
  ];
  const label = (id: string) => toc.find((entry) => entry.id === id)!.label;
  const chapter = (id: (typeof chapters)[number], content: SafeHtml) => html`<section class="chapter"><h1 id="${id}">${label(id)}</h1>${content}</section>`;

  const body = html`
    ${renderCover(input, f)}
    <section class="toc chapter">
      <h1>${t("pdf.toc")}</h1>
      <ol>
        ${toc.map(
          (entry) =>
            html`<li class="${entry.sub ? "sub" : ""}"><span class="label">${entry.label}</span><span class="dots"></span><a class="page" href="#${entry.id}"></a></li>`,
        )}
      </ol>
    </section>
    ${chapter("summary", renderSummary(input, f, number))}
    ${chapter("timeline", renderTimeline(input, f))}
    ${chapter("parties", renderParties(input, f))}
    ${chapter("inventory", renderInventory(data.evidence, f))}
    ${chapter("photos", renderPhotosSection(data.evidence, input.pictures, f))}
    ${chapter("findings", renderFindingsSection(data, findingGroups, input.pictures, f, number.findings))}
    ${chapter("video", renderVideos(data, f))}
    ${chapter("legal", renderLegalSection(input.assessment, f))}
    ${chapter(
      "documents",
      input.documents.length ? html`<p>${t("pdf.documents.intro", { count: input.documents.length })}</p>` : html`<p class="muted">${t("pdf.documents.none")}</p>`,
    )}
    ${input.documents.map(
      (doc, index) => html`<section class="${index === 0 ? "document first" : "chapter document"}">
        <h2 id="doc-${index}">${label(`doc-${index}`)}</h2>
        <p class="muted small">${doc.edited ? t("pdf.documents.edited") : t("pdf.documents.generated")}</p>
        <div class="body">${renderDocumentBody(doc.body)}</div>
      </section>`,
    )}
  `;

  const document = html`<!doctype html>
<html lang="${f.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src file: data:; font-src file:; style-src 'unsafe-inline'">
<title>${t("pdf.cover.title")} · ${data.dispute.order.orderNo}</title>
<style>${new SafeHtml(pageCss(f, setup) + CASE_FILE_CSS)}</style>
</head>
<body>${body}</body>
</html>`;
  return { html: document.value, toc, tocSlots: new Map(toc.map((entry) => [entry.id, entry.sub ? TOC_SUB_SLOT : TOC_SLOT])) };
}

/**
 * Fonts, page box and running header/footer. The header and the page numbers are CSS margin
 * boxes, laid out with the document itself: Chromium's header/footer templates are separate
 * documents rendered again for every page and cannot use the document's fonts.
 *
 * On screen the document is not shown at all: Chromium lays a page out for the screen when
 * it loads and again for print, and only the print layout is ever used.
 */
function pageCss(f: CaseFileFormat, setup: CaseFilePageSetup): string {
  const faces = CASE_FILE_FACES.map(
    (face) => `@font-face { font-family: "${face.family}"; font-weight: ${face.weight}; src: url("${pathToFileURL(path.join(setup.fontDir, face.file)).href}") format("opentype"); }`,
  );
  const [before, middle, after] = f.t("pdf.pageOf", { page: "\u0000", total: "\u0000" }).split("\u0000");
  const marginBox = `font-family: "RefundProof Sans", "Noto Sans CJK SC", sans-serif; color: #6b7380; font-size: 7.5pt;`;
  return `${faces.join("\n")}
@media screen { body { display: none; } }
@page {
  size: A4;
  margin: 20mm 18mm 18mm;
  @top-left { content: ${cssString(setup.header)}; ${marginBox} }
  @top-right { content: "RefundProof"; ${marginBox} }
  @bottom-center { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; ${marginBox} font-size: 8pt; color: #3b4452; }
}
`;
}

function renderCover(input: CaseFileInput, f: CaseFileFormat): SafeHtml {
  const { dispute } = input.data;
  const { t } = f;
  const rows: [string, SafeHtml | string][] = [
    [t("pdf.cover.merchant"), input.data.organizationName],
    [t("pdf.cover.store"), `${f.domain(`platform.${dispute.store.platform}`)} · ${dispute.store.name}`],
    [t("pdf.cover.orderNo"), html`<span class="mono" style="font-size:10.5pt">${dispute.order.orderNo}</span>`],
    [t("pdf.cover.trackingNo"), dispute.order.trackingNo ?? "—"],
    [t("pdf.cover.amount"), html`<span class="amount">${formatFen(dispute.amountClaimedFen)}</span> <span class="muted">(${t("pdf.cover.orderAmount", { amount: formatFen(dispute.order.amountFen) })})</span>`],
    [t("pdf.cover.claimFiled"), f.dateTime(dispute.claimFiledAt)],
    [t("pdf.cover.status"), f.domain(`status.${dispute.status}`)],
    [t("pdf.cover.caseId"), html`<span class="mono">${dispute.id}</span>`],
    [t("pdf.cover.exportId"), html`<span class="mono">${input.exportId}</span>`],
    [t("pdf.cover.exportedAt"), f.dateTime(input.createdAt)],
    [t("pdf.cover.preparedBy"), input.preparedBy],
  ];
  return html`<section class="cover">
    <div class="brand">RefundProof · ${t("pdf.cover.brand")}</div>
    <div class="title">${t("pdf.cover.title")}</div>
    <div class="subtitle">${t("pdf.cover.subtitle", { orderNo: dispute.order.orderNo })}</div>
    <table class="facts"><tbody>${rows.map(([k, v]) => html`<tr><th>${k}</th><td>${v}</td></tr>`)}</tbody></table>
    <div class="note">${t("pdf.cover.note")}</div>
  </section>`;
}

function renderSummary(input: CaseFileInput, f: CaseFileFormat, chapter: Record<"video" | "legal", number>): SafeHtml {
  const { data, assessment } = input;
  const { dispute } = data;
  const { t } = f;
  const active = data.evidence.filter((e) => !e.withdrawal);
  const count = (strength: string) => data.findings.filter((x) => x.strength === strength).length;
  const videos = active.filter((e) => e.kind === "PACKING_VIDEO");
  const headline = data.findings.filter((x) => x.strength === "strong" || x.strength === "moderate").slice(0, 5);
  const buyer = dispute.buyer?.nickname ?? dispute.buyer?.platformBuyerId ?? t("pdf.unknownBuyer");
  const firstVideo = videos[0];
  const probe = firstVideo && data.videos.find((v) => v.evidenceId === firstVideo.id);

  return html`
    <div class="box key sans">
      <table class="kv"><tbody>
        <tr><th>${t("pdf.cover.orderNo")}</th><td class="mono">${dispute.order.orderNo}</td></tr>
        <tr><th>${t("pdf.cover.amount")}</th><td>${formatFen(dispute.amountClaimedFen)}</td></tr>
        <tr><th>${t("pdf.summary.evidenceCount")}</th><td>${t("pdf.summary.evidenceCountValue", { count: active.length, stamped: active.filter((e) => e.timestamp).length })}</td></tr>
        <tr><th>${t("pdf.summary.findingCount")}</th><td>${t("pdf.summary.findingCountValue", { count: data.findings.length, strong: count("strong"), moderate: count("moderate") })}</td></tr>
        <tr><th>${t("pdf.summary.packingVideo")}</th><td>${videos.length ? t("pdf.summary.videoYes", { count: videos.length }) : t("pdf.summary.videoNo")}</td></tr>
      </tbody></table>
    </div>
    <h2>${t("pdf.summary.claimHeading")}</h2>
    <p>${t("pdf.summary.claim", {
      buyer,
      date: f.dateTime(dispute.claimFiledAt),
      platform: f.domain(`platform.${dispute.store.platform}`),
      orderNo: dispute.order.orderNo,
      product: dispute.product?.name ?? "—",
      amount: formatFen(dispute.amountClaimedFen),
      reason: f.disputes(`reason.${dispute.reason}`),
    })}</p>
    ${dispute.claimText ? html`<div class="quote">${dispute.claimText}</div>` : null}
    <h2>${t("pdf.summary.evidenceHeading")}</h2>
    ${data.findings.length
      ? html`<p>${t("pdf.summary.findings", { count: data.findings.length, strong: count("strong"), moderate: count("moderate"), weak: count("weak"), info: count("info") })}</p>
        ${headline.length ? html`<ul>${headline.map((x) => html`<li>${f.pick(x.explanation)}</li>`)}</ul>` : null}`
      : html`<p>${t("pdf.summary.noFindings")}</p>`}
    <p>${firstVideo
      ? t("pdf.summary.video", {
          name: firstVideo.originalName,
          recordedAt: f.dateTime(firstVideo.recordedAt ?? probe?.fileCreatedAt),
          known: firstVideo.recordedAt ?? probe?.fileCreatedAt ? "yes" : "no",
          uploadedAt: f.dateTime(firstVideo.uploadedAt),
          duration: probe?.durationMs ? f.duration(probe.durationMs) : "—",
          trackingNo: firstVideo.trackingNo ?? dispute.order.trackingNo ?? "—",
          shippedAt: f.dateTime(dispute.order.shippedAt),
          chapter: chapter.video,
        })
      : t("pdf.summary.noVideo")}</p>
    <p>${t("pdf.summary.integrity", { count: active.length })}</p>
    ${assessment
      ? html`<h2>${t("pdf.summary.legalHeading")}</h2>
        <p>${t("pdf.summary.legal", {
          counted: formatFen(assessment.buyer.countedFen),
          disputes: assessment.buyer.disputeCount,
          threshold: formatFen(assessment.thresholds.relativelyLargeFen),
          tracks: assessment.tracks.map((track) => f.pick(track.title)).join(f.locale === "en" ? "; " : "；"),
          chapter: chapter.legal,
        })}</p>`
      : null}
  `;
}

interface TimelineEvent {
  at: Date;
  text: string;
  detail?: string | null;
}

function renderTimeline(input: CaseFileInput, f: CaseFileFormat): SafeHtml {
  const { dispute, evidence, findings } = input.data;
  const { t } = f;
  const events: TimelineEvent[] = [];
  const push = (at: Date | null | undefined, text: string, detail?: string | null) => {
    if (at) events.push({ at, text, detail });
  };
  push(dispute.order.orderedAt, t("pdf.timeline.ordered", { orderNo: dispute.order.orderNo, amount: formatFen(dispute.order.amountFen) }));
  push(dispute.order.shippedAt, t("pdf.timeline.shipped", { trackingNo: dispute.order.trackingNo ?? "—" }));
  push(dispute.order.deliveredAt, t("pdf.timeline.delivered"));
  push(dispute.claimFiledAt, t("pdf.timeline.claimFiled", { amount: formatFen(dispute.amountClaimedFen) }), dispute.claimText);
  push(dispute.responseDeadline, t("pdf.timeline.deadline"));
  for (const change of dispute.statusChanges) {
    const text = change.fromStatus
      ? t("pdf.timeline.statusChanged", { from: f.domain(`status.${change.fromStatus}`), to: f.domain(`status.${change.toStatus}`), actor: change.actorName ?? "—" })
      : t("pdf.timeline.created", { status: f.domain(`status.${change.toStatus}`), actor: change.actorName ?? "—" });
    push(change.createdAt, text, change.note);
  }
  for (const item of evidence.filter((e) => !e.comparisonFrom)) {
    push(item.recordedAt, t("pdf.timeline.recorded", { name: item.originalName, station: item.stationName ?? "—", operator: item.operatorName ?? "—" }));
    push(item.uploadedAt, t("pdf.timeline.uploaded", { kind: f.domain(`evidenceKind.${item.kind}`), name: item.originalName, actor: item.uploadedBy ?? "—" }));
    if (item.withdrawal) push(item.withdrawal.at, t("pdf.timeline.withdrawn", { name: item.originalName }), item.withdrawal.reason);
    if (item.timestamp) push(item.timestamp.genTime, t("pdf.timeline.timestamped", { name: item.originalName }));
  }
  for (const finding of findings) {
    push(finding.reviewedAt, t("pdf.timeline.findingConfirmed", { type: t(`pdf.findingType.${knownType(finding.type)}`), actor: finding.reviewedBy ?? "—" }), finding.reviewNote);
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  // The time-zone note leads the list: after it, it was left alone on a page of its own
  // whenever the list filled the page before.
  return html`<p class="muted small">${t("pdf.timeline.zone")}</p><ol class="timeline">${events.map(
    (event) => html`<li><span class="when">${f.shortDateTime(event.at)}</span><span class="what">${event.text}${event.detail ? html`<br><span class="muted small pre">${event.detail}</span>` : null}</span></li>`,
  )}</ol>`;
}

function renderParties(input: CaseFileInput, f: CaseFileFormat): SafeHtml {
  const { dispute, organizationName } = input.data;
  const { t } = f;
  const buyer = dispute.buyer;
  return html`
    <h2>${t("pdf.parties.merchant")}</h2>
    <table class="kv"><tbody>
      <tr><th>${t("pdf.cover.merchant")}</th><td>${organizationName}</td></tr>
      <tr><th>${t("pdf.cover.store")}</th><td>${f.domain(`platform.${dispute.store.platform}`)} · ${dispute.store.name}</td></tr>
      <tr><th>${t("pdf.cover.preparedBy")}</th><td>${input.preparedBy}</td></tr>
    </tbody></table>
    <h2>${t("pdf.parties.buyer")}</h2>
    <table class="kv"><tbody>
      <tr><th>${t("pdf.parties.platformId")}</th><td class="breakable">${buyer?.platformBuyerId ?? "—"}</td></tr>
      <tr><th>${t("pdf.parties.nickname")}</th><td class="breakable">${buyer?.nickname ?? "—"}</td></tr>
      <tr><th>${t("pdf.parties.contact")}</th><td>${buyer && (buyer.hasPhone || buyer.hasAddress) ? t("pdf.parties.contactHashed") : t("pdf.parties.contactNone")}</td></tr>
    </tbody></table>
    <h2>${t("pdf.parties.platform")}</h2>
    <table class="kv"><tbody>
      <tr><th>${t("pdf.parties.platformName")}</th><td>${f.domain(`platform.${dispute.store.platform}`)}</td></tr>
      <tr><th>${t("pdf.parties.deadline")}</th><td>${f.dateTime(dispute.responseDeadline)}</td></tr>
    </tbody></table>
    <h2>${t("pdf.parties.order")}</h2>
    <table class="kv"><tbody>
      <tr><th>${t("pdf.cover.orderNo")}</th><td class="mono">${dispute.order.orderNo}</td></tr>
      <tr><th>${t("pdf.cover.trackingNo")}</th><td class="mono">${dispute.order.trackingNo ?? "—"}</td></tr>
      <tr><th>${t("pdf.parties.product")}</th><td>${dispute.product ? `${dispute.product.name}${dispute.product.sku ? ` (${dispute.product.sku})` : ""}` : "—"}</td></tr>
      <tr><th>${t("pdf.parties.orderAmount")}</th><td>${formatFen(dispute.order.amountFen)}</td></tr>
      <tr><th>${t("pdf.parties.orderedAt")}</th><td>${f.dateTime(dispute.order.orderedAt)}</td></tr>
      <tr><th>${t("pdf.parties.shippedAt")}</th><td>${f.dateTime(dispute.order.shippedAt)}</td></tr>
      <tr><th>${t("pdf.parties.deliveredAt")}</th><td>${f.dateTime(dispute.order.deliveredAt)}</td></tr>
    </tbody></table>`;
}

function renderInventory(evidence: CaseEvidence[], f: CaseFileFormat): SafeHtml {
  const { t } = f;
  if (!evidence.length) return html`<p class="muted">${t("pdf.inventory.none")}</p>`;
  return html`
    <p>${t("pdf.inventory.intro")} ${t("pdf.timeline.zone")}</p>
    <table class="inventory">
      <colgroup><col style="width:8mm"><col><col style="width:24mm"><col style="width:24mm"><col style="width:30mm"></colgroup>
      <thead><tr><th>#</th><th>${t("pdf.inventory.file")}</th><th>${t("pdf.inventory.kind")}</th><th>${t("pdf.inventory.size")}</th><th>${t("pdf.inventory.uploaded")}</th></tr></thead>
      ${evidence.map(
        (item, index) => html`<tbody>
          <tr class="main">
            <td>${index + 1}</td>
            <td class="breakable">${item.originalName}${item.comparisonFrom ? html`<br><span class="small muted">${t("pdf.inventory.comparison", { orderNo: item.comparisonFrom.orderNo })}</span>` : null}${item.withdrawal ? html`<br><span class="chip withdrawn">${t("pdf.inventory.withdrawn")}</span> <span class="small muted">${item.withdrawal.reason}</span>` : null}</td>
            <td>${f.domain(`evidenceKind.${item.kind}`)}<br><span class="small muted">${item.mimeType}</span></td>
            <td>${f.bytes(item.sizeBytes)}<br><span class="small muted">${f.exactBytes(item.sizeBytes)}</span></td>
            <td>${f.shortDateTime(item.uploadedAt)}<br><span class="small muted">${item.uploadedBy ?? ""}</span></td>
          </tr>
          <tr class="hashrow"><td></td><td colspan="4">
            <div class="small"><span class="muted">SHA-256 </span><span class="hash">${item.sha256}</span></div>
            <div class="small">${t("pdf.inventory.timestamp")}: ${item.timestamp
              ? t("pdf.inventory.tokenFrom", { tsa: item.timestamp.tsaUrl, time: f.dateTime(item.timestamp.genTime) })
              : t("pdf.inventory.tokenNone")}</div>
          </td></tr>
        </tbody>`,
      )}
    </table>`;
}

function renderVideos(data: CaseFileData, f: CaseFileFormat): SafeHtml {
  const { t } = f;
  const videos = data.evidence.filter((e) => e.kind === "PACKING_VIDEO" && !e.withdrawal);
  if (!videos.length) return html`<p>${t("pdf.video.none")}</p>`;
  return html`${videos.map((video) => {
    const probe = data.videos.find((v) => v.evidenceId === video.id);
    return html`<h2 class="breakable">${video.originalName}</h2>
      <table class="kv"><tbody>
        <tr><th>SHA-256</th><td class="hash">${video.sha256}</td></tr>
        <tr><th>${t("pdf.video.trackingNo")}</th><td class="mono">${video.trackingNo ?? data.dispute.order.trackingNo ?? "—"}</td></tr>
        <tr><th>${t("pdf.video.recordedAt")}</th><td>${f.dateTime(video.recordedAt ?? probe?.fileCreatedAt)}</td></tr>
        <tr><th>${t("pdf.video.station")}</th><td>${video.stationName ?? "—"} · ${video.operatorName ?? "—"}</td></tr>
        <tr><th>${t("pdf.video.duration")}</th><td>${probe?.durationMs ? f.duration(probe.durationMs) : "—"}</td></tr>
        <tr><th>${t("pdf.video.format")}</th><td>${probe ? `${probe.codec ?? "—"} · ${probe.width ?? "?"}×${probe.height ?? "?"}` : t("pdf.video.notProbed")}</td></tr>
      </tbody></table>
      ${probe?.keyframes.length
        ? html`<h3>${t("pdf.video.keyframes", { count: probe.keyframes.length })}</h3>
          <div class="frames">${probe.keyframes.map((frame) => html`<figure><img src="${imageUrl(frame.path)}" alt=""><figcaption>${f.duration(frame.timeMs)}</figcaption></figure>`)}</div>`
        : html`<p class="muted">${t("pdf.video.noKeyframes")}</p>`}`;
  })}`;
}

/** Document bodies are plain text in which a line starting with "## " is a section heading; other lines are paragraphs. */
function renderDocumentBody(body: string): SafeHtml {
  const parts = body.split("\n").flatMap((line) => {
    const heading = /^##\s+(.*)$/.exec(line);
    if (heading) return [html`<h3>${heading[1]}</h3>`];
    return line.trim() ? [html`<p>${line}</p>`] : [];
  });
  return html`${parts}`;
}
