/**
 * Analyses photos against a folder of reference photos, without a server or a database.
 *   npm run analyze -- --reference <dir> [--json] [--out <dir>] [--shipped <date>] [--delivered <date>] <photo>...
 * --json prints one JSON object per photo per line; otherwise a readable table.
 * --out writes the heat maps (PNG), aligned pairs (JPEG) and ELA pictures (PNG) there; never without it.
 * Exit code 1 if any photo could not be analysed; the others are still reported.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyzePhoto, preparePhoto } from "@/lib/forensics/analyze-photo";
import type { ReferenceLibrary } from "@/lib/forensics/derived-from-reference";
import type { Finding } from "@/lib/forensics/finding-schema";
import { ForensicsInputError } from "@/lib/forensics/forensics-input-error";
import { loadPhotoBytes } from "@/lib/forensics/load-photo-bytes";
import type { MatchImage } from "@/lib/forensics/prepare-match-image";
import { ReferenceIndex } from "@/lib/forensics/reference-index";

const USAGE = "usage: npm run analyze -- --reference <dir> [--json] [--out <dir>] [--shipped <date>] [--delivered <date>] <photo>...";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      reference: { type: "string" },
      json: { type: "boolean", default: false },
      out: { type: "string" },
      shipped: { type: "string" },
      delivered: { type: "string" },
    },
  });
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const references = values.reference ? await indexReferences(values.reference) : undefined;
  const shippedAt = parseDate(values.shipped, "--shipped");
  const deliveredAt = parseDate(values.delivered, "--delivered");
  if (values.out) fs.mkdirSync(values.out, { recursive: true });
  let failed = false;
  for (const file of positionals) {
    const report = await analyzeFile(file, { references, shippedAt, deliveredAt, out: values.out });
    if ("error" in report) failed = true;
    console.log(values.json ? JSON.stringify(report) : formatReport(report));
  }
  return failed ? 1 : 0;
}

type Report =
  | { file: string; findings: ReportedFinding[]; summary: { level: string; explanation: { zh: string; en: string } } }
  | { file: string; error: { code: string; message: string; zh?: string } };

type ReportedFinding = Omit<Finding, "picture"> & { pictures?: Record<string, string> };

async function analyzeFile(
  file: string,
  options: { references?: ReferenceLibrary; shippedAt?: Date; deliveredAt?: Date; out?: string },
): Promise<Report> {
  try {
    const photo = await loadPhotoBytes(file, () => Object.assign(new Error(`cannot read ${file}`), { code: "UNREADABLE" }));
    const analysis = await analyzePhoto(photo.pixels, { ...options, container: photo.container });
    const findings = analysis.findings.map(({ picture, ...finding }, i): ReportedFinding => {
      if (!picture || !options.out) return finding;
      const stem = path.join(options.out, `${path.basename(file)}.${i}`);
      const pictures: Record<string, string> = {};
      const save = (name: string, extension: string, bytes: Uint8Array) => {
        pictures[name] = `${stem}.${name}.${extension}`;
        fs.writeFileSync(pictures[name], bytes);
      };
      if (picture.kind === "heatmap") {
        save("heatmap", "png", picture.heatmapPng);
        save("aligned-pair", "jpg", picture.alignedPairJpeg);
      } else save("ela", "png", picture.elaPng);
      return { ...finding, pictures };
    });
    return { file, findings, summary: analysis.summary };
  } catch (error) {
    if (error instanceof ForensicsInputError) return { file, error: { code: error.code, message: error.localized.en, zh: error.localized.zh } };
    const message = error instanceof Error ? error.message : String(error);
    return { file, error: { code: (error as NodeJS.ErrnoException).code ?? "ANALYSIS_FAILED", message } };
  }
}

async function indexReferences(dir: string): Promise<ReferenceLibrary> {
  const index = new ReferenceIndex();
  const store = new Map<string, MatchImage>();
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (!fs.statSync(file).isFile()) continue;
    try {
      const prepared = await preparePhoto((await loadPhotoBytes(file, () => new Error(`cannot read ${file}`))).pixels);
      index.add(name, prepared.hashes);
      store.set(name, prepared.match);
    } catch (error) {
      console.error(`skipping reference ${file}: ${error instanceof Error ? error.message : error}`);
    }
  }
  return { index, load: (id) => store.get(id) };
}

function parseDate(text: string | undefined, flag: string): Date | undefined {
  if (!text) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new Error(`${flag}: not a date: ${text}`);
  return date;
}

function formatReport(report: Report): string {
  if ("error" in report) return `${report.file}\n  ERROR ${report.error.code}: ${report.error.message}\n`;
  const lines = [`${report.file}  [${report.summary.level.toUpperCase()}]`, `  ${report.summary.explanation.en}`];
  for (const finding of report.findings) {
    lines.push(`  ${finding.strength.padEnd(8)} ${finding.type.padEnd(24)} ${finding.explanation.en}`);
    for (const [name, file] of Object.entries(finding.pictures ?? {})) lines.push(`  ${"".padEnd(33)} ${name}: ${file}`);
  }
  return `${lines.join("\n")}\n`;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
