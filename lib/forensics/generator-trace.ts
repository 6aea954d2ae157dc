import type { Finding, FindingStrength } from "./finding-schema";
import { matchKnownGenerator, type KnownGenerator } from "./known-generators";
import type { PhotoMetadata } from "./read-photo-metadata";
import { readXmpProperty } from "./read-xmp-property";

const XMP_NAMESPACE = "http://ns.adobe.com/xap/1.0/";
const XMP_MM_NAMESPACE = "http://ns.adobe.com/xap/1.0/mM/";
const ST_EVENT_NAMESPACE = "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#";

/** PNG text keys that only image-generation tools write. */
const GENERATION_KEYS: Record<string, string> = {
  parameters: "Stable Diffusion WebUI (AUTOMATIC1111 / Forge)",
  prompt: "ComfyUI",
  workflow: "ComfyUI",
  "sd-metadata": "InvokeAI",
  invokeai_metadata: "InvokeAI",
  Dream: "InvokeAI",
};

const MAX_EXCERPT = 300;

interface Trace {
  field: string;
  value: string;
  tool?: KnownGenerator;
  generationKey?: string;
}

/** EXIF Software / XMP CreatorTool / edit history / PNG generation chunks, matched against known tools. */
export function detectGeneratorTrace(metadata: PhotoMetadata): Finding[] {
  const traces: Trace[] = [];
  const exifFields = { software: metadata.exif.software, artist: metadata.exif.artist, hostComputer: metadata.exif.hostComputer, make: metadata.exif.make, model: metadata.exif.model };
  for (const [field, value] of Object.entries(exifFields)) {
    if (value) traces.push({ field: `exif:${field}`, value, tool: matchKnownGenerator(value) });
  }
  for (const xmp of metadata.xmpPackets) {
    for (const value of readXmpProperty(xmp, XMP_NAMESPACE, "CreatorTool")) traces.push({ field: "xmp:CreatorTool", value, tool: matchKnownGenerator(value) });
    for (const value of readXmpProperty(xmp, ST_EVENT_NAMESPACE, "softwareAgent")) traces.push({ field: "xmpMM:History", value, tool: matchKnownGenerator(value) });
    // Some tools write the agent under xmpMM directly.
    for (const value of readXmpProperty(xmp, XMP_MM_NAMESPACE, "softwareAgent")) traces.push({ field: "xmpMM:softwareAgent", value, tool: matchKnownGenerator(value) });
  }
  for (const { keyword, text } of metadata.textEntries) {
    const generationKey = GENERATION_KEYS[keyword];
    if (generationKey) traces.push({ field: `png-text:${keyword}`, value: text, generationKey, tool: matchKnownGenerator(text) });
    else if (/^(software|comment|description|source|title|author)$/i.test(keyword) || keyword === "JPEG comment") {
      const tool = matchKnownGenerator(text);
      if (tool) traces.push({ field: keyword === "JPEG comment" ? "jpeg-comment" : `png-text:${keyword}`, value: text, tool });
    }
  }
  return traces.filter((t) => t.tool || t.generationKey).map(toFinding).filter(uniqueByTool());
}

function uniqueByTool() {
  const seen = new Set<string>();
  return (finding: Finding) => {
    const key = `${finding.details.toolId ?? finding.details.generationKey}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

function toFinding(trace: Trace): Finding {
  const { tool, generationKey } = trace;
  const excerpt = trace.value.length > MAX_EXCERPT ? `${trace.value.slice(0, MAX_EXCERPT)}…` : trace.value;
  const details = {
    field: trace.field,
    value: excerpt,
    toolId: tool?.id,
    toolName: tool?.name,
    toolKind: generationKey ? "ai_generator" : tool?.kind,
    generationKey: generationKey ? trace.field.replace("png-text:", "") : undefined,
  };
  if (generationKey) {
    const name = tool?.name ?? generationKey;
    return {
      type: "generator_trace",
      strength: "strong",
      explanation: {
        zh: `图片文件里保存着 AI 绘图工具（${name}）写入的生成参数（字段“${details.generationKey}”，通常包含提示词、模型和采样设置）。相机拍摄的照片不会有这类记录，说明这张图是用 AI 绘图工具生成或处理过的。`,
        en: `The file holds generation settings written by an AI image tool (${name}) in the "${details.generationKey}" field, usually the prompt, model and sampler. Camera photos never contain this; the picture was generated or processed with an AI image tool.`,
      },
      details,
    };
  }
  const known = tool!;
  const strength: FindingStrength = known.kind === "ai_generator" ? "strong" : "weak";
  const explanation =
    known.kind === "ai_generator"
      ? {
          zh: `图片元数据（${trace.field}）记录的制作软件是 AI 生成工具“${known.nameZh}”。这说明图片出自 AI 工具，而不是直接拍摄。`,
          en: `The metadata (${trace.field}) names the AI image generator "${known.name}" as the software that made the picture, so it came out of an AI tool rather than straight from a camera.`,
        }
      : {
          zh: `图片元数据（${trace.field}）显示它经过修图软件“${known.nameZh}”处理${known.kind === "ai_editor" ? "，该软件带有 AI 消除、AI 绘制等功能" : ""}。修图本身很常见，不能单独说明造假，但说明这不是相机直出的原图，应向买家索要原图。`,
          en: `The metadata (${trace.field}) shows the picture went through the editor "${known.name}"${known.kind === "ai_editor" ? ", which has AI painting and removal features" : ""}. Editing is common and proves nothing on its own, but this is not the camera original; ask the buyer for the original file.`,
        };
  return { type: "generator_trace", strength, explanation, details };
}
