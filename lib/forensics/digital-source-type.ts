import type { FindingStrength } from "./finding-schema";

/**
 * IPTC Digital Source Type vocabulary (cv.iptc.org/newscodes/digitalsourcetype), used by
 * C2PA actions and by XMP Iptc4xmpExt:DigitalSourceType.
 */
const SOURCE_TYPES: Record<string, { strength: FindingStrength; zh: string; en: string }> = {
  trainedAlgorithmicMedia: { strength: "strong", zh: "由训练过的 AI 模型生成", en: "created by a trained AI model" },
  compositeWithTrainedAlgorithmicMedia: {
    strength: "strong",
    zh: "在原图上合成了 AI 生成的内容",
    en: "a composite that includes AI-generated elements",
  },
  algorithmicallyEnhanced: { strength: "moderate", zh: "经过算法增强", en: "algorithmically enhanced" },
  algorithmicMedia: { strength: "moderate", zh: "由算法生成（非拍摄）", en: "created by an algorithm (not captured)" },
  compositeSynthetic: { strength: "moderate", zh: "合成图像", en: "a synthetic composite" },
  composite: { strength: "weak", zh: "多张素材合成", en: "a composite of several sources" },
  digitalArt: { strength: "moderate", zh: "数字绘制作品", en: "digital art made by a person" },
  virtualRecording: { strength: "moderate", zh: "虚拟录制", en: "a virtual recording" },
  screenCapture: { strength: "weak", zh: "屏幕截图", en: "a screen capture" },
  minorHumanEdits: { strength: "info", zh: "经过少量人工编辑", en: "lightly edited by a person" },
  digitalCapture: { strength: "info", zh: "由相机直接拍摄", en: "captured by a camera" },
  computationalCapture: { strength: "info", zh: "手机计算摄影拍摄", en: "captured with computational photography" },
  negativeFilm: { strength: "info", zh: "胶片扫描", en: "scanned from film" },
  positiveFilm: { strength: "info", zh: "胶片扫描", en: "scanned from film" },
  print: { strength: "info", zh: "印刷品扫描", en: "scanned from a print" },
};

export interface DigitalSourceTypeInfo {
  code: string;
  strength: FindingStrength;
  zh: string;
  en: string;
}

/** Reads a source type given as a full IPTC URI or a bare code. */
export function describeDigitalSourceType(value: string): DigitalSourceTypeInfo {
  const code = value.trim().split(/[/#]/).pop() ?? value;
  const known = SOURCE_TYPES[code];
  return known ? { code, ...known } : { code, strength: "weak", zh: `来源类型“${code}”`, en: `source type "${code}"` };
}
