import { execFile } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from "pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZipFile } from "yazl";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { createDispute } from "@/lib/disputes/create-dispute";
import { listDocumentsForExport } from "@/lib/documents/list-documents-for-export";
import { tempDir } from "@/lib/evidence/resolve-store-paths";
import { reviewFinding } from "@/lib/forensics/review-finding";
import { runJobsUntilIdle } from "@/lib/jobs/run-jobs-until-idle";
import { getDisputeLegalAssessment } from "@/lib/legal/get-dispute-legal-assessment";
import { requestTimestamp } from "@/lib/timestamps/request-timestamp";
import { startLocalTsa, type LocalTsa } from "@/test/local-tsa";
import { createMerchant } from "@/test/factories";
import { dataDir } from "@/lib/config/data-dir";
import { createCaseExport } from "./create-case-export";
import { caseFileFormat } from "./case-file-format";
import { exportZipPath } from "./export-paths";
import { launchChromium } from "./launch-chromium";
import { loadCaseFileData } from "./load-case-file-data";
import { listCaseExports } from "./list-case-exports";
import { openCaseExportPdf, openCaseExportZip } from "./open-case-export";
import { groupFindingEvidence, imageUrl } from "./case-file-parts";
import { printCaseFilePdf } from "./print-case-file-pdf";
import { renderFindingsSection } from "./render-findings-section";
import { openEntryStream, openZip, zipEntries } from "./read-zip";
import type { CaseExportView } from "./to-case-export-view";

const run = promisify(execFile);
let owner: SessionContext;
let disputeId: string;
let tsa: LocalTsa;
let work: string;
let exported: CaseExportView;
let pdfFile: string;
let pdfText: string;
/** What the first export attempt met, before anyone had reviewed the findings. */
let refusedBeforeReview: { error: unknown; rowsAfter: number; filesAfter: string[] };
let confirmedIds: string[];
let rejectedId: string;

/** Rewrites a ZIP entry by entry, letting `change` replace or drop entries (null = drop). */
async function rewriteZip(source: string, target: string, change: (name: string, data: Buffer) => Buffer | null) {
  const zip = await openZip(source);
  const out = new ZipFile();
  const done = pipeline(out.outputStream, createWriteStream(target));
  for await (const entry of zipEntries(zip)) {
    const chunks: Buffer[] = [];
    for await (const chunk of await openEntryStream(zip, entry)) chunks.push(chunk as Buffer);
    const data = change(entry.fileName, Buffer.concat(chunks));
    if (data) out.addBuffer(data, entry.fileName);
  }
  zip.close();
  out.end();
  await done;
}

async function verifyCli(file: string) {
  return run("npx", ["tsx", "scripts/verify-bundle.ts", file]).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

async function extractPdf(ctx: SessionContext, exportId: string, name: string): Promise<{ file: string; text: string }> {
  const reply = await openCaseExportPdf(ctx, exportId);
  const file = path.join(work, name);
  await writeFile(file, Buffer.from(await new Response(reply.body).arrayBuffer()));
  const { stdout } = await run("pdftotext", ["-enc", "UTF-8", file, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return { file, text: stdout };
}

/** Every word poppler finds on the PDF's pages, with its box's width in points. */
async function wordBoxes(file: string): Promise<{ text: string; width: number }[]> {
  const { stdout } = await run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(([, x0, x1, text]) => ({
    text,
    width: Number(x1) - Number(x0),
  }));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "export-test-"));
  await seedDemoData();
  await runJobsUntilIdle();
  const user = await db.user.findUniqueOrThrow({ where: { email: "owner@demo.refundproof.cn" } });
  const member = await db.member.findFirstOrThrow({ where: { userId: user.id }, include: { organization: true } });
  owner = { userId: user.id, userName: user.name, email: user.email, organizationId: member.organizationId, organizationName: member.organization.name, role: "owner" };
  const dispute = await db.dispute.findFirstOrThrow({ where: { organizationId: owner.organizationId, order: { orderNo: "TB20261118001234" } } });
  disputeId = dispute.id;

  // A real RFC 3161 token for the buyer photo, from a local openssl TSA.
  tsa = await startLocalTsa();
  const photo = await db.evidence.findFirstOrThrow({ where: { disputeId, kind: "BUYER_PHOTO" } });
  const issued = await requestTimestamp(tsa.url, photo.sha256);
  await db.timestampToken.create({
    data: { organizationId: owner.organizationId, sha256: photo.sha256, tsaUrl: tsa.url, tokenDer: issued.tokenDer, genTime: issued.genTime, serialNumber: issued.serialNumber, policyOid: issued.policyOid },
  });

  const rowsBefore = await db.caseExport.count();
  const error = await createCaseExport(owner, disputeId, { locale: "zh-CN" }).catch((reason: unknown) => reason);
  refusedBeforeReview = { error, rowsAfter: (await db.caseExport.count()) - rowsBefore, filesAfter: await readdir(path.join(dataDir(), "exports")).catch(() => []) };

  // The reviewer rejects the weakest finding and confirms the others.
  const pending = await db.finding.findMany({ where: { disputeId, review: "PENDING" }, orderBy: { createdAt: "asc" } });
  const rank = (strength: string) => ["strong", "moderate", "weak", "info"].indexOf(strength);
  const weakest = [...pending].sort((a, b) => rank(b.strength) - rank(a.strength))[0];
  rejectedId = weakest.id;
  await reviewFinding(owner, rejectedId, { decision: "REJECTED", note: "测试：此项不作为证据" });
  confirmedIds = pending.filter((f) => f.id !== rejectedId).map((f) => f.id);
  for (const id of confirmedIds) await reviewFinding(owner, id, { decision: "CONFIRMED", note: "" });

  exported = await createCaseExport(owner, disputeId, { locale: "zh-CN" });
  ({ file: pdfFile, text: pdfText } = await extractPdf(owner, exported.id, "case-file.pdf"));
}, 240_000);

afterAll(async () => {
  await tsa?.close();
});

describe("review before export", () => {
  it("refused the export while findings awaited review, and wrote nothing", () => {
    expect(refusedBeforeReview.error).toMatchObject({ code: "CONFLICT", messageKey: "exportAwaitingReview", values: { count: confirmedIds.length + 1 } });
    expect(refusedBeforeReview.rowsAfter).toBe(0);
    expect(refusedBeforeReview.filesAfter).toEqual([]);
  });

  it("carries the confirmed findings with their reviewer and leaves the rejected one out", async () => {
    expect(confirmedIds.length).toBeGreaterThan(0);
    const row = await db.caseExport.findUniqueOrThrow({ where: { id: exported.id } });
    expect(JSON.parse(row.contentsJson).findingIds.sort()).toEqual([...confirmedIds].sort());
    expect(pdfText).toContain(`已人工复核确认（${owner.userName}`);
    expect(pdfText).not.toContain("待人工复核");
    expect(pdfText).not.toContain("测试：此项不作为证据");
  });
});

describe("case-file PDF of the seeded demo case", () => {
  it("contains the order number, the amount, every evidence hash and the legal basis lines", async () => {
    expect(pdfText).toContain("TB20261118001234");
    expect(pdfText).toContain("¥89.00");
    const row = await db.caseExport.findUniqueOrThrow({ where: { id: exported.id } });
    const evidence = await db.evidence.findMany({ where: { id: { in: JSON.parse(row.contentsJson).evidenceIds } } });
    // The buyer photo, the listing photo and the packing video at least.
    expect(evidence.length).toBeGreaterThanOrEqual(3);
    expect(evidence.map((item) => item.kind)).toEqual(expect.arrayContaining(["BUYER_PHOTO", "REFERENCE_PHOTO", "PACKING_VIDEO"]));
    for (const item of evidence) expect(pdfText).toContain(item.sha256);
    expect(pdfText).toContain("第一百四十八条");
    expect(pdfText.replace(/\s+/g, "")).toContain("《中华人民共和国民法典》第一百四十八条（2020年通过，2021-01-01起施行）");
    expect(pdfText).not.toMatch(/\d{4}-(?:revision|amendment|enactment|issue|interpretation)/);
    expect(pdfText).toContain("中华人民共和国民法典");
    expect(pdfText).toContain("不构成法律意见");
    expect(pdfText).toMatch(/第 1 页 \/ 共 \d+ 页/);
    expect(pdfText).toContain("RFC 3161 时间戳，由");
  });

  it("has a page count within bounds, matching the export row, and no blank page", async () => {
    const { stdout } = await run("pdfinfo", [pdfFile]);
    const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
    expect(pages).toBe(exported.pdfPages);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(60);

    const prefix = path.join(work, "page");
    const rendered = await run("pdftoppm", ["-r", "30", "-gray", "-png", pdfFile, prefix]);
    // The reader found nothing to complain about (a malformed embedded font shows here first).
    expect(rendered.stderr).toBe("");
    const images = (await readdir(work)).filter((name) => name.startsWith("page-") && name.endsWith(".png"));
    expect(images).toHaveLength(pages);
    for (const name of images) {
      const { channels } = await sharp(path.join(work, name)).stats();
      // A blank page is uniformly white: standard deviation ~0. Text or pictures raise it.
      expect(channels[0].stdev, name).toBeGreaterThan(5);
    }
  });

  it("lists the table of contents with the pages the chapters really start on", async () => {
    const pages = pdfText.split("\f");
    const { stdout: toc } = await run("pdftotext", ["-layout", "-enc", "UTF-8", "-f", "2", "-l", "2", pdfFile, "-"]);
    for (const [chapter, title] of [["4", "证据清单"], ["5", "证据图片"], ["8", "法律分析"], ["9", "文书"]]) {
      const line = new RegExp(`^${chapter} +${title} +(\\d+)$`, "m").exec(toc);
      expect(line, title).not.toBeNull();
      const page = Number(line![1]);
      // The heading is on the page the TOC names, and on no page between the TOC and it.
      const heading = new RegExp(`^${chapter} +${title}$`, "m");
      expect(pages[page - 1], title).toMatch(heading);
      for (let index = 2; index < page - 1; index++) expect(pages[index], `${title} on page ${index + 1}`).not.toMatch(heading);
    }
  });

  it("shows every image of the case that is not withdrawn, with its name and hash, in the evidence-images chapter", async () => {
    const pages = pdfText.split("\f");
    const start = pages.findIndex((text, index) => index > 1 && /^5 +证据图片$/m.test(text));
    const end = pages.findIndex((text, index) => index > start && /^6 +取证分析$/m.test(text));
    expect(start).toBeGreaterThan(1);
    expect(end).toBeGreaterThan(start);
    // Hashes wrap inside the narrow captions; compare without the line breaks.
    const chapter = pages.slice(start, end).join("").replace(/\s+/g, "");
    // The buyer's photo and the product's listing photo; not the other order's photo a finding compares with.
    const { evidenceIds } = JSON.parse((await db.caseExport.findUniqueOrThrow({ where: { id: exported.id } })).contentsJson);
    const photos = await db.evidence.findMany({
      where: { id: { in: evidenceIds }, withdrawnAt: null, mimeType: { startsWith: "image/" }, OR: [{ disputeId }, { disputeId: null }] },
    });
    expect(photos.map((photo) => photo.kind)).toEqual(expect.arrayContaining(["BUYER_PHOTO", "REFERENCE_PHOTO"]));
    for (const photo of photos) {
      expect(chapter, photo.originalName).toContain(photo.originalName.replace(/\s+/g, ""));
      expect(chapter, photo.originalName).toContain(photo.sha256);
    }
    // And they are pictures, not only captions: one embedded image per photo on those pages.
    const { stdout } = await run("pdfimages", ["-list", "-f", String(start + 1), "-l", String(end), pdfFile]);
    const images = stdout.split("\n").slice(2).filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line));
    expect(images.length).toBeGreaterThanOrEqual(photos.length);
  });

  it("names a reused photo's other disputes by order number and the earlier photo by name, order and hash, beside the aligned pair", async () => {
    const reuse = await db.finding.findFirstOrThrow({ where: { disputeId, type: "reuse", review: "CONFIRMED" } });
    const otherDisputes = await db.dispute.findMany({ where: { id: { in: JSON.parse(reuse.detailsJson).disputeIds } }, include: { order: true } });
    const earlier = await db.evidence.findUniqueOrThrow({ where: { id: reuse.referenceEvidenceId! }, include: { dispute: { include: { order: true } } } });
    expect(otherDisputes.length).toBeGreaterThan(0);
    // The demo's photo is the earlier one re-encoded: its flat render scores below "strong" on
    // texture, but the hashes and the alignment together make it the same picture.
    expect(reuse.strength).toBe("strong");
    const pages = pdfText.split("\f");
    const start = pages.findIndex((text, index) => index > 1 && /^6 +取证分析$/m.test(text));
    const end = pages.findIndex((text, index) => index > start && /^7 +发货打包视频$/m.test(text));
    const chapter = pages.slice(start, end).join("").replace(/\s+/g, "");
    expect(chapter).toContain(`出现这张图片的其他纠纷（订单号）:${otherDisputes.map((d) => d.order.orderNo).join("、")}`);
    expect(chapter).toContain(`对比图片（订单${earlier.dispute!.order.orderNo}）：${earlier.originalName}SHA-256${earlier.sha256}`);
    expect(chapter).toContain("右为对齐到同一视角的另一纠纷中的图片");
  });

  it("draws the earlier photo itself in a reuse finding that has no aligned pair (one stored before reuse was aligned)", async () => {
    const data = await loadCaseFileData(owner, disputeId);
    const reuse = data.findings.find((finding) => finding.type === "reuse")!;
    const earlier = data.evidence.find((item) => item.id === reuse.referenceEvidenceId)!;
    const pictures = new Map(data.evidence.map((item) => [item.id, item.path]));
    const sectionOf = (findings: typeof data.findings) =>
      renderFindingsSection({ ...data, findings }, groupFindingEvidence({ ...data, findings }), pictures, caseFileFormat("zh-CN"), 6).value;
    const earlierPicture = `<img src="${imageUrl(earlier.path)}"`;
    // The listing photo is the pair above the findings; the aligned pair shows the earlier photo, so it is not drawn again.
    const derived = data.findings.find((finding) => finding.type === "derived_from_reference")!;
    expect(sectionOf([derived, reuse])).not.toContain(earlierPicture);
    const html = sectionOf([derived, { ...reuse, alignedPairPath: null, heatmapPath: null }]);
    expect(html.split(earlierPicture).length - 1).toBe(1);
    expect(html).toContain(`对比图片（订单 ${earlier.comparisonFrom!.orderNo}）：${earlier.originalName}`);
  });

  it("has bookmarks that open each chapter's page, documents folded under their chapter", async () => {
    const doc = await PDFDocument.load(await readFile(pdfFile));
    const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index]));
    const dests = doc.catalog.lookup(PDFName.of("Dests"), PDFDict);
    const items = (parent: PDFDict): PDFDict[] => {
      const list: PDFDict[] = [];
      for (let item = parent.lookupMaybe(PDFName.of("First"), PDFDict); item; item = item.lookupMaybe(PDFName.of("Next"), PDFDict)) list.push(item);
      return list;
    };
    const outlines = doc.catalog.lookup(PDFName.of("Outlines"), PDFDict);
    const chapters = items(outlines);
    expect(chapters.length).toBe(9);
    expect(outlines.lookup(PDFName.of("Count"), PDFNumber).asNumber()).toBe(9);
    const documents = items(chapters[8]);
    expect(documents.length).toBeGreaterThanOrEqual(1);
    for (const item of [...chapters, ...documents]) {
      const title = item.lookup(PDFName.of("Title"), PDFHexString).decodeText();
      const dest = item.lookup(PDFName.of("Dest"), PDFName);
      const page = pageIndex.get(String(dests.lookup(dest, PDFArray).get(0)));
      expect(page, title).toBeDefined();
      const { stdout } = await run("pdftotext", ["-enc", "UTF-8", "-f", String(page! + 1), "-l", String(page! + 1), pdfFile, "-"]);
      expect(stdout.replace(/\s+/g, " "), title).toContain(title);
    }
  });

  it("prints in the document's own cut-down typefaces, not whole system fonts", async () => {
    // Falling back to the installed Noto CJK fonts shows as ~200 Type 3 fonts (one per 256
    // glyph ids used) and a much slower print.
    const { stdout } = await run("pdffonts", [pdfFile]);
    const fonts = stdout.split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThanOrEqual(30);
    // Every font is embedded (archiving and court filing systems require it), the TOC page numbers' included.
    expect(fonts.filter((line) => line.split(/\s+/).at(-5) !== "yes")).toEqual([]);
    expect(fonts.some((line) => /^\S*DejaVuSans-\S*\s+CID TrueType\s/.test(line))).toBe(true);
  });
});

describe("ZIP bundle", () => {
  it("holds the PDF, the evidence, the timestamp token, the manifest, SHA256SUMS and a README that sha256sum and openssl accept", async () => {
    const dir = path.join(work, "unzipped");
    await run("unzip", ["-q", exportZipPath(exported.id), "-d", dir]);
    const { stdout } = await run("sha256sum", ["-c", "SHA256SUMS"], { cwd: dir });
    expect(stdout).toContain("case-file.pdf: OK");
    expect(stdout).not.toContain("FAILED");
    const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8"));
    expect(manifest.format).toBe("refundproof-case-bundle");
    expect(manifest.dispute.orderNo).toBe("TB20261118001234");
    const stamped = manifest.files.find((f: { kind: string; timestampToken?: string | null }) => f.kind === "evidence" && f.timestampToken);
    expect(stamped).toBeDefined();
    await run("openssl", ["ts", "-verify", "-digest", stamped.sha256, "-in", path.join(dir, stamped.timestampToken), "-token_in", "-CAfile", tsa.caFile, "-untrusted", tsa.tsaCertFile]);
    const readme = await readFile(path.join(dir, "README.txt"), "utf8");
    expect(readme).toContain("sha256sum -c SHA256SUMS");
    expect(readme).toContain("openssl ts -verify");
    expect(readme).toContain("如何核验");
    expect(readme).toContain("How to verify");
    // The archive's hash is the one recorded.
    const { stdout: zipSum } = await run("sha256sum", [exportZipPath(exported.id)]);
    expect(zipSum.split(" ")[0]).toBe(exported.sha256);
  });

  it("verify-bundle passes a fresh bundle, names a file changed by one byte, and reports a deleted one as missing", async () => {
    const fresh = await verifyCli(exportZipPath(exported.id));
    expect(fresh.code, fresh.output).toBe(0);

    const altered = path.join(work, "altered.zip");
    let target = "";
    await rewriteZip(exportZipPath(exported.id), altered, (name, data) => {
      if (!target && name.startsWith("evidence/") && name.endsWith(".jpg")) {
        target = name;
        const copy = Buffer.from(data);
        copy[Math.floor(copy.length / 2)] ^= 0x01;
        return copy;
      }
      return data;
    });
    const changed = await verifyCli(altered);
    expect(changed.code).toBe(1);
    expect(changed.output).toContain(`ALTERED: ${target}`);

    const removed = path.join(work, "removed.zip");
    await rewriteZip(exportZipPath(exported.id), removed, (name, data) => (name === target ? null : data));
    const missing = await verifyCli(removed);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain(`MISSING: ${target}`);

    const notZip = await verifyCli(pdfFile);
    expect(notZip.code).toBe(2);
    expect(notZip.output).toContain("not a readable ZIP");
  }, 60_000);
});

describe("export records", () => {
  it("logs the export with its hash in the audit chain and lists it on the dispute", async () => {
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "export.create", entityId: exported.id } });
    const data = JSON.parse(event.data);
    expect(data.sha256).toBe(exported.sha256);
    expect(data.pdfSha256).toBe(exported.pdfSha256);
    const list = await listCaseExports(owner, disputeId);
    expect(list.map((item) => item.id)).toContain(exported.id);
  });

  it("answers 404 to another merchant for the dispute, the list and the download", async () => {
    const other = await createMerchant("别家");
    await expect(createCaseExport(other, disputeId, { locale: "zh-CN" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listCaseExports(other, disputeId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openCaseExportZip(other, exported.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openCaseExportPdf(other, exported.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("rejects an unknown locale without writing anything", async () => {
    await expect(createCaseExport(owner, disputeId, { locale: "fr" })).rejects.toThrow();
  });

  it("leaves no row, no bundle and no temp file when printing fails", async () => {
    const before = await db.caseExport.count();
    const files = await readdir(path.join(dataDir(), "exports"));
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      await expect(createCaseExport(owner, disputeId, { locale: "en" })).rejects.toThrow();
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
    expect(await db.caseExport.count()).toBe(before);
    expect(await readdir(path.join(dataDir(), "exports"))).toEqual(files);
    expect((await readdir(path.join(dataDir(), "tmp"))).filter((name) => name.includes("case-file") || name.endsWith(".pdf"))).toEqual([]);
  });
});

describe("printing", () => {
  it("prepares the whole document before it waits for the browser, so a launch overlaps that work", async () => {
    const caseFile = {
      data: await loadCaseFileData(owner, disputeId),
      assessment: await getDisputeLegalAssessment(owner, disputeId),
      documents: await listDocumentsForExport(owner, disputeId, "zh-CN"),
      exportId: "print-order",
      createdAt: new Date(),
      preparedBy: owner.userName,
    };
    const before = new Set(await readdir(tempDir()));
    // The page is written once its pictures are ready and it is rendered.
    const prepared = async () => (await readdir(tempDir())).some((name) => !before.has(name) && name.endsWith(".html"));
    // Handed out only once the page is on disk: a print that waited for the browser first
    // would never get one.
    const browser = (async () => {
      for (let tries = 0; tries < 400; tries++) {
        if (await prepared()) return launchChromium();
        await sleep(25);
      }
      throw new Error("the browser was needed before the document was prepared");
    })();
    const target = path.join(work, "print-order.pdf");
    try {
      const { pageCount } = await printCaseFilePdf({ caseFile, format: caseFileFormat("zh-CN"), header: "print-order", target, browser });
      expect(pageCount).toBeGreaterThan(3);
    } finally {
      await browser.then((ready) => ready.close(), () => undefined);
    }
    expect((await run("pdftotext", [target, "-"])).stdout).toContain("TB20261118001234");
    expect((await readdir(tempDir())).filter((name) => !before.has(name))).toEqual([]);
  }, 60_000);
});

describe("buyer text", () => {
  it("shows HTML and script in a claim as literal text in the PDF", async () => {
    const store = await db.store.findFirstOrThrow({ where: { organizationId: owner.organizationId } });
    const claim = "<script>alert(1)</script><b>粗体</b>";
    const dispute = await createDispute(owner, {
      storeId: store.id,
      orderNo: 'XSS-0001"</style><b>',
      orderAmount: "10.00",
      claimedAmount: "10.00",
      claimFiledAt: "2026-11-20T10:00",
      reason: "other",
      claimText: claim,
      buyerNickname: "<img src=x onerror=alert(2)>",
    });
    const view = await createCaseExport(owner, dispute.id, { locale: "en" });
    const { file, text } = await extractPdf(owner, view.id, "xss.pdf");
    // In English the Chinese characters come from a taller face, and pdftotext puts them on a line of their own.
    expect(text.replace(/\s+/g, "")).toContain(claim);
    expect(text).toContain("<img src=x onerror=alert(2)>");
    expect(text).toContain("Page 1 of");
    // Counts agree with their nouns ("1 claims" before).
    expect(text.replace(/\s+/g, " ")).toContain("total ¥10.00 (1 claim);");
    // The running header is CSS (a margin box): the order number must not break out of it.
    expect(text).toContain('XSS-0001"</style><b>');
    // English quotes and apostrophes are set in a Latin face, not the CJK face's full-width ones ("buyer’ s").
    const words = await wordBoxes(file);
    const plain = words.find((word) => word.text === "buyer");
    const possessive = words.find((word) => word.text === "buyer’s");
    expect(plain && possessive).toBeTruthy();
    // "’s" adds 0.31 of "buyer"'s width in the Latin face, 0.50 with the CJK face's full-width apostrophe.
    const added = (possessive!.width - plain!.width) / plain!.width;
    expect(added).toBeLessThan(0.4);
  }, 120_000);
});
