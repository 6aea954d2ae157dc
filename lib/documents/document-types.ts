import type { DocumentType } from "@/lib/db/generated/enums";
import type { LegalTrack, LocalizedText } from "@/lib/legal/legal-rule-schema";
import type { DocumentCase } from "./load-document-case";

/** The case documents in the order a merchant usually needs them. */
export const DOCUMENT_TYPES = [
  "PLATFORM_APPEAL",
  "POLICE_REPORT",
  "CIVIL_COMPLAINT",
  "AI_PROVIDER_INQUIRY",
  "PLATFORM_LIABILITY",
] as const satisfies readonly DocumentType[];

export const DOCUMENT_LOCALES = ["zh-CN", "en"] as const;
export type DocumentLocale = (typeof DOCUMENT_LOCALES)[number];

/** LocalizedText is keyed zh/en; documents are keyed by the app's locale names. */
export function pick(text: LocalizedText, locale: DocumentLocale): string {
  return locale === "zh-CN" ? text.zh : text.en;
}

export type DocumentAvailability = { type: DocumentType; available: true } | { type: DocumentType; available: false; reason: LocalizedText };

const hasTrack = (c: DocumentCase, track: LegalTrack) => c.assessment.tracks.some((t) => t.id === track);

/** Refund paid out and not recovered: the merchant's loss a compensation claim can rest on. */
export function unrecoveredLossFen(c: DocumentCase): number {
  const paid = c.assessment.dispute.refundConfirmed ? c.assessment.dispute.countedFen : 0;
  return Math.max(0, paid - c.amountRecoveredFen);
}

/**
 * Which documents this case supports, and for the others why not: each follows a legal
 * track of the assessment, so a letter is never drafted for a route that is not open.
 */
export function documentAvailability(c: DocumentCase): DocumentAvailability[] {
  return DOCUMENT_TYPES.map((type): DocumentAvailability => {
    switch (type) {
      case "PLATFORM_APPEAL":
      case "POLICE_REPORT":
        // The appeal is always open, and exactly one of the two police tracks always is.
        return { type, available: true };
      case "CIVIL_COMPLAINT":
        return hasTrack(c, "civil")
          ? { type, available: true }
          : { type, available: false, reason: { zh: "平台未支付退款，没有可撤销的退款，也没有可要求返还的款项。", en: "The platform paid no refund, so there is nothing to revoke or claim back." } };
      case "AI_PROVIDER_INQUIRY":
        if (hasTrack(c, "ai-provider-inquiry")) return { type, available: true };
        return { type, available: false, reason: aiInquiryUnavailable(c) };
      case "PLATFORM_LIABILITY":
        return hasTrack(c, "platform-liability") || unrecoveredLossFen(c) > 0
          ? { type, available: true }
          : {
              type,
              available: false,
              reason: {
                zh: "只有平台已经支付退款且款项尚未追回（申诉失败）时，才能要求平台赔偿。",
                en: "A compensation claim against the platform needs a refund the platform paid out and that has not been recovered (dispute lost).",
              },
            };
    }
  });
}

function aiInquiryUnavailable(c: DocumentCase): LocalizedText {
  if (c.assessment.findingsAwaitingReview.some((f) => f.type === "aigc_label")) {
    return {
      zh: "买家图片中发现的 AI 生成标识尚待复核；复核确认后才能向标识中的服务提供者发函。",
      en: "The AI label found in the buyer's photo is awaiting review; the letter to the provider it names becomes available once a reviewer confirms it.",
    };
  }
  if (c.assessment.confirmedFindings.some((f) => f.type === "aigc_label")) {
    return {
      zh: "已确认的 AI 生成标识没有写明服务提供者（ContentProducer），无从确定收函方。",
      en: "The confirmed AI label does not name a provider (ContentProducer), so there is no one to address the letter to.",
    };
  }
  return {
    zh: "买家图片中没有发现写明服务提供者的 AI 生成内容标识（GB 45438-2025 隐式标识）。",
    en: "No AI-content label naming a provider (GB 45438-2025 implicit label) was found in the buyer's photos.",
  };
}
