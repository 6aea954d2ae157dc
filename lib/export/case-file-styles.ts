/**
 * Print stylesheet of the case file. Chinese text is set in Noto CJK SC (cut down to the
 * document's characters, see subset-case-file-fonts.ts, with the installed font behind it)
 * with strict line breaking (no 。，at a line start); hashes and file names break anywhere
 * so a 64-character SHA-256 never runs past the margin; figures never split across pages
 * and never exceed the text block.
 */
export const CASE_FILE_CSS = `
* { box-sizing: border-box; }
:root {
  --serif: "RefundProof Serif", "Noto Serif CJK SC", "DejaVu Serif", serif;
  --sans: "RefundProof Sans", "Noto Sans CJK SC", "DejaVu Sans", sans-serif;
  /* CJK inside a hash or file name comes from the sans face: a second CJK family would cost
     another font in the PDF for a handful of characters. */
  --mono: "DejaVu Sans Mono", "RefundProof Sans", "Noto Sans Mono CJK SC", monospace;
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: var(--serif);
  font-size: 10.5pt;
  line-height: 1.7;
  color: #1a1a1a;
  line-break: strict;
  word-break: normal;
  overflow-wrap: anywhere;
  text-align: justify;
  hyphens: auto;
}
/* English: Latin text in Latin faces (Noto CJK sets quotes and apostrophes full-width: "it’ s"),
   Chinese in it (names, the buyer's words) from the CJK faces behind them. */
html:lang(en) {
  --serif: "Liberation Serif", "DejaVu Serif", "RefundProof Serif", "Noto Serif CJK SC", serif;
  --sans: "Liberation Sans", "DejaVu Sans", "RefundProof Sans", "Noto Sans CJK SC", sans-serif;
  /* Justify between words only: a Chinese name in an English line is not spread out ("幸 运 猫"). */
  text-justify: inter-word;
}
h1, h2, h3, h4, th, .sans, table, .chip, figcaption, .toc, .cover { font-family: var(--sans); }
/* A justified two-line heading opens wide gaps between its words. */
h1, h2, h3, h4 { text-align: left; }
h1 { font-size: 17pt; margin: 0 0 5mm; padding-bottom: 2mm; border-bottom: 1.2pt solid #1f3a5f; color: #1f3a5f; position: relative; font-weight: 700; }
h2 { font-size: 12.5pt; margin: 7mm 0 3mm; color: #1f3a5f; break-after: avoid; font-weight: 700; position: relative; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; font-weight: 700; }
p { margin: 0 0 2.5mm; orphans: 2; widows: 2; }
.chapter { break-before: page; }
.muted { color: #5b6472; }
.small { font-size: 8.5pt; }
.mono, .hash { font-family: var(--mono); font-size: 8pt; word-break: break-all; overflow-wrap: anywhere; line-height: 1.45; text-align: left; }
.breakable { word-break: break-all; overflow-wrap: anywhere; }
.pre { white-space: pre-wrap; }

/* Cover */
.cover { height: 247mm; display: flex; flex-direction: column; }
.cover .brand { font-size: 9pt; letter-spacing: 0.2em; color: #5b6472; text-transform: uppercase; }
.cover .title { font-size: 26pt; font-weight: 700; color: #1f3a5f; margin: 28mm 0 3mm; line-height: 1.3; }
.cover .subtitle { font-size: 12pt; color: #3b4452; margin-bottom: 12mm; }
.cover table.facts { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
.cover table.facts th { width: 32mm; text-align: left; color: #5b6472; font-weight: 400; padding: 2.2mm 0; border-bottom: 0.5pt solid #d5dae1; vertical-align: top; }
.cover table.facts td { padding: 2.2mm 0; border-bottom: 0.5pt solid #d5dae1; vertical-align: top; }
.cover .amount { font-size: 14pt; font-weight: 700; }
.cover .note { margin-top: auto; font-size: 8.5pt; color: #5b6472; border-top: 0.5pt solid #d5dae1; padding-top: 3mm; text-align: left; }

/* Table of contents */
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { display: flex; align-items: baseline; gap: 2mm; padding: 1.6mm 0; font-size: 11pt; }
.toc li.sub { padding-left: 8mm; font-size: 10pt; color: #3b4452; }
.toc .label { flex: none; max-width: 140mm; }
.toc .dots { flex: 1 1 auto; border-bottom: 0.8pt dotted #8b93a0; transform: translateY(-1mm); }
/* An empty link box whose bottom edge is the row's baseline (a flex item without text gets its
   baseline from its bottom edge); the printer draws the page number there. */
.toc .page { flex: none; width: 10mm; height: 1em; display: block; }

/* Tables */
table { width: 100%; border-collapse: collapse; font-size: 9pt; line-height: 1.5; table-layout: fixed; text-align: left; }
th, td { border: 0.5pt solid #c9cfd8; padding: 1.4mm 2mm; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef1f5; font-weight: 700; color: #1f2a3a; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
table.kv th { width: 34mm; background: #f5f7fa; font-weight: 400; color: #3b4452; }
table.inventory tbody { break-inside: avoid; }
table.inventory tr.hashrow td { border-top: none; background: #fafbfc; }
table.inventory tr.main td { border-bottom: none; }

/* Boxes and chips */
.box { border: 0.6pt solid #c9cfd8; border-radius: 1.5mm; padding: 3mm 4mm; margin: 3mm 0; break-inside: avoid; }
.box.notice { border-color: #c28a16; background: #fff8e6; font-size: 9pt; text-align: left; }
.box.key { background: #f3f6fa; }
.quote { border-left: 1.5pt solid #8b93a0; padding: 1mm 0 1mm 4mm; margin: 2mm 0 3mm; color: #2b3340; white-space: pre-wrap; }
.chip { display: inline-block; font-size: 8pt; line-height: 1.3; padding: 0.5mm 2mm; border-radius: 1mm; border: 0.5pt solid #8b93a0; margin-right: 1.5mm; white-space: nowrap; }
.chip.strong { background: #fde8e8; border-color: #c0392b; color: #8e1f14; }
.chip.moderate { background: #fff1dc; border-color: #d68910; color: #7d4e05; }
.chip.weak { background: #eef3fb; border-color: #5d7fb5; color: #274a80; }
.chip.info { background: #f2f3f5; border-color: #9aa1ab; color: #4a515c; }
.chip.confirmed { background: #e8f6ee; border-color: #2e8b57; color: #1d5e39; }
.chip.withdrawn { background: #f2f3f5; border-color: #9aa1ab; color: #4a515c; }

/* Timeline */
ol.timeline { list-style: none; margin: 0; padding: 0; }
ol.timeline li { display: grid; grid-template-columns: 36mm 1fr; gap: 4mm; padding: 1.8mm 0; border-bottom: 0.4pt solid #e3e6eb; break-inside: avoid; }
ol.timeline .when { font-family: var(--sans); font-size: 9pt; color: #3b4452; font-variant-numeric: tabular-nums; }
ol.timeline .what { min-width: 0; }

/* Figures */
figure { margin: 3mm 0; break-inside: avoid; text-align: center; }
figure img { max-width: 100%; max-height: 105mm; object-fit: contain; border: 0.5pt solid #c9cfd8; background: #fff; }
figcaption { font-size: 8.5pt; color: #3b4452; margin-top: 1.2mm; text-align: center; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; break-inside: avoid; margin: 3mm 0; }
.pair figure { margin: 0; }
.pair img { max-height: 75mm; }
.finding { border: 0.6pt solid #c9cfd8; border-radius: 1.5mm; padding: 3mm 4mm; margin: 4mm 0; }
.finding .lead { break-inside: avoid; }
.finding .head { display: flex; align-items: center; flex-wrap: wrap; gap: 1mm; margin-bottom: 2mm; }
.finding .head .name { font-family: var(--sans); font-weight: 700; font-size: 10.5pt; margin-right: 2mm; }
.finding table.kv { margin-top: 2mm; font-size: 8pt; }
.photo-row { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; break-inside: avoid; margin: 0 0 5mm; }
.photo { margin: 0; }
.photo .frame { height: 80mm; display: flex; align-items: center; justify-content: center; background: #f5f7fa; border: 0.5pt solid #c9cfd8; }
.photo .frame img { max-width: 100%; max-height: 100%; border: none; }
.photo figcaption { text-align: left; font-size: 8pt; line-height: 1.45; margin-top: 1.5mm; }
.photo figcaption .name { font-weight: 700; font-size: 9pt; }
.photo .hash { font-size: 7pt; }
.frames { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
.frames figure { margin: 0; }
.frames img { max-height: 40mm; }

/* Documents */
.document h2 { margin-top: 0; }
/* Left-aligned: a justified line before an unbreakable-looking hash would spread its characters apart. */
.document .body p { margin: 0 0 2mm; line-height: 1.8; text-align: left; }
.document .body h3 { margin: 5mm 0 1.5mm; }
.document.first { break-before: auto; margin-top: 8mm; }
.details-caption { font-size: 8pt; color: #5b6472; margin: 2mm 0 0; }
`;
