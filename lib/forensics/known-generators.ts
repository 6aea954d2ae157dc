/**
 * AI generators and photo editors whose names show up in EXIF Software, XMP CreatorTool
 * or PNG text. Data, not logic: extend the table when a new tool appears.
 * `ai_generator` makes whole pictures; `ai_editor` paints into photos with AI;
 * `photo_editor` is an ordinary editor (many of which now ship AI features).
 */
export type GeneratorKind = "ai_generator" | "ai_editor" | "photo_editor";

export interface KnownGenerator {
  id: string;
  name: string;
  nameZh: string;
  kind: GeneratorKind;
  pattern: RegExp;
}

export const KNOWN_GENERATORS: KnownGenerator[] = [
  { id: "midjourney", name: "Midjourney", nameZh: "Midjourney", kind: "ai_generator", pattern: /midjourney/i },
  { id: "dalle", name: "DALL·E / ChatGPT", nameZh: "DALL·E / ChatGPT", kind: "ai_generator", pattern: /dall[·\-\s]?e|chatgpt|gpt-4o|openai/i },
  { id: "stable-diffusion", name: "Stable Diffusion", nameZh: "Stable Diffusion", kind: "ai_generator", pattern: /stable[\s-]?diffusion|\bsdxl\b|automatic1111|forge webui/i },
  { id: "comfyui", name: "ComfyUI", nameZh: "ComfyUI", kind: "ai_generator", pattern: /comfyui/i },
  { id: "novelai", name: "NovelAI", nameZh: "NovelAI", kind: "ai_generator", pattern: /novelai/i },
  { id: "invokeai", name: "InvokeAI", nameZh: "InvokeAI", kind: "ai_generator", pattern: /invoke\s?ai/i },
  { id: "flux", name: "FLUX", nameZh: "FLUX", kind: "ai_generator", pattern: /\bflux(\.1)?[\s-](dev|schnell|pro|kontext)/i },
  { id: "firefly", name: "Adobe Firefly", nameZh: "Adobe Firefly", kind: "ai_generator", pattern: /firefly/i },
  { id: "imagen", name: "Google Imagen / Gemini", nameZh: "Google Imagen / Gemini", kind: "ai_generator", pattern: /imagen|gemini/i },
  { id: "leonardo", name: "Leonardo.Ai", nameZh: "Leonardo.Ai", kind: "ai_generator", pattern: /leonardo\.?ai/i },
  { id: "ideogram", name: "Ideogram", nameZh: "Ideogram", kind: "ai_generator", pattern: /ideogram/i },
  { id: "jimeng", name: "Jimeng (Dreamina)", nameZh: "即梦", kind: "ai_generator", pattern: /即梦|jimeng|dreamina/i },
  { id: "doubao", name: "Doubao", nameZh: "豆包", kind: "ai_generator", pattern: /豆包|doubao/i },
  { id: "tongyi-wanxiang", name: "Tongyi Wanxiang", nameZh: "通义万相", kind: "ai_generator", pattern: /通义万相|万相|wanxiang|tongyi/i },
  { id: "wenxin-yige", name: "ERNIE-ViLG (Wenxin Yige)", nameZh: "文心一格", kind: "ai_generator", pattern: /文心一格|一格|yige|ernie[\s-]?vilg/i },
  { id: "kling", name: "Kling", nameZh: "可灵", kind: "ai_generator", pattern: /可灵|kling/i },
  { id: "hunyuan", name: "Hunyuan", nameZh: "腾讯混元", kind: "ai_generator", pattern: /混元|hunyuan/i },
  { id: "liblib", name: "LiblibAI", nameZh: "哩布哩布", kind: "ai_generator", pattern: /liblib|哩布/i },
  { id: "meitu", name: "Meitu Xiuxiu", nameZh: "美图秀秀", kind: "ai_editor", pattern: /美图|meitu|xiuxiu/i },
  { id: "xingtu", name: "Xingtu (Hypic)", nameZh: "醒图", kind: "ai_editor", pattern: /醒图|xingtu|hypic/i },
  { id: "photoshop", name: "Adobe Photoshop", nameZh: "Adobe Photoshop", kind: "photo_editor", pattern: /photoshop/i },
  { id: "lightroom", name: "Adobe Lightroom", nameZh: "Adobe Lightroom", kind: "photo_editor", pattern: /lightroom/i },
  { id: "snapseed", name: "Snapseed", nameZh: "Snapseed", kind: "photo_editor", pattern: /snapseed/i },
  { id: "picsart", name: "PicsArt", nameZh: "PicsArt", kind: "ai_editor", pattern: /picsart/i },
  { id: "gimp", name: "GIMP", nameZh: "GIMP", kind: "photo_editor", pattern: /\bgimp\b/i },
  { id: "canva", name: "Canva", nameZh: "Canva 可画", kind: "photo_editor", pattern: /\bcanva\b/i },
  { id: "butter-camera", name: "Butter Camera", nameZh: "黄油相机", kind: "photo_editor", pattern: /黄油相机|butter\s?camera/i },
  { id: "beautycam", name: "BeautyCam", nameZh: "美颜相机", kind: "photo_editor", pattern: /美颜相机|beautycam/i },
  { id: "remini", name: "Remini", nameZh: "Remini", kind: "ai_editor", pattern: /remini/i },
  { id: "pixcake", name: "PixCake", nameZh: "像素蛋糕", kind: "photo_editor", pattern: /像素蛋糕|pixcake/i },
];

export function matchKnownGenerator(text: string): KnownGenerator | undefined {
  return KNOWN_GENERATORS.find((generator) => generator.pattern.test(text));
}
