/**
 * Times the case-file export for a case with 20 buyer photos and a packing video with 12
 * keyframes, against baselines measured in the same run:
 *  - PDF: our build (print-size pictures + HTML render + font subsets + one Chromium print
 *    pass + TOC page numbers and bookmarks written with pdf-lib) vs Chromium printing one static
 *    HTML page with the same 32 images (same browser, so neither side pays the launch). Both
 *    PDFs show all 20 photos (ours in its evidence-images chapter) and all 12 keyframes.
 *    Target ratio ≤ 1.5. Also set beside the same page printed by Chromium's command line
 *    (`--print-to-pdf`, its launch included, as the `zip` command below), against ours both
 *    warm (the server's shared browser) and cold (launching its own).
 *  - ZIP: our streamed, hashed, fsynced bundle vs the `zip` CLI on the same files (stored,
 *    as ours, and with its default deflate).
 * Then one traced print of each page shows where Chromium's own time goes (layout passes,
 * text shaping, PDF stream compression, text drawing), summed from Chromium's trace events.
 * Prints the median of RUNS runs (after one uncounted warm-up run) in milliseconds. Run: npm run bench:export
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openBenchDatabase } from "./open-bench-database";
import { pathToFileURL } from "node:url";

const RUNS = 3;
const dir = openBenchDatabase("export");

// Imported after DATABASE_URL is set: the client binds to it on load.
const { createHash } = await import("node:crypto");
const sharp = (await import("sharp")).default;
const { db } = await import("@/lib/db/prisma");
const { signUpMerchant } = await import("@/lib/auth/sign-up-merchant");
const { createStore } = await import("@/lib/stores/create-store");
const { createDispute } = await import("@/lib/disputes/create-dispute");
const { renderForgedPhoto } = await import("@/lib/demo/render-demo-photo");
const { blobPath, derivedPath } = await import("@/lib/evidence/resolve-store-paths");
const { loadCaseFileData } = await import("@/lib/export/load-case-file-data");
const { getDisputeLegalAssessment } = await import("@/lib/legal/get-dispute-legal-assessment");
const { listDocumentsForExport } = await import("@/lib/documents/list-documents-for-export");
const { caseFileFormat } = await import("@/lib/export/case-file-format");
const { printCaseFilePdf } = await import("@/lib/export/print-case-file-pdf");
const { preparePrintPictures } = await import("@/lib/export/prepare-print-pictures");
const { renderCaseFileHtml } = await import("@/lib/export/render-case-file-html");
const { chromiumExecutable, launchChromium } = await import("@/lib/export/launch-chromium");
const { subsetCaseFileFonts } = await import("@/lib/export/subset-case-file-fonts");
const { buildBundleContents } = await import("@/lib/export/build-bundle-contents");
const { writeZipAtomically } = await import("@/lib/export/write-zip-atomically");
const { traceChromiumPrint } = await import("./trace-chromium-print");

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
function put(file: string, bytes: Buffer) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
}

const { userId, organizationId } = await signUpMerchant({ name: "店主", email: "bench@example.test", password: "password-123", merchantName: "基准测试商家" }, new Headers());
const ctx = { userId, userName: "店主", email: "bench@example.test", organizationId, organizationName: "基准测试商家", role: "owner" as const };
const store = await createStore(ctx, { platform: "TAOBAO", name: "基准店" });
const dispute = await createDispute(ctx, {
  storeId: store.id,
  orderNo: "TB-BENCH-0001",
  trackingNo: "SF0000000000001",
  orderAmount: "89.00",
  claimedAmount: "89.00",
  claimFiledAt: "2026-11-20T10:00",
  reason: "damaged",
  claimText: "杯子有裂纹。",
});

// 20 realistic photos (the demo renderer: product shot with painted damage) as evidence.
const images: string[] = [];
const products = ["mug", "socks", "duck"] as const;
for (let i = 0; i < 20; i++) {
  const bytes = await renderForgedPhoto(products[i % 3], 100 + i);
  const hash = sha(bytes);
  put(blobPath(hash), bytes);
  images.push(blobPath(hash));
  const meta = await sharp(bytes).metadata();
  await db.blob.upsert({ where: { sha256: hash }, create: { sha256: hash, sizeBytes: BigInt(bytes.length), mimeType: "image/jpeg" }, update: {} });
  await db.evidence.create({
    data: { organizationId, disputeId: dispute.id, kind: "BUYER_PHOTO", sha256: hash, originalName: `买家图片-${i + 1}.jpg`, mimeType: "image/jpeg", sizeBytes: BigInt(bytes.length), width: meta.width, height: meta.height, uploadedById: userId },
  });
}
// A packing video (bytes need not decode for the PDF) with 12 keyframes.
const video = Buffer.from(`bench video ${Date.now()}`.repeat(10_000));
const videoSha = sha(video);
put(blobPath(videoSha), video);
await db.blob.create({ data: { sha256: videoSha, sizeBytes: BigInt(video.length), mimeType: "video/mp4" } });
const videoRow = await db.evidence.create({
  data: { organizationId, disputeId: dispute.id, kind: "PACKING_VIDEO", sha256: videoSha, originalName: "SF0000000000001.mp4", mimeType: "video/mp4", sizeBytes: BigInt(video.length), uploadedById: userId },
});
const keyframes = [];
for (let i = 0; i < 12; i++) {
  const frame = await sharp({ create: { width: 640, height: 360, channels: 3, background: { r: 20 * i, g: 120, b: 200 - 10 * i } } })
    .composite([{ input: Buffer.from(`<svg width="640" height="360"><text x="20" y="340" font-size="28" fill="white">SF0000000000001 00:00:${String(i * 2).padStart(2, "0")}</text></svg>`) }])
    .jpeg({ quality: 85 })
    .toBuffer();
  const hash = sha(frame);
  put(derivedPath(hash, "jpg"), frame);
  images.push(derivedPath(hash, "jpg"));
  keyframes.push({ sha256: hash, timeMs: i * 2000 });
}
await db.videoProbe.create({
  data: { evidenceId: videoRow.id, organizationId, durationMs: 24_000, codec: "h264", width: 640, height: 360, rawJson: "{}", keyframesJson: JSON.stringify(keyframes) },
});

const data = await loadCaseFileData(ctx, dispute.id);
const format = caseFileFormat("zh-CN");
const browser = await launchChromium();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const staticHtml = path.join(dir, "static.html");
fs.writeFileSync(
  staticHtml,
  `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>@page{size:A4}img{max-width:100%;max-height:105mm;display:block;margin:4mm auto}</style><body>` +
    images.map((file) => `<img src="${pathToFileURL(file).href}">`).join("") +
    `</body></html>`,
);

// Second baseline: the finished case-file document itself (same text, same fonts, same
// pictures) saved as static HTML and printed by Chromium the way ours is. It shows how much
// of our time is Chromium printing this document and how much is our own work around it.
// What a real export prints: the legal analysis and every document marked for export.
const caseFile = {
  data,
  assessment: await getDisputeLegalAssessment(ctx, dispute.id),
  documents: await listDocumentsForExport(ctx, dispute.id, "zh-CN"),
  exportId: "bench",
  createdAt: new Date(),
  preparedBy: "店主",
};
const documentHtml = path.join(dir, "document.html");
const documentFiles = path.join(dir, "document-files");
fs.mkdirSync(documentFiles);
const documentPictures = await preparePrintPictures(data.evidence, documentFiles);
const renderedDocument = renderCaseFileHtml({ ...caseFile, pictures: documentPictures }, format, { header: "bench", fontDir: documentFiles });
await subsetCaseFileFonts(renderedDocument.html, documentFiles);
fs.writeFileSync(documentHtml, renderedDocument.html);

// The command line prints on its default paper size: the page asks for A4 (the Playwright
// baseline passes A4 itself and ignores the page's size).
const CLI_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-background-networking", "--disable-component-update"];
const staticPdfOptions = { format: "A4", printBackground: true };
const documentPdfOptions = { printBackground: true, preferCSSPageSize: true };
const ours: number[] = [];
const baseline: number[] = [];
const documentBaseline: number[] = [];
const oursCold: number[] = [];
const cliBaseline: number[] = [];
const pdfPath = path.join(dir, "ours.pdf");
// Run 0 warms up (JIT, Chromium's caches) for every contender and is not counted.
for (let run = 0; run <= RUNS; run++) {
  const record = (list: number[], value: number) => run > 0 && list.push(value);
  record(ours, 
    await time(() =>
      printCaseFilePdf({
        caseFile,
        format,
        header: "bench",
        target: pdfPath,
        browser,
      }),
    ),
  );
  record(
    baseline,
    await time(async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(pathToFileURL(staticHtml).href, { waitUntil: "load" });
      await page.pdf({ path: path.join(dir, "static.pdf"), ...staticPdfOptions });
      await context.close();
    }),
  );
  record(
    documentBaseline,
    await time(async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(pathToFileURL(documentHtml).href, { waitUntil: "load" });
      await page.evaluate(() => Promise.allSettled([...document.fonts].map((face) => face.load())));
      await page.pdf({ path: path.join(dir, "document.pdf"), ...documentPdfOptions });
      await context.close();
    }),
  );
  // Cold: the first export after the shared browser closed when idle launches it, so it is
  // set beside the Chromium command line printing the image page (its own launch included),
  // the way the ZIP is set beside the `zip` command. The export does not wait for the
  // browser to close (that happens once it has been idle), so the close is not timed.
  let cold: ReturnType<typeof launchChromium> | undefined;
  try {
    record(oursCold, await time(() => printCaseFilePdf({ caseFile, format, header: "bench", target: pdfPath, browser: (cold = launchChromium()) })));
  } finally {
    await (await cold)?.close();
  }
  record(
    cliBaseline,
    await time(async () =>
      execFileSync(chromiumExecutable(), [...CLI_FLAGS, `--print-to-pdf=${path.join(dir, "static-cli.pdf")}`, pathToFileURL(staticHtml).href], { stdio: "pipe" }),
    ),
  );
}
// One traced print of each page (not counted above): where Chromium's own time goes.
const documentTrace = await traceChromiumPrint(browser, documentHtml, documentPdfOptions);
const staticTrace = await traceChromiumPrint(browser, staticHtml, staticPdfOptions);
await browser.close();

const pdfStat = fs.statSync(pdfPath);
const pdfSha = sha(fs.readFileSync(pdfPath));
const { entries } = buildBundleContents({ data, exportId: "bench", createdAt: new Date(), locale: "zh-CN", pdf: { file: pdfPath, sha256: pdfSha, sizeBytes: pdfStat.size, pages: 1 } });
const zipOurs: number[] = [];
const zipStored: number[] = [];
const zipDeflate: number[] = [];
const files = entries.flatMap((entry) => ("file" in entry ? [entry.file] : []));
for (let run = 0; run <= RUNS; run++) {
  const record = (list: number[], value: number) => run > 0 && list.push(value);
  record(zipOurs, await time(() => writeZipAtomically(path.join(dir, `ours-${run}.zip`), entries, new Date())));
  record(zipStored, await time(async () => execFileSync("zip", ["-q", "-0", "-j", path.join(dir, `cli0-${run}.zip`), ...files])));
  record(zipDeflate, await time(async () => execFileSync("zip", ["-q", "-j", path.join(dir, `cli-${run}.zip`), ...files])));
}

const totalBytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
const ms = (value: number) => `${value.toFixed(0)} ms`;
// Like for like: both PDFs must carry the same pictures.
const imagesIn = (file: string) => execFileSync("pdfimages", ["-list", file]).toString().split("\n").slice(2).filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line)).length;
const pagesIn = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())?.[1]);
console.log(`Case with 20 photos + 12 keyframes; PDF ${(pdfStat.size / 1e6).toFixed(1)} MB; bundle input ${(totalBytes / 1e6).toFixed(1)} MB; median of ${RUNS} runs`);
console.log(`PDF  ours (pictures + render + font subsets + 1 print pass + TOC numbers and bookmarks): ${ms(median(ours))}  [runs: ${ours.map(ms).join(", ")}]`);
console.log(`PDF  baseline (Chromium prints static HTML, same images): ${ms(median(baseline))}  [runs: ${baseline.map(ms).join(", ")}]`);
console.log(`PDF  images embedded: ours ${imagesIn(pdfPath)} on ${pagesIn(pdfPath)} pages, baseline ${imagesIn(path.join(dir, "static.pdf"))} on ${pagesIn(path.join(dir, "static.pdf"))} pages`);
console.log(`PDF  ratio ours/baseline: ${(median(ours) / median(baseline)).toFixed(2)} (target ≤ 1.5)`);
console.log(`PDF  baseline 2 (Chromium prints the same case-file document saved as static HTML): ${ms(median(documentBaseline))}  [runs: ${documentBaseline.map(ms).join(", ")}]`);
console.log(`PDF  ratio ours/baseline 2: ${(median(ours) / median(documentBaseline)).toFixed(2)}`);
// The lowest ratio any pipeline printing this document could reach against the image-only page.
console.log(`PDF  ratio baseline 2/baseline (Chromium alone, this document vs the images only): ${(median(documentBaseline) / median(baseline)).toFixed(2)}`);
console.log(`PDF  cold: ours launching Chromium (the first export after the shared one closed when idle; its later close not timed): ${ms(median(oursCold))}  [runs: ${oursCold.map(ms).join(", ")}]`);
console.log(`PDF  baseline 3 (Chromium's command line prints the static image page, launch included, as \`zip\` below): ${ms(median(cliBaseline))}  [runs: ${cliBaseline.map(ms).join(", ")}]; images ${imagesIn(path.join(dir, "static-cli.pdf"))} on ${pagesIn(path.join(dir, "static-cli.pdf"))} pages`);
console.log(`PDF  ratio ours/baseline 3: ${(median(ours) / median(cliBaseline)).toFixed(2)} (warm, as the server prints); cold ours/baseline 3: ${(median(oursCold) / median(cliBaseline)).toFixed(2)}`);
for (const [label, trace] of [["case-file document", documentTrace], ["image page", staticTrace]] as const) {
  console.log(
    `PDF  inside Chromium's print of the ${label} (one traced run): print ${ms(trace.printMs)}; layout ${ms(trace.layoutMs)} in ${trace.layoutPasses} full passes (text shaping ${ms(trace.shapingMs)}); ` +
      `PDF stream compression ${ms(trace.compressMs)}; text drawing ${ms(trace.drawTextMs)}`,
  );
}
console.log(`ZIP  ours (streamed, hashed, fsynced): ${ms(median(zipOurs))}`);
console.log(`ZIP  zip -0 (stored, as ours): ${ms(median(zipStored))}  ratio ${(median(zipOurs) / median(zipStored)).toFixed(2)}`);
console.log(`ZIP  zip (default deflate): ${ms(median(zipDeflate))}  ratio ${(median(zipOurs) / median(zipDeflate)).toFixed(2)}`);
fs.rmSync(dir, { recursive: true, force: true });
