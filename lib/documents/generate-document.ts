import type { DocumentType } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { CATEGORY_NAMES, WARNING_TEXTS } from "@/lib/legal/assessment-texts";
import { formatRuleSource } from "@/lib/legal/format-rule-source";
import type { LegalTrack } from "@/lib/legal/legal-rule-schema";
import { selectTrackBasis } from "@/lib/legal/select-track-basis";
import { toDateInputValue } from "@/lib/utils/format-date";
import { formatFen } from "@/lib/utils/money";
import { documentAvailability, pick, unrecoveredLossFen, type DocumentLocale } from "./document-types";
import { FINDING_TYPE_NAMES, PSAPL_RENUMBERING, TEXTS } from "./document-texts";
import type { DocumentCase } from "./load-document-case";

/*
 * Documents are plain text: a line starting with "## " is a section heading, everything
 * else is a paragraph line. The dispute page edits that text as is, and the case-file PDF
 * renders the headings. The wording is ours; the law's content comes from legal-rules/.
 */

export type GeneratedDocument = { type: DocumentType; locale: DocumentLocale; title: string; body: string };

const TRACK_OF: Record<DocumentType, LegalTrack[]> = {
  PLATFORM_APPEAL: ["platform-appeal"],
  POLICE_REPORT: ["criminal-report", "administrative-report"],
  CIVIL_COMPLAINT: ["civil"],
  AI_PROVIDER_INQUIRY: ["ai-provider-inquiry"],
  PLATFORM_LIABILITY: ["platform-liability"],
};

/** Generates one document of the case in one language; CONFLICT when the case does not support it. */
export function generateDocument(c: DocumentCase, type: DocumentType, locale: DocumentLocale): GeneratedDocument {
  const availability = documentAvailability(c).find((a) => a.type === type)!;
  if (!availability.available) throw new AppError("CONFLICT", "documentNotAvailable", { reason: pick(availability.reason, locale) });
  const t = TEXTS[locale];
  const facts = caseFacts(c, locale);
  const sections = BUILDERS[type](c, locale, facts);
  const body = [
    ...sections.flatMap(([heading, lines]) => (lines.length ? [`## ${heading}`, ...lines, ""] : [])),
    `## ${t.noticeHeading}`,
    pick(c.assessment.notice, locale),
  ].join("\n");
  return { type, locale, title: t.titles[type](facts), body };
}

type Section = [heading: string, lines: string[]];

export type CaseFacts = ReturnType<typeof caseFacts>;

function caseFacts(c: DocumentCase, locale: DocumentLocale) {
  const domain = translator(locale, "domain");
  const reasons = translator(locale, "disputes");
  const day = (date: Date | null) => (date ? toDateInputValue(date) : TEXTS[locale].unknown);
  return {
    merchant: c.merchantName,
    store: c.store.name,
    platform: domain(`platform.${c.store.platform}`),
    product: c.product ? `${c.product.name}${c.product.sku ? ` (${c.product.sku})` : ""}` : TEXTS[locale].unknown,
    orderNo: c.order.orderNo,
    trackingNo: c.order.trackingNo ?? TEXTS[locale].unknown,
    orderAmount: formatFen(c.order.amountFen),
    claimed: formatFen(c.amountClaimedFen),
    orderedAt: day(c.order.orderedAt),
    shippedAt: day(c.order.shippedAt),
    deliveredAt: day(c.order.deliveredAt),
    claimFiledAt: day(c.claimFiledAt),
    buyer: buyerName(c, locale),
    reason: reasons(`reason.${c.reason}`),
    claimText: c.claimText?.trim() || null,
    hasPackingVideo: c.evidence.some((e) => e.kind === "PACKING_VIDEO"),
    kindName: (kind: string) => domain(`evidenceKind.${kind}`),
  };
}

function buyerName(c: DocumentCase, locale: DocumentLocale): string {
  const { platformBuyerId, nickname } = c.buyer ?? { platformBuyerId: null, nickname: null };
  const t = TEXTS[locale];
  const parts = [platformBuyerId && `${t.buyerId} ${platformBuyerId}`, nickname && `${t.nickname} ${nickname}`].filter(Boolean);
  return parts.length ? parts.join(locale === "zh-CN" ? "，" : ", ") : t.unknown;
}

/** The producer and content id the confirmed label names, and the photo that carries it. */
function aigcOf(c: DocumentCase) {
  const finding = c.assessment.confirmedFindings.find((f) => f.type === "aigc_label");
  const photo = finding && c.evidence.find((e) => e.id === finding.evidenceId);
  return {
    producer: c.assessment.aigcLabel?.producer ?? "",
    produceId: c.assessment.aigcLabel?.produceId ?? null,
    photoName: photo?.originalName ?? null,
    photoSha256: photo?.sha256 ?? null,
  };
}

function factLines(f: CaseFacts, locale: DocumentLocale): string[] {
  const t = TEXTS[locale];
  const rows: [string, string][] = [
    [t.labels.product, f.product],
    [t.labels.orderNo, f.orderNo],
    [t.labels.trackingNo, f.trackingNo],
    [t.labels.orderAmount, f.orderAmount],
    [t.labels.orderedAt, f.orderedAt],
    [t.labels.shippedAt, f.shippedAt],
    [t.labels.deliveredAt, f.deliveredAt],
    [t.labels.buyer, f.buyer],
    [t.labels.claimFiledAt, f.claimFiledAt],
    [t.labels.claimed, f.claimed],
    [t.labels.reason, f.reason],
  ];
  return rows.map(([label, value]) => t.field(label, value));
}

function claimLines(f: CaseFacts, locale: DocumentLocale): string[] {
  const t = TEXTS[locale];
  return f.claimText ? [t.claimIntro(f), t.quote(f.claimText)] : [t.noClaimText];
}

function evidenceLines(c: DocumentCase, f: CaseFacts, locale: DocumentLocale): string[] {
  const t = TEXTS[locale];
  if (!c.evidence.length) return [t.noEvidence];
  return c.evidence.map((e, i) =>
    t.evidenceLine(i + 1, f.kindName(e.kind), e.originalName, e.sha256, Number(e.sizeBytes), toDateInputValue(e.recordedAt ?? e.createdAt)),
  );
}

function findingLines(c: DocumentCase, locale: DocumentLocale): string[] {
  const t = TEXTS[locale];
  if (!c.confirmedFindings.length) return [t.noConfirmedFindings];
  return c.confirmedFindings.map((finding) => {
    const name = FINDING_TYPE_NAMES[finding.type] ? pick(FINDING_TYPE_NAMES[finding.type], locale) : finding.type;
    const photo = c.evidence.find((e) => e.id === finding.evidenceId);
    return t.findingLine(name, locale === "zh-CN" ? finding.explanationZh : finding.explanationEn, photo?.originalName ?? null, finding.otherOrderNos);
  });
}

function packingLine(f: CaseFacts, locale: DocumentLocale): string {
  return f.hasPackingVideo ? TEXTS[locale].packingVideoYes(f.trackingNo) : TEXTS[locale].packingVideoNo;
}

/** One line per rule version: law, article, version, dates, our paraphrase, source. */
function basisLines(c: DocumentCase, tracks: LegalTrack[], locale: DocumentLocale): string[] {
  const t = TEXTS[locale];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const track of tracks) {
    for (const ref of selectTrackBasis(c.rules, track, c.assessment.assessmentDate, c.assessment.actDate)) {
      const key = `${ref.ruleId}@${ref.version}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const rule = c.rules.find((r) => r.id === ref.ruleId && r.version === ref.version)!;
      lines.push(
        t.basisLine({
          law: pick(rule.law, locale),
          article: rule.article ? pick(rule.article, locale) : null,
          version: pick(rule.versionLabel, locale),
          from: rule.effectiveFrom,
          to: rule.effectiveTo,
          summary: pick(rule.summary, locale),
          source: pick(formatRuleSource(rule.source), locale),
          actOnly: !ref.inForceOn.includes("assessment-date"),
        }),
      );
      if (rule.id === "public-security-fraud") lines.push(pick(PSAPL_RENUMBERING, locale));
    }
  }
  return lines;
}

function amountLines(c: DocumentCase, locale: DocumentLocale): string[] {
  const t = TEXTS[locale];
  const a = c.assessment;
  return [
    t.cumulative(a.buyer.disputeCount, formatFen(a.buyer.countedFen), formatFen(a.buyer.unconfirmedFen)),
    t.threshold(a.province, formatFen(a.thresholds.relativelyLargeFen), a.thresholds.defaulted.relativelyLarge, pick(CATEGORY_NAMES[a.category], locale)),
  ];
}

/**
 * What must be checked before the document is sent: unverified fields of the rules this
 * document cites, and the assessment's case-level warnings (unconfirmed payments, a law
 * that changed since the claim, a time limit that may have run out).
 */
function checkLines(c: DocumentCase, tracks: LegalTrack[], locale: DocumentLocale): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const track of tracks) {
    for (const ref of selectTrackBasis(c.rules, track, c.assessment.assessmentDate, c.assessment.actDate)) {
      const key = `${ref.ruleId}@${ref.version}`;
      if (seen.has(key) || !ref.unknownFields.length) continue;
      seen.add(key);
      lines.push(`- ${pick(WARNING_TEXTS.fieldsUnknown(ref.law, ref.versionLabel, ref.unknownFields), locale)}`);
    }
  }
  for (const warning of c.assessment.warnings) {
    if (warning.code !== "rule-fields-unknown") lines.push(`- ${pick(warning.message, locale)}`);
  }
  return lines;
}

type Builder = (c: DocumentCase, locale: DocumentLocale, f: CaseFacts) => Section[];

const BUILDERS: Record<DocumentType, Builder> = {
  PLATFORM_APPEAL: (c, locale, f) => {
    const t = TEXTS[locale].appeal;
    const grounds = [packingLine(f, locale), ...findingLines(c, locale)];
    if (c.assessment.buyer.disputeCount > 1) grounds.push(amountLines(c, locale)[0]);
    return [
      [t.partyHeading, [TEXTS[locale].field(TEXTS[locale].labels.merchant, f.merchant), TEXTS[locale].field(TEXTS[locale].labels.store, `${f.store} (${f.platform})`)]],
      [TEXTS[locale].factsHeading, factLines(f, locale)],
      [TEXTS[locale].claimHeading, claimLines(f, locale)],
      [t.groundsHeading, grounds.map((line, i) => `${i + 1}. ${line}`)],
      [t.requestHeading, t.requests],
      [TEXTS[locale].evidenceHeading, evidenceLines(c, f, locale)],
      [TEXTS[locale].basisHeading, basisLines(c, TRACK_OF.PLATFORM_APPEAL, locale)],
      [TEXTS[locale].checkHeading, checkLines(c, TRACK_OF.PLATFORM_APPEAL, locale)],
    ];
  },
  POLICE_REPORT: (c, locale, f) => {
    const t = TEXTS[locale].police;
    const criminal = c.assessment.tracks.some((track) => track.id === "criminal-report");
    const tracks = TRACK_OF.POLICE_REPORT.filter((track) => c.assessment.tracks.some((x) => x.id === track));
    return [
      [t.reporterHeading, [TEXTS[locale].field(TEXTS[locale].labels.merchant, f.merchant), TEXTS[locale].field(TEXTS[locale].labels.store, `${f.store} (${f.platform})`)]],
      [t.suspectHeading, [f.buyer, t.identityFromPlatform(f.platform)]],
      [TEXTS[locale].factsHeading, [...factLines(f, locale), t.narrative(f)]],
      [TEXTS[locale].claimHeading, claimLines(f, locale)],
      [t.amountHeading, amountLines(c, locale)],
      [t.groundsHeading, [packingLine(f, locale), ...findingLines(c, locale)]],
      [TEXTS[locale].evidenceHeading, evidenceLines(c, f, locale)],
      [TEXTS[locale].basisHeading, basisLines(c, tracks, locale)],
      [TEXTS[locale].checkHeading, checkLines(c, tracks, locale)],
      [t.requestHeading, [criminal ? t.requestCriminal : t.requestAdministrative]],
    ];
  },
  CIVIL_COMPLAINT: (c, locale, f) => {
    const t = TEXTS[locale].civil;
    const paid = c.assessment.dispute.refundConfirmed;
    const amount = formatFen(Math.max(0, c.assessment.dispute.countedFen - c.amountRecoveredFen));
    return [
      [t.partiesHeading, [t.plaintiff(f.merchant, f.store, f.platform), t.defendant(f.buyer, f.platform)]],
      [t.claimsHeading, t.claims(amount, paid)],
      [t.factsHeading, [...factLines(f, locale), t.narrative(f), packingLine(f, locale), ...findingLines(c, locale)]],
      [TEXTS[locale].claimHeading, claimLines(f, locale)],
      [TEXTS[locale].evidenceHeading, evidenceLines(c, f, locale)],
      [TEXTS[locale].basisHeading, basisLines(c, TRACK_OF.CIVIL_COMPLAINT, locale)],
      [TEXTS[locale].checkHeading, checkLines(c, TRACK_OF.CIVIL_COMPLAINT, locale)],
      [t.closingHeading, t.closing(f.merchant)],
    ];
  },
  AI_PROVIDER_INQUIRY: (c, locale, f) => {
    const t = TEXTS[locale].inquiry;
    const aigc = aigcOf(c);
    return [
      [t.addresseeHeading, [t.addressee(aigc.producer)]],
      [t.subjectHeading, [t.subject(f, aigc.producer, aigc.produceId)]],
      [t.photoHeading, [t.photo(aigc.photoName, aigc.photoSha256, aigc.producer, aigc.produceId)]],
      [t.questionsHeading, t.questions(aigc.produceId)],
      [TEXTS[locale].basisHeading, basisLines(c, TRACK_OF.AI_PROVIDER_INQUIRY, locale)],
      [TEXTS[locale].checkHeading, checkLines(c, TRACK_OF.AI_PROVIDER_INQUIRY, locale)],
      [t.contactHeading, [t.contact(f.merchant)]],
    ];
  },
  PLATFORM_LIABILITY: (c, locale, f) => {
    const t = TEXTS[locale].liability;
    const recorded = c.assessment.tracks.some((track) => track.id === "platform-liability");
    return [
      [t.addresseeHeading, [t.addressee(f.platform)]],
      [TEXTS[locale].factsHeading, [...factLines(f, locale), t.loss(formatFen(unrecoveredLossFen(c)))]],
      [TEXTS[locale].claimHeading, claimLines(f, locale)],
      [
        t.reviewHeading,
        [
          ...(recorded ? [t.reviewRecorded, ...(c.platformOutcomeNote ? [t.merchantRecord(c.platformOutcomeNote)] : [])] : [t.reviewToFill]),
          packingLine(f, locale),
          ...findingLines(c, locale),
        ],
      ],
      [t.requestHeading, t.requests(formatFen(unrecoveredLossFen(c)))],
      [TEXTS[locale].evidenceHeading, evidenceLines(c, f, locale)],
      [TEXTS[locale].basisHeading, basisLines(c, TRACK_OF.PLATFORM_LIABILITY, locale)],
      [TEXTS[locale].checkHeading, checkLines(c, TRACK_OF.PLATFORM_LIABILITY, locale)],
    ];
  },
};
