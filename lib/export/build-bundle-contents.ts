import { createHash } from "node:crypto";
import { translator } from "@/lib/i18n/translator";
import { z } from "zod";
import type { CaseFileData } from "./load-case-file-data";
import type { ZipEntry } from "./write-zip-atomically";

export const BUNDLE_FORMAT = "refundproof-case-bundle";
export const BUNDLE_FORMAT_VERSION = 1;
export const MANIFEST_PATH = "manifest.json";
export const SUMS_PATH = "SHA256SUMS";
export const PDF_PATH = "case-file.pdf";

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** One file listed in manifest.json. Validated again when a bundle is verified. */
export const manifestFileSchema = z.object({
  path: z.string().min(1),
  sha256: sha256Schema,
  sizeBytes: z.number().int().nonnegative(),
  kind: z.enum(["case-file", "evidence", "timestamp-token", "readme"]),
  evidenceId: z.string().optional(),
  evidenceKind: z.string().optional(),
  originalName: z.string().optional(),
  mimeType: z.string().optional(),
  uploadedAt: z.string().optional(),
  recordedAt: z.string().nullable().optional(),
  withdrawn: z.object({ at: z.string(), reason: z.string() }).nullable().optional(),
  /** For evidence: the bundle path of its RFC 3161 token, or null when it has none. */
  timestampToken: z.string().nullable().optional(),
  tsaUrl: z.string().optional(),
  genTime: z.string().optional(),
  /** For a token: the SHA-256 of the evidence it stamps (the digest to give openssl). */
  stampedSha256: sha256Schema.optional(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int(),
  exportId: z.string(),
  createdAt: z.string(),
  locale: z.string(),
  merchant: z.string(),
  dispute: z.object({ id: z.string(), orderNo: z.string(), trackingNo: z.string().nullable(), platform: z.string(), store: z.string(), amountClaimedFen: z.number().int() }),
  pdfPages: z.number().int(),
  files: z.array(manifestFileSchema),
});
export type BundleManifest = z.infer<typeof manifestSchema>;

/**
 * A file name safe inside a ZIP and on every OS: no directories, no control or reserved
 * characters, no leading dots, at most 100 characters with the extension kept.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, "_")
    .replace(/^[.\s]+/, "")
    .trim();
  const base = cleaned || "file";
  if (base.length <= 100) return base;
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(base)?.[0] ?? "";
  return base.slice(0, 100 - ext.length) + ext;
}

/** Appends " (2)", " (3)" … before the extension until the name is unused. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export interface BundleInput {
  data: CaseFileData;
  exportId: string;
  createdAt: Date;
  locale: string;
  pdf: { file: string; sha256: string; sizeBytes: number; pages: number };
}

/**
 * Everything that goes into the ZIP, in order: the PDF, the evidence files (checked against
 * their content address as they stream in), the timestamp tokens, README.txt (Chinese and
 * English), manifest.json and SHA256SUMS (which covers every other file, the manifest too).
 */
export function buildBundleContents(input: BundleInput): { entries: ZipEntry[]; manifest: BundleManifest } {
  const { data } = input;
  const files: ManifestFile[] = [];
  const entries: ZipEntry[] = [];
  files.push({ path: PDF_PATH, sha256: input.pdf.sha256, sizeBytes: input.pdf.sizeBytes, kind: "case-file", mimeType: "application/pdf" });
  entries.push({ path: PDF_PATH, file: input.pdf.file, compress: false, expectedSha256: input.pdf.sha256 });

  const taken = new Set<string>();
  const tokens = new Map<string, { data: Buffer; tsaUrl: string; genTime: Date }>();
  for (const item of data.evidence) {
    const entryPath = `evidence/${uniqueName(safeFileName(item.originalName), taken)}`;
    const tokenPath = item.timestamp ? `timestamps/${item.sha256}.tsr` : null;
    if (item.timestamp && !tokens.has(item.sha256)) {
      tokens.set(item.sha256, { data: Buffer.from(item.timestamp.tokenDer), tsaUrl: item.timestamp.tsaUrl, genTime: item.timestamp.genTime });
    }
    files.push({
      path: entryPath,
      sha256: item.sha256,
      sizeBytes: item.sizeBytes,
      kind: "evidence",
      evidenceId: item.id,
      evidenceKind: item.kind,
      originalName: item.originalName,
      mimeType: item.mimeType,
      uploadedAt: item.uploadedAt.toISOString(),
      recordedAt: item.recordedAt?.toISOString() ?? null,
      withdrawn: item.withdrawal ? { at: item.withdrawal.at.toISOString(), reason: item.withdrawal.reason } : null,
      timestampToken: tokenPath,
      ...(item.timestamp ? { tsaUrl: item.timestamp.tsaUrl, genTime: item.timestamp.genTime.toISOString() } : {}),
    });
    // Photos and videos are already compressed; storing them keeps the export fast.
    entries.push({ path: entryPath, file: item.path, compress: false, expectedSha256: item.sha256 });
  }
  for (const [sha256, token] of tokens) {
    const tokenPath = `timestamps/${sha256}.tsr`;
    files.push({
      path: tokenPath,
      sha256: hashHex(token.data),
      sizeBytes: token.data.length,
      kind: "timestamp-token",
      stampedSha256: sha256,
      tsaUrl: token.tsaUrl,
      genTime: token.genTime.toISOString(),
    });
    entries.push({ path: tokenPath, data: token.data, compress: true });
  }

  const readme = Buffer.from(buildReadme(tokens.size > 0), "utf8");
  files.push({ path: "README.txt", sha256: hashHex(readme), sizeBytes: readme.length, kind: "readme", mimeType: "text/plain; charset=utf-8" });
  entries.push({ path: "README.txt", data: readme, compress: true });

  const { dispute } = data;
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportId: input.exportId,
    createdAt: input.createdAt.toISOString(),
    locale: input.locale,
    merchant: data.organizationName,
    dispute: {
      id: dispute.id,
      orderNo: dispute.order.orderNo,
      trackingNo: dispute.order.trackingNo,
      platform: dispute.store.platform,
      store: dispute.store.name,
      amountClaimedFen: dispute.amountClaimedFen,
    },
    pdfPages: input.pdf.pages,
    files,
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");
  entries.push({ path: MANIFEST_PATH, data: manifestBytes, compress: true });
  const sums = [...files.map((file) => `${file.sha256}  ${file.path}`), `${hashHex(manifestBytes)}  ${MANIFEST_PATH}`].join("\n") + "\n";
  entries.push({ path: SUMS_PATH, data: Buffer.from(sums, "utf8"), compress: true });
  return { entries, manifest };
}

function hashHex(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The note a recipient reads first: what is in the bundle and how to check it, in both languages. */
function buildReadme(hasTokens: boolean): string {
  const sections = (["zh-CN", "en"] as const).map((locale) => {
    const t = translator(locale, "export");
    const lines = [
      t("readme.title"),
      "=".repeat(24),
      "",
      `${t("readme.contents")}:`,
      `  - ${t("readme.contentsPdf")}`,
      `  - ${t("readme.contentsEvidence")}`,
      `  - ${t("readme.contentsTimestamps")}`,
      `  - ${t("readme.contentsManifest")}`,
      `  - ${t("readme.contentsSums")}`,
      "",
      `${t("readme.verifyHeading")}:`,
      `  ${t("readme.verifySums")}`,
      `  ${t("readme.verifyTs")}`,
      `  ${t("readme.verifyTool")}`,
      ...(hasTokens ? [] : ["", t("readme.noTokens")]),
    ];
    return lines.join("\n");
  });
  return `${sections.join("\n\n----------------------------------------\n\n")}\n`;
}
