import { decode as decodeCbor } from "cborg";
import { describeDigitalSourceType, type DigitalSourceTypeInfo } from "./digital-source-type";
import type { Finding, FindingStrength } from "./finding-schema";
import { readJumbfBoxes, type JumbfBox } from "./read-jumbf";
import type { PhotoMetadata } from "./read-photo-metadata";
import { readXmpProperty } from "./read-xmp-property";

export const IPTC_EXT_NAMESPACE = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";

export interface C2paManifestSummary {
  label?: string;
  claimGenerator?: string;
  digitalSourceTypes: string[];
  actions: string[];
  softwareAgents: string[];
}

const STRENGTH_ORDER: FindingStrength[] = ["info", "weak", "moderate", "strong"];

/** C2PA Content Credentials (JPEG APP11, PNG caBX, WebP C2PA) and IPTC DigitalSourceType in XMP. */
export function detectC2pa(metadata: PhotoMetadata): Finding[] {
  const findings: Finding[] = [];
  if (metadata.jumbfBoxes.length > 0) {
    const manifests = metadata.jumbfBoxes.flatMap((bytes) => readJumbfBoxes(bytes)).flatMap(summarizeStore);
    findings.push(manifestFinding(manifests));
  }
  const xmpSourceTypes = [
    ...new Set(metadata.xmpPackets.flatMap((xmp) => readXmpProperty(xmp, IPTC_EXT_NAMESPACE, "DigitalSourceType"))),
  ];
  if (xmpSourceTypes.length > 0) findings.push(xmpSourceTypeFinding(xmpSourceTypes.map(describeDigitalSourceType)));
  return findings;
}

/** A store's children are manifests; the last one is the active manifest (C2PA 2.x §11.1). */
function summarizeStore(store: JumbfBox): C2paManifestSummary[] {
  const manifests = store.children.length > 0 ? store.children : [store];
  return manifests.map((manifest) => {
    const summary: C2paManifestSummary = { label: manifest.label, digitalSourceTypes: [], actions: [], softwareAgents: [] };
    const claim = manifest.children.find((child) => child.label?.startsWith("c2pa.claim"));
    const claimData = claim && readStructured(claim);
    if (claimData) summary.claimGenerator = readClaimGenerator(claimData);
    const assertions = manifest.children.find((child) => child.label === "c2pa.assertions")?.children ?? [];
    for (const assertion of assertions.filter((a) => a.label?.startsWith("c2pa.actions"))) {
      const actions = (readStructured(assertion) as { actions?: unknown } | undefined)?.actions;
      for (const action of Array.isArray(actions) ? actions : []) {
        const record = (action ?? {}) as Record<string, unknown>;
        if (typeof record.action === "string") summary.actions.push(record.action);
        if (typeof record.digitalSourceType === "string") summary.digitalSourceTypes.push(record.digitalSourceType);
        const agent = readAgentName(record.softwareAgent);
        if (agent) summary.softwareAgents.push(agent);
      }
    }
    return summary;
  });
}

function readStructured(box: JumbfBox): unknown {
  for (const { type, data } of box.contents) {
    try {
      if (type === "cbor") return decodeCbor(data);
      if (type === "json") return JSON.parse(Buffer.from(data).toString("utf8"));
    } catch {
      // Unreadable payload (unknown CBOR tag, bad JSON): presence is still reported.
    }
  }
  return undefined;
}

function readClaimGenerator(claim: unknown): string | undefined {
  const record = (claim ?? {}) as Record<string, unknown>;
  if (typeof record.claim_generator === "string") return record.claim_generator;
  const info = record.claim_generator_info;
  const first = Array.isArray(info) ? info[0] : info;
  return readAgentName(first);
}

function readAgentName(agent: unknown): string | undefined {
  if (typeof agent === "string") return agent;
  if (agent && typeof agent === "object" && typeof (agent as { name?: unknown }).name === "string") {
    const { name, version } = agent as { name: string; version?: unknown };
    return typeof version === "string" ? `${name} ${version}` : name;
  }
  return undefined;
}

function strongest(infos: DigitalSourceTypeInfo[], fallback: FindingStrength): FindingStrength {
  return infos.reduce<FindingStrength>(
    (best, info) => (STRENGTH_ORDER.indexOf(info.strength) > STRENGTH_ORDER.indexOf(best) ? info.strength : best),
    fallback,
  );
}

function manifestFinding(manifests: C2paManifestSummary[]): Finding {
  const active = manifests.at(-1);
  const sourceTypes = (active?.digitalSourceTypes ?? []).map(describeDigitalSourceType);
  const generator = active?.claimGenerator;
  const sourceZh = sourceTypes.length > 0 ? `其中声明图片来源为：${sourceTypes.map((s) => s.zh).join("；")}。` : "清单中没有可读的来源类型声明。";
  const sourceEn =
    sourceTypes.length > 0 ? `It declares the picture's source as: ${sourceTypes.map((s) => s.en).join("; ")}.` : "No readable source type is declared in it.";
  return {
    type: "c2pa",
    strength: strongest(sourceTypes, "info"),
    explanation: {
      zh: `这张图片带有 C2PA“内容凭证”清单（记录图片由什么软件生成或编辑的数字记录）${generator ? `，写入该清单的软件是“${generator}”` : ""}。${sourceZh}本系统未验证清单的数字签名，结论需结合其他证据。`,
      en: `The picture carries a C2PA Content Credentials manifest (a record of which software made or edited it)${generator ? `, written by "${generator}"` : ""}. ${sourceEn} Its digital signature was not verified here; weigh it with the other evidence.`,
    },
    details: {
      source: "c2pa-manifest",
      manifestCount: manifests.length,
      activeManifest: active?.label,
      claimGenerator: generator,
      digitalSourceTypes: sourceTypes.map((s) => s.code),
      actions: active?.actions ?? [],
      softwareAgents: active?.softwareAgents ?? [],
      signatureValidated: false,
    },
  };
}

function xmpSourceTypeFinding(sourceTypes: DigitalSourceTypeInfo[]): Finding {
  return {
    type: "c2pa",
    strength: strongest(sourceTypes, "info"),
    explanation: {
      zh: `图片的 XMP 元数据中写有 IPTC“数字来源类型”：${sourceTypes.map((s) => s.zh).join("；")}。这是生成或编辑软件写入的自我声明。`,
      en: `The picture's XMP metadata states the IPTC digital source type: ${sourceTypes.map((s) => s.en).join("; ")}. This is a statement written by the software that made or edited it.`,
    },
    details: { source: "xmp-iptc", digitalSourceTypes: sourceTypes.map((s) => s.code) },
  };
}
