import type { Finding } from "./finding-schema";
import type { PhotoMetadata } from "./read-photo-metadata";
import { readXmpProperty } from "./read-xmp-property";

/** GB 45438-2025 implicit label (AI-generated content marking in file metadata). */
export const TC260_NAMESPACE = "http://www.tc260.org.cn/ns/AIGC/1.0/";

export interface AigcLabel {
  label?: string;
  contentProducer?: string;
  produceId?: string;
  reservedCode1?: string;
  contentPropagator?: string;
  propagateId?: string;
  reservedCode2?: string;
}

const LABEL_MEANING: Record<string, { zh: string; en: string }> = {
  "1": { zh: "人工智能生成合成内容", en: "AI-generated or synthesised content" },
  "2": { zh: "可能为人工智能生成合成内容", en: "possibly AI-generated content" },
  "3": { zh: "疑似人工智能生成合成内容", en: "suspected AI-generated content" },
};

const EXIF_TEXT_FIELDS = ["userComment", "imageDescription", "xpComment", "xpSubject", "xpKeywords"] as const;

/** Finds GB 45438-2025 labels in XMP, PNG text chunks and EXIF comment fields; one finding per distinct label. */
export function detectAigcLabel(metadata: PhotoMetadata): Finding[] {
  const found = new Map<string, { label: AigcLabel; source: string }>();
  const add = (text: string, source: string) => {
    const label = parseAigcJson(text);
    const key = JSON.stringify(label);
    if (label && !found.has(key)) found.set(key, { label, source });
  };
  for (const xmp of metadata.xmpPackets) {
    for (const value of readXmpProperty(xmp, TC260_NAMESPACE, "AIGC")) add(value, "xmp");
  }
  for (const { keyword, text } of metadata.textEntries) add(text, keyword === "JPEG comment" ? "jpeg-comment" : `png-text:${keyword}`);
  for (const field of EXIF_TEXT_FIELDS) {
    const text = metadata.exif[field];
    if (text) add(text, `exif:${field}`);
  }
  return [...found.values()].map(({ label, source }) => toFinding(label, source));
}

/** Accepts the label JSON bare, wrapped as {"AIGC": {...}} or {"AIGC": "{...}"}, or embedded in other text. */
export function parseAigcJson(text: string): AigcLabel | undefined {
  if (!/Label\\?"?\s*:/.test(text)) return undefined;
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== "object") return undefined;
  const record = parsed as Record<string, unknown>;
  const inner = record.AIGC ?? record.aigc;
  if (typeof inner === "string") return parseAigcJson(inner);
  const fields = (inner && typeof inner === "object" ? inner : record) as Record<string, unknown>;
  const pick = (name: string) => {
    const value = fields[name] ?? fields[name.charAt(0).toLowerCase() + name.slice(1)];
    return value === undefined || value === null ? undefined : String(value);
  };
  const label: AigcLabel = {
    label: pick("Label"),
    contentProducer: pick("ContentProducer"),
    produceId: pick("ProduceID"),
    reservedCode1: pick("ReservedCode1"),
    contentPropagator: pick("ContentPropagator"),
    propagateId: pick("PropagateID"),
    reservedCode2: pick("ReservedCode2"),
  };
  return label.label === undefined ? undefined : label;
}

function toFinding(label: AigcLabel, source: string): Finding {
  const meaning = label.label ? LABEL_MEANING[label.label] : undefined;
  const strength = label.label === "1" ? "strong" : meaning ? "moderate" : "weak";
  const producer = label.contentProducer ?? "未写明";
  const producerEn = label.contentProducer ?? "not given";
  const id = label.produceId ?? "未写明";
  const idEn = label.produceId ?? "not given";
  const explanation = meaning
    ? {
        zh: `这张图片的文件元数据里带有国家标准 GB 45438-2025 规定的人工智能生成内容隐式标识，标注为“${meaning.zh}”（Label=${label.label}）。生成服务提供者编码：${producer}；内容编号：${id}。正规相机或手机拍摄的照片不会带有这种标识。可以凭这两个编号请该服务提供者核实图片是否由其生成。`,
        en: `The file's metadata carries the implicit AI-content label defined by China's national standard GB 45438-2025, marked as "${meaning.en}" (Label=${label.label}). Producer code: ${producerEn}; content ID: ${idEn}. Photos taken by a camera or phone do not carry this label. The service provider can be asked to confirm, using these two codes, whether it generated the picture.`,
      }
    : {
        zh: `文件元数据里有 GB 45438-2025 人工智能生成内容标识的字段，但标识值“${label.label}”不是标准规定的取值，需要人工查看。生成服务提供者编码：${producer}；内容编号：${id}。`,
        en: `The metadata has a GB 45438-2025 AI-content label field, but its value "${label.label}" is not one the standard defines; it needs a human look. Producer code: ${producerEn}; content ID: ${idEn}.`,
      };
  return {
    type: "aigc_label",
    strength,
    explanation,
    details: { source, ...label },
  };
}
