import { expect, test, type Page, type Route } from "@playwright/test";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_OWNER, signIn } from "./helpers";

// Demo orders and their tracking numbers (lib/demo/seed-demo-data.ts).
// Demo orders no other spec counts packing videos on (orders.spec.ts checks the first two demo orders).
const MUG = { trackingNo: "SF1428866319931", orderNo: "TB20261109004321" };
const SOCKS = { trackingNo: "YT7712039451100", orderNo: "PDD261102-118765" };

async function scan(page: Page, trackingNo: string) {
  // A keyboard-wedge scanner types into whatever has the focus, then presses Enter.
  await page.keyboard.type(trackingNo, { delay: 15 });
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("recording-state")).toContainText(trackingNo);
}

/** Signs in at the station, records one clip of `seconds` for `trackingNo` and ends it; returns its row in the clip list. */
async function recordOneClip(page: Page, trackingNo: string, seconds: number) {
  await signIn(page, DEMO_OWNER);
  await page.goto("/packing");
  await expect(page.getByTestId("scanner-input")).toBeEnabled({ timeout: 20_000 });
  await scan(page, trackingNo);
  await page.waitForTimeout(seconds * 1000);
  await page.keyboard.press("Escape");
  return page.locator(`[data-testid=clip-row][data-tracking="${trackingNo}"]`);
}

/** Mean luminance of the picture's top band and of the bottom band where the overlay banner is drawn, from one decoded frame. */
function frameBands(video: Buffer): { picture: number; banner: number; bannerSpread: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "packing-e2e-"));
  try {
    const file = path.join(dir, "clip.webm");
    fs.writeFileSync(file, video);
    const [w, h] = [160, 90];
    const gray = execFileSync("ffmpeg", ["-v", "error", "-i", file, "-frames:v", "1", "-vf", `scale=${w}:${h},format=gray`, "-f", "rawvideo", "-"]);
    expect(gray.length).toBe(w * h);
    const rows = (from: number, to: number) => Array.from(gray.subarray(from * w, to * w));
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const banner = rows(h - 12, h);
    const bannerMean = mean(banner);
    return {
      picture: mean(rows(0, 60)),
      banner: bannerMean,
      bannerSpread: Math.sqrt(mean(banner.map((v) => (v - bannerMean) ** 2))),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Playwright's trace records a screencast that paces the page's rendering; canvas.captureStream()
// then gets only a frame or two per clip. Traces stay off for this spec so the recording is real.
test.use({ trace: "off" });

test("scan two parcels at the packing station: two clips with the overlay, uploaded, linked to their orders, playable", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_OWNER);
  await page.goto("/packing");
  const scanner = page.getByTestId("scanner-input");
  await expect(scanner).toBeEnabled({ timeout: 20_000 });
  await expect(scanner).toBeFocused();

  await scan(page, MUG.trackingNo);
  await page.waitForTimeout(4000);
  // The next scan ends the first clip and starts the second.
  await scan(page, SOCKS.trackingNo);
  await page.waitForTimeout(4000);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("recording-state")).not.toContainText(SOCKS.trackingNo);

  const rows = page.getByTestId("clip-row");
  await expect(rows).toHaveCount(2);
  const evidenceIds: string[] = [];
  for (const { trackingNo, orderNo } of [MUG, SOCKS]) {
    const row = page.locator(`[data-testid=clip-row][data-tracking="${trackingNo}"]`);
    await expect(row).toHaveAttribute("data-status", "uploaded", { timeout: 60_000 });
    await expect(row.getByTestId("clip-status")).toHaveText("已上传");
    await expect(row.getByTestId("clip-order")).toHaveText(`订单 ${orderNo}`);
    await expect(row.getByTestId("clip-order")).toHaveAttribute("href", /^\/orders\/\w+$/);
    evidenceIds.push((await row.getAttribute("data-evidence-id"))!);
  }
  const [mugId, socksId] = evidenceIds;

  // The server linked each clip to the right order and kept who recorded it where.
  const found = await page.request.get(`/api/uploads/packing-videos?q=${MUG.trackingNo}`);
  const videos: { id: string; trackingNo: string | null; order: { orderNo: string } | null; operatorName: string; stationName: string; fileUrl: string }[] = (await found.json()).videos;
  const mugClip = videos.find((video) => video.id === mugId)!;
  expect(mugClip).toMatchObject({ trackingNo: MUG.trackingNo, order: { orderNo: MUG.orderNo }, stationName: "1号打包台" });
  expect(mugClip.operatorName).toBeTruthy();
  const socks = (await (await page.request.get(`/api/uploads/packing-videos?q=${SOCKS.orderNo}`)).json()).videos;
  expect(socks.find((video: { id: string }) => video.id === socksId)).toMatchObject({ trackingNo: SOCKS.trackingNo, order: { orderNo: SOCKS.orderNo } });

  // Search by order number and play the clip.
  await page.getByTestId("packing-search").fill(MUG.orderNo);
  await page.getByTestId("packing-search").press("Enter");
  const result = page.locator(`[data-testid=packing-video][data-evidence-id="${mugId}"]`);
  await expect(result).toBeVisible();
  await result.getByTestId("play-video").click();
  const player = page.getByTestId("packing-player");
  await expect(player).toHaveAttribute("src", mugClip.fileUrl);
  await expect.poll(() => player.evaluate((video: HTMLVideoElement) => video.currentTime), { timeout: 15_000 }).toBeGreaterThan(0);

  // The overlay is burned into the stored file: a dark banner with text over the bright fake-camera picture.
  const stored = await page.request.get(mugClip.fileUrl);
  expect(stored.headers()["content-type"]).toBe("video/webm");
  const bands = frameBands(Buffer.from(await stored.body()));
  expect(bands.picture).toBeGreaterThan(60);
  expect(bands.banner).toBeLessThan(bands.picture / 2);
  expect(bands.bannerSpread).toBeGreaterThan(10);
});

test("a clip the server has not received survives a reload and resumes its upload session from this browser's copy", async ({ page }) => {
  test.setTimeout(120_000);
  const trackingNo = `ZT${Date.now()}`;
  const isUploadApi = (url: URL) => url.pathname.startsWith("/api/uploads") && !url.pathname.startsWith("/api/uploads/packing-videos");
  // The session opens, then the connection is lost: every later upload request fails.
  const cutAfterOpen = (route: Route) => (route.request().method() === "POST" && new URL(route.request().url()).pathname === "/api/uploads" ? route.continue() : route.abort("connectionreset"));
  await page.route(isUploadApi, cutAfterOpen);
  const row = await recordOneClip(page, trackingNo, 3);
  await expect(row).toHaveAttribute("data-status", "retrying", { timeout: 20_000 });
  await expect(row.getByTestId("clip-kept")).toHaveText("已保存在本机，刷新或关闭页面不会丢失");
  await expect(page.getByTestId("clips-not-kept")).toHaveCount(0);

  // Reload while still offline: no leave warning holds the page, and the clip comes back from the browser's copy.
  await page.reload();
  await expect(row).toHaveAttribute("data-status", "retrying", { timeout: 20_000 });
  await expect(row.getByTestId("clip-kept")).toHaveText("上次未上传完，已从本机恢复");

  const opened: string[] = [];
  const resumed: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!isUploadApi(url)) return;
    if (request.method() === "POST" && url.pathname === "/api/uploads") opened.push(url.pathname);
    if (request.method() === "GET") resumed.push(url.pathname);
  });
  await page.unroute(isUploadApi, cutAfterOpen);
  await expect(row).toHaveAttribute("data-status", "uploaded", { timeout: 60_000 });
  // The upload went on through the session opened before the reload.
  expect(opened).toEqual([]);
  expect(resumed.length).toBeGreaterThan(0);
  const videos: { id: string; trackingNo: string }[] = (await (await page.request.get(`/api/uploads/packing-videos?q=${trackingNo}`)).json()).videos;
  expect(videos.map((video) => video.trackingNo)).toEqual([trackingNo]);
  expect(videos[0].id).toBe(await row.getAttribute("data-evidence-id"));

  // Uploaded: the browser's copy is gone, so the next visit has nothing to restore.
  await page.reload();
  await expect(page.getByTestId("scanner-input")).toBeEnabled({ timeout: 20_000 });
  await expect(page.getByText("还没有片段。每扫一次码录制一段，结束后自动上传。")).toBeVisible();
  await expect(page.getByTestId("clip-row")).toHaveCount(0);
});

test("a clip the server refused stays in this browser, waits for the operator after a reload, and can be discarded", async ({ page }) => {
  test.setTimeout(120_000);
  const trackingNo = `ZT${Date.now()}`;
  const refusal = "测试：服务器拒收此片段。";
  const refuseCompletion = (route: Route) =>
    route.fulfill({ status: 415, contentType: "application/json", body: JSON.stringify({ error: { code: "UNSUPPORTED_TYPE", message: refusal } }) });
  await page.route("**/api/uploads/*/complete", refuseCompletion);
  const row = await recordOneClip(page, trackingNo, 2);
  await expect(row).toHaveAttribute("data-status", "failed", { timeout: 30_000 });
  await expect(row.getByRole("alert")).toHaveText(refusal);

  // After a reload the refused clip is listed with its reason and is not sent again by itself.
  const sent: string[] = [];
  page.on("request", (request) => request.url().includes("/api/uploads") && !request.url().includes("packing-videos") && sent.push(request.url()));
  await page.reload();
  await expect(row).toHaveAttribute("data-status", "failed");
  await expect(row.getByRole("alert")).toHaveText(refusal);
  await expect(row.getByTestId("clip-kept")).toHaveText("上次未上传完，已从本机恢复");
  expect(sent).toEqual([]);

  // Discarding asks first; "keep" changes nothing, "discard" removes the browser's copy for good.
  await row.getByTestId("discard-clip").click();
  await row.getByRole("button", { name: "保留" }).click();
  await expect(row).toHaveCount(1);
  await row.getByTestId("discard-clip").click();
  await expect(row.getByTestId("discard-confirm")).toContainText("丢弃后无法恢复");
  await row.getByRole("button", { name: "确定丢弃" }).click();
  await expect(row).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("scanner-input")).toBeEnabled({ timeout: 20_000 });
  await expect(page.getByTestId("clip-row")).toHaveCount(0);
  expect(sent).toEqual([]);
});
