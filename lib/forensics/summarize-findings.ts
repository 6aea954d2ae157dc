import type { BilingualText, Finding, FindingType } from "./finding-schema";

export type SummaryLevel = "strong" | "moderate" | "weak" | "none";

export interface CaseSummary {
  level: SummaryLevel;
  explanation: BilingualText;
}

const TYPE_NAMES: Record<FindingType, BilingualText> = {
  aigc_label: { zh: "文件带有国家标准规定的 AI 生成内容标识", en: "the file carries the national-standard AI-content label" },
  c2pa: { zh: "内容凭证（C2PA）声明了 AI 来源", en: "its Content Credentials (C2PA) declare an AI source" },
  generator_trace: { zh: "元数据留有 AI 工具或修图软件的痕迹", en: "the metadata names an AI tool or photo editor" },
  derived_from_reference: { zh: "图片是用商家自己的商品图改出来的", en: "the picture was made from the merchant's own product photo" },
  reuse: { zh: "同一张照片在其他纠纷中用过", en: "the same photo was used in another dispute" },
  timeline: { zh: "拍摄时间与发货、签收时间对不上", en: "the capture time does not fit the shipping and delivery dates" },
  ela: { zh: "压缩误差分析发现局部异常", en: "error-level analysis shows an area that differs" },
};

const LEVEL_TEXT: Record<Exclude<SummaryLevel, "none">, BilingualText> = {
  strong: { zh: "有强有力的迹象表明这张图片是伪造或 AI 生成的", en: "There are strong signs that this picture was forged or AI-generated" },
  moderate: { zh: "有一些迹象表明这张图片可能经过伪造或 AI 处理", en: "There are some signs that this picture may have been forged or AI-processed" },
  weak: { zh: "只有一些较弱的迹象，单独不足以说明图片有问题", en: "There are only weak signs, not enough on their own to say the picture is false" },
};

const REVIEW_NOTE: BilingualText = {
  zh: "以上是自动检测得到的线索，不是最终结论；每一项都需要审核人员确认后才能用于申诉或报案。",
  en: "These are automatically detected signals, not a final conclusion; a reviewer must confirm each one before it is used in an appeal or a report.",
};

/**
 * Case-level summary of one or more photos' findings. Any strong finding, or moderate
 * findings of two independent kinds, makes it strong; weak findings of two kinds make it
 * moderate; "info" findings never raise it. Always says why, never just a verdict.
 */
export function summarizeFindings(findings: Finding[]): CaseSummary {
  const typesAt = (strength: Finding["strength"]) => [...new Set(findings.filter((f) => f.strength === strength).map((f) => f.type))];
  const strong = typesAt("strong");
  const moderate = typesAt("moderate");
  const weak = typesAt("weak");
  const level: SummaryLevel =
    strong.length > 0 || moderate.length >= 2
      ? "strong"
      : moderate.length > 0 || weak.length >= 2
        ? "moderate"
        : weak.length > 0
          ? "weak"
          : "none";
  if (level === "none") {
    return {
      level,
      explanation: {
        zh: "没有发现伪造或 AI 生成的迹象。这并不能证明图片是真实的，只是现有检测项都没有发现问题。",
        en: "No sign of forgery or AI generation was found. That does not prove the picture genuine; none of the checks found a problem.",
      },
    };
  }
  const reasons = [...strong, ...moderate, ...weak].map((type) => TYPE_NAMES[type]);
  return {
    level,
    explanation: {
      zh: `${LEVEL_TEXT[level].zh}：${reasons.map((r) => r.zh).join("；")}。${REVIEW_NOTE.zh}`,
      en: `${LEVEL_TEXT[level].en}: ${reasons.map((r) => r.en).join("; ")}. ${REVIEW_NOTE.en}`,
    },
  };
}
