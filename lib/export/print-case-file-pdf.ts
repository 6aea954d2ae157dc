import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { tempDir } from "@/lib/evidence/resolve-store-paths";
import type { CaseFileFormat } from "./case-file-format";
import { preparePrintPictures } from "./prepare-print-pictures";
import { renderCaseFileHtml, type CaseFileInput } from "./render-case-file-html";
import { finishCaseFilePdf } from "./finish-case-file-pdf";
import { withSharedChromium } from "./shared-chromium";
import { NUMERALS_FILE, subsetCaseFileFonts } from "./subset-case-file-fonts";

export interface PrintOptions {
  caseFile: Omit<CaseFileInput, "pictures">;
  format: CaseFileFormat;
  /** Running header, e.g. order number and export id. */
  header: string;
  /** Where the finished PDF goes (the caller owns the file from then on). */
  target: string;
  /** A browser to print with, running or launching (the benchmark); otherwise the server's shared one. */
  browser?: Browser | Promise<Browser>;
}

/**
 * Prints the case file with one Chromium pass: pictures are prepared at print size, the
 * document's typefaces are cut down to its characters while Chromium opens a page, the HTML
 * is loaded from a temp file (images and fonts come from disk as file:// URLs, no base64
 * copies; JavaScript off), printed, and the table of contents gets its page numbers and the
 * PDF its bookmarks from the PDF's own link destinations. Temp files are removed whatever
 * happens. All of the document is prepared before the browser is awaited: a browser being
 * launched (the first export after the shared one closed when idle) starts meanwhile.
 */
export async function printCaseFilePdf(options: PrintOptions): Promise<{ pageCount: number }> {
  return options.browser ? print(options, options.browser) : withSharedChromium((browser) => print(options, browser));
}

async function print(options: PrintOptions, browser: Browser | Promise<Browser>): Promise<{ pageCount: number }> {
  const { format, target } = options;
  await mkdir(tempDir(), { recursive: true });
  const stem = path.join(tempDir(), `case-file-${randomUUID()}`);
  const htmlPath = `${stem}.html`;
  const workDir = `${stem}-files`;
  try {
    await mkdir(workDir);
    const pictures = await preparePrintPictures(options.caseFile.data.evidence, workDir);
    const rendered = renderCaseFileHtml({ ...options.caseFile, pictures }, format, { header: options.header, fontDir: workDir });
    await writeFile(htmlPath, rendered.html);
    // Cut while Chromium opens the page; the fonts are first read when they are loaded below.
    const fonts = subsetCaseFileFonts(rendered.html, workDir);
    // Without a browser the cuts still finish before their folder is removed below.
    const context = await Promise.resolve(browser)
      .then((ready) => ready.newContext({ javaScriptEnabled: false }))
      .catch(async (error: unknown) => {
        await fonts;
        throw error;
      });
    let printed: Buffer;
    let closed: Promise<void>;
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(htmlPath).href, { waitUntil: "load" });
      await fonts;
      // The load event does not wait for fonts the page has not used yet (it shows nothing on
      // screen); loading every declared face first means none is missing from the print.
      await page.evaluate(() => Promise.allSettled([...document.fonts].map((face) => face.load())));
      printed = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    } finally {
      // Chromium tears the context down while the PDF is finished here; a failure to close
      // cannot spoil a PDF already printed.
      closed = context.close().catch(() => undefined);
      await fonts;
    }
    const numeralFont = await readFile(path.join(workDir, NUMERALS_FILE)).catch(() => undefined);
    const finished = await finishCaseFilePdf(printed, rendered.toc, rendered.tocSlots, numeralFont).finally(() => closed);
    await writeFile(target, finished.pdf);
    return { pageCount: finished.pageCount };
  } finally {
    await rm(htmlPath, { force: true });
    await rm(workDir, { recursive: true, force: true });
  }
}
