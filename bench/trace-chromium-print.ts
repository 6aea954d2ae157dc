import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Where Chromium's renderer spends a print, in milliseconds, from its own trace. */
export interface PrintTrace {
  /** Wall time of page.pdf() (tracing included, so a little above an untraced print). */
  printMs: number;
  layoutMs: number;
  /** Full layouts of the page (each over 5 ms): Chromium lays a page out once to count its pages and again to print them. */
  layoutPasses: number;
  shapingMs: number;
  /** Deflating the PDF's streams (Skia compresses every content stream and every Type 3 glyph separately). */
  compressMs: number;
  drawTextMs: number;
}

/**
 * Prints `htmlFile` once with `pdfOptions` (JavaScript off, every font loaded) with
 * Chromium's tracing on, and sums the renderer's main-thread events
 * that make up a print. For the benchmark's breakdown only: it explains the figures, it is
 * not one of them.
 */
export async function traceChromiumPrint(browser: Browser, htmlFile: string, pdfOptions: Parameters<Page["pdf"]>[0]): Promise<PrintTrace> {
  const traceFile = path.join(os.tmpdir(), `refundproof-print-trace-${process.pid}.json`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load" });
    await page.evaluate(() => Promise.allSettled([...document.fonts].map((face) => face.load())));
    await browser.startTracing(page, { path: traceFile, categories: ["blink", "disabled-by-default-skia"] });
    const start = performance.now();
    await page.pdf(pdfOptions);
    const printMs = performance.now() - start;
    await browser.stopTracing();
    const { traceEvents } = JSON.parse(await readFile(traceFile, "utf8")) as { traceEvents: TraceEvent[] };
    const renderer = new Set(traceEvents.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
    const onRenderer = traceEvents.filter((e) => e.ph === "X" && renderer.has(`${e.pid}:${e.tid}`));
    const sum = (match: (name: string) => boolean) => onRenderer.filter((e) => match(e.name)).reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
    return {
      printMs,
      layoutMs: sum((name) => name === "LocalFrameView::layout"),
      layoutPasses: onRenderer.filter((e) => e.name === "LocalFrameView::layout" && (e.dur ?? 0) > 5000).length,
      shapingMs: sum((name) => name === "InlineNode::ShapeTextIncludingFirstLine"),
      compressMs: sum((name) => name.includes("SkDeflateWStream::")),
      drawTextMs: sum((name) => name.includes("SkCanvas::drawTextBlob")),
    };
  } finally {
    await context.close();
    await rm(traceFile, { force: true });
  }
}
