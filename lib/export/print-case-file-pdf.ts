import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { tempDir } from "@/lib/evidence/resolve-store-paths";
import type { CaseFileFormat } from "./case-file-format";
import { launchChromium } from "./launch-chromium";
import { preparePrintPictures } from "./prepare-print-pictures";
import { renderCaseFileHtml, type CaseFileInput } from "./render-case-file-html";
import { html } from "./safe-html";
import { stampTocPageNumbers } from "./stamp-toc-page-numbers";

export interface PrintOptions {
  caseFile: Omit<CaseFileInput, "pictures">;
  format: CaseFileFormat;
  /** Running header, e.g. order number and export id. */
  header: string;
  /** Where the finished PDF goes (the caller owns the file from then on). */
  target: string;
  /** Reuse a running browser (the benchmark); otherwise one is launched and closed. */
  browser?: Browser;
}

const MARGIN = { top: "20mm", bottom: "18mm", left: "18mm", right: "18mm" };

/**
 * Prints the case file with one Chromium pass: pictures are prepared at print size, the
 * HTML is loaded from a temp file (so images come from disk as file:// URLs, no base64
 * copies; JavaScript off), printed with bookmarks, and the table of contents gets its page
 * numbers written in from the PDF's own link destinations. Temp files are removed whatever
 * happens.
 */
export async function printCaseFilePdf(options: PrintOptions): Promise<{ pageCount: number }> {
  const { format, target } = options;
  await mkdir(tempDir(), { recursive: true });
  const stem = path.join(tempDir(), `case-file-${randomUUID()}`);
  const htmlPath = `${stem}.html`;
  const picturesDir = `${stem}-pictures`;
  const browser = options.browser ?? (await launchChromium());
  try {
    const pictures = await preparePrintPictures(options.caseFile.data.evidence, picturesDir);
    const rendered = renderCaseFileHtml({ ...options.caseFile, pictures }, format);
    await writeFile(htmlPath, rendered.html);
    const context = await browser.newContext({ javaScriptEnabled: false });
    let printed: Buffer;
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(htmlPath).href, { waitUntil: "load" });
      printed = await page.pdf({
        format: "A4",
        margin: MARGIN,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(options.header),
        footerTemplate: footerTemplate(format),
        // Chromium writes the bookmarks (outline) only into a tagged PDF.
        outline: true,
        tagged: true,
      });
    } finally {
      await context.close();
    }
    const stamped = await stampTocPageNumbers(printed, rendered.tocSlots);
    await writeFile(target, stamped.pdf);
    return { pageCount: stamped.pageCount };
  } finally {
    if (!options.browser) await browser.close();
    await rm(htmlPath, { force: true });
    await rm(picturesDir, { recursive: true, force: true });
  }
}

// Chromium renders these templates in the page margins with their own default font size of
// 0, so every size and font is spelled out. The page-number spans are filled in by Chromium.
function headerTemplate(text: string): string {
  return html`<div style="width:100%;padding:0 18mm;font-family:'Noto Sans CJK SC',sans-serif;font-size:7.5pt;color:#6b7380;display:flex;justify-content:space-between;gap:6mm">
    <span style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${text}</span><span style="white-space:nowrap">RefundProof</span></div>`.value;
}

function footerTemplate(format: CaseFileFormat): string {
  const [before, middle, after] = format.t("pdf.pageOf", { page: "\u0000", total: "\u0000" }).split("\u0000");
  return html`<div style="width:100%;text-align:center;font-family:'Noto Sans CJK SC',sans-serif;font-size:8pt;color:#3b4452">${before}<span class="pageNumber"></span>${middle}<span class="totalPages"></span>${after}</div>`.value;
}
