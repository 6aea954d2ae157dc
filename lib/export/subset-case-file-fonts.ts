import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

/** A typeface of the case file: the CSS family it is used under and the system font it is cut from. */
interface CaseFileFace {
  family: "RefundProof Sans" | "RefundProof Serif";
  weight: 400 | 700;
  /** fontconfig pattern of the installed font (Debian's fonts-noto-cjk). */
  pattern: string;
  /** File name inside the export's font folder. */
  file: string;
}

export const CASE_FILE_FACES: readonly CaseFileFace[] = [
  { family: "RefundProof Sans", weight: 400, pattern: "Noto Sans CJK SC:weight=regular", file: "sans-400.otf" },
  { family: "RefundProof Sans", weight: 700, pattern: "Noto Sans CJK SC:weight=bold", file: "sans-700.otf" },
  { family: "RefundProof Serif", weight: 400, pattern: "Noto Serif CJK SC:weight=regular", file: "serif-400.otf" },
  { family: "RefundProof Serif", weight: 700, pattern: "Noto Serif CJK SC:weight=bold", file: "serif-700.otf" },
];

/**
 * Digits alone, for the table of contents' page numbers that pdf-lib writes after printing
 * (finish-case-file-pdf.ts). From DejaVu Sans (fonts-dejavu-core, which fontconfig brings
 * along) because pdf-lib embeds TrueType outlines correctly but writes a CFF face such as
 * Noto CJK in a form PDF readers reject ("embedded font file may be invalid").
 */
export const NUMERALS_FILE = "numerals.ttf";
const NUMERALS_PATTERN = "DejaVu Sans:weight=regular";

const execFileAsync = promisify(execFile);

/**
 * Cuts each case-file typeface down to the characters of one document and writes it into
 * `fontDir` under its `file` name, and the regular sans-serif's digits into NUMERALS_FILE.
 *
 * Why: Chromium embeds a CFF font such as Noto CJK as Type 3 glyphs, and for each face it
 * prints it first walks the whole font (65,000 glyphs); a subset of a few hundred glyphs
 * makes that walk free and the PDF smaller. HarfBuzz's `hb-subset` (Debian's libharfbuzz-bin)
 * does the cutting: it reads a face out of a font collection (.ttc), which the npm `subset-font`
 * cannot, and as a child process it works on the second core while Chromium opens the page,
 * without blocking the server's event loop.
 *
 * Never fatal: a face that cannot be found or cut is skipped and the stylesheet falls back
 * to the installed font of the same design, which is slower to print but looks the same.
 */
export async function subsetCaseFileFonts(text: string, fontDir: string): Promise<void> {
  const codePoints = new Set<number>();
  for (const char of text) codePoints.add(char.codePointAt(0)!);
  // Printable ASCII always: page numbers and the running header are drawn from it.
  const unicodes = ["20-7e", ...[...codePoints].map((code) => code.toString(16))].join(",");

  const cuts = [...CASE_FILE_FACES.map((face) => ({ pattern: face.pattern, file: face.file, unicodes })), { pattern: NUMERALS_PATTERN, file: NUMERALS_FILE, unicodes: "30-39" }];
  const sources = await Promise.all(cuts.map((cut) => locateFont(cut.pattern)));
  const args = cuts.flatMap((cut, i) => {
    const source = sources[i];
    return source ? [source.file, String(source.index), cut.unicodes, path.join(fontDir, cut.file)] : [];
  });
  if (!args.length) return;
  // One small shell starts the cuts side by side. Forking costs in proportion to the forking
  // process's memory, and the server's is large: five hb-subset children forked straight from
  // it took longer than the cutting (~65 ms each vs ~15 ms from a small process, measured at
  // 850 MB resident). A cut that fails leaves no file, which is the fallback described above.
  await execFileAsync("/bin/sh", ["-c", CUT_SCRIPT, "sh", ...args]).catch(() => undefined);
}

/** Runs `hb-subset` once per four arguments (font file, face index, code points, output file), all at once. */
const CUT_SCRIPT = 'while [ "$#" -ge 4 ]; do hb-subset "$1" "--face-index=$2" "--unicodes=$3" "--output-file=$4" & shift 4; done; wait';

const located = new Map<string, Promise<{ file: string; index: number } | null>>();

/** The installed file (and face index inside a collection) fontconfig picks for `pattern`, if it is that family. */
function locateFont(pattern: string): Promise<{ file: string; index: number } | null> {
  let found = located.get(pattern);
  if (!found) {
    const family = pattern.split(":")[0];
    found = execFileAsync("fc-match", ["--format=%{file}\t%{index}\t%{family}", pattern])
      .then(({ stdout }) => {
        const [file, index, families] = stdout.split("\t");
        return families?.split(",").includes(family) ? { file, index: Number(index) || 0 } : null;
      })
      .catch(() => null);
    located.set(pattern, found);
  }
  return found;
}
