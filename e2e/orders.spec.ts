import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { makeFixtures } from "./fixtures";
import { startLocalTsa } from "../test/local-tsa";
import { DEMO_OWNER, expectVideoPlaysAndSeeks, signIn, signUpMerchant } from "./helpers";

let files: Awaited<ReturnType<typeof makeFixtures>>;
test.beforeAll(async () => {
  files = await makeFixtures();
});
test.afterAll(() => fs.rmSync(files.dir, { recursive: true, force: true }));

const SHOTS = process.env.E2E_SCREENSHOT_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const csv = (rows: string[]) => ({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(rows.join("\n")) });
const HEADER = "订单号,快递单号,发货时间,买家,金额,商品";

async function checkFile(page: Page, rows: string[]) {
  const importer = page.getByTestId("order-import");
  await importer.locator("input[type=file]").setInputFiles(csv(rows));
  await page.getByTestId("order-import-check").click();
  await expect(page.getByTestId("order-import-preview")).toBeVisible();
}

async function addStore(page: Page, name: string) {
  await page.goto("/settings");
  const storeForm = page.getByTestId("store-form");
  await storeForm.locator("#store-platform").selectOption("TAOBAO");
  await storeForm.locator("#store-name").fill(name);
  await storeForm.locator("button[type=submit]").click();
  await expect(page.getByTestId("store-row").filter({ hasText: name })).toBeVisible();
}

test("orders: CSV import with a bad row imports nothing, fixed file imports, search, packing video upload plays", async ({ page }) => {
  await signUpMerchant(page);
  await addStore(page, "订单测试店");

  await page.goto("/orders");
  await expect(page.getByTestId("orders-count")).toContainText("0");
  const good = [
    HEADER,
    "E2E-1001,SF1428866310245,2026-11-01 10:00,buyer_a,128.00,杯子",
    "E2E-1002,YT7512345678901,2026-11-02 11:30,buyer_b,59.90,袜子",
    "E2E-1003,ZTO530018823771,2026-11-03,buyer_c,20,鸭子",
  ];
  const bad = [...good];
  bad[2] = "E2E-1002,YT7512345678901,2026-11-02 11:30,buyer_b,五十九,袜子";

  // One bad row: the preview names its line and column, and the import button stays disabled.
  await checkFile(page, bad);
  const issues = page.getByTestId("order-import-issues").locator("li");
  await expect(issues).toHaveCount(1);
  await expect(issues.first()).toHaveAttribute("data-line", "3");
  await expect(issues.first()).toContainText("第 3 行 · 金额");
  await expect(page.getByTestId("order-import-confirm")).toBeDisabled();
  await shot(page, "orders-import-error");
  await page.reload();
  await expect(page.getByTestId("order-row")).toHaveCount(0);

  // Fixed: three rows previewed, imported together.
  await checkFile(page, good);
  await expect(page.getByTestId("order-import-rows").locator("tbody tr")).toHaveCount(3);
  await page.getByTestId("order-import-confirm").click();
  await expect(page.getByTestId("order-import-done")).toContainText("3");
  await expect(page.getByTestId("order-row")).toHaveCount(3);
  await expect(page.getByTestId("no-video-badge")).toHaveCount(3);
  await shot(page, "orders-list");

  // Search by tracking number, open the order.
  await page.locator("#orders-q").fill("YT7512345678901");
  await page.getByTestId("order-search").locator("button[type=submit]").click();
  await expect(page.getByTestId("order-row")).toHaveCount(1);
  await page.getByTestId("order-row").getByRole("link", { name: "E2E-1002" }).click();
  await expect(page.getByTestId("order-title")).toContainText("E2E-1002");
  await expect(page.getByTestId("order-video-missing")).toBeVisible();

  // Upload a packing video for this order; it plays and seeks.
  await page.getByTestId("packing-video-upload").locator("input[type=file]").setInputFiles(files.video);
  await page.getByTestId("packing-video-upload").locator("button[type=submit]").click();
  await expect(page.getByTestId("packing-video-done")).toBeVisible();
  await expect(page.getByTestId("order-videos")).toHaveAttribute("data-count", "1");
  await expect(page.getByTestId("order-video-missing")).toHaveCount(0);
  const item = page.getByTestId("evidence-item");
  await expect(item.getByTestId("video-duration")).toHaveText("0:03");
  await expect(item.getByTestId("video-resolution")).toContainText("320 × 240");
  await expect(item.getByTestId("timestamp-status")).toHaveAttribute("data-status", "unconfigured");
  await expectVideoPlaysAndSeeks(page.getByTestId("evidence-video"));
  // The background worker renders the poster and the keyframe strip.
  await expect.poll(async () => (await page.reload(), await page.getByTestId("keyframe-strip").locator("img").count()), { timeout: 30_000 }).toBe(12);
  await expect(page.getByTestId("evidence-video")).toHaveAttribute("poster", /\/poster$/);
  await shot(page, "order-page");

  // The list no longer flags this order.
  await page.goto("/orders");
  await expect(page.getByTestId("no-video-badge")).toHaveCount(2);
});

test("disputes: a packing video plays at the top; a dispute without one says so loudly", async ({ page }) => {
  await signIn(page, DEMO_OWNER);
  // Demo data: the mug order SF1428866310245 was filmed at packing, the socks order was not.
  await page.goto("/disputes?q=TB20261118001234");
  await page.getByTestId("dispute-row").getByRole("link").first().click();
  const panel = page.getByTestId("dispute-packing-video");
  await expect(panel).toHaveAttribute("data-count", "1");
  await expect(panel.getByTestId("packing-video-player")).toBeVisible();
  await expect(panel.getByTestId("video-duration")).toHaveText("0:03");
  await shot(page, "dispute-with-video");

  await page.goto("/disputes?q=PDD261117-552019");
  await page.getByTestId("dispute-row").getByRole("link").first().click();
  const missing = page.getByTestId("packing-video-missing");
  await expect(missing).toBeVisible();
  await expect(missing).toContainText("没有打包视频");
  await expect(missing.getByRole("link", { name: "打开打包工位" })).toHaveAttribute("href", "/packing");
  await shot(page, "dispute-without-video");
});

test("trusted timestamps: with a TSA configured, a new packing video gets an RFC 3161 token shown on its card", async ({ page }) => {
  const tsa = await startLocalTsa();
  try {
    await signUpMerchant(page);
    await addStore(page, "时间戳店");
    const card = page.locator("#trusted-timestamps");
    await expect(card.getByTestId("tsa-status")).toHaveAttribute("data-configured", "false");
    await card.locator("#tsa-url").fill("ftp://not-http.example");
    await card.getByRole("button", { name: "保存" }).click();
    await expect(card.locator("#tsa-url-error")).toBeVisible();
    await card.locator("#tsa-url").fill(tsa.url);
    await card.getByRole("button", { name: "保存" }).click();
    await expect(card.getByTestId("tsa-status")).toHaveAttribute("data-configured", "true");
    await shot(page, "settings-tsa");

    await page.goto("/orders");
    await checkFile(page, [HEADER, "TS-1,SF9001234567,2026-11-01,b,10,x"]);
    await page.getByTestId("order-import-confirm").click();
    await expect(page.getByTestId("order-row")).toHaveCount(1);
    // Named after its tracking number: linked to the order without choosing it.
    const named = path.join(files.dir, "packing_SF9001234567_2026.mp4");
    fs.copyFileSync(files.video, named);
    await page.getByTestId("packing-video-upload").locator("input[type=file]").setInputFiles(named);
    await page.getByTestId("packing-video-upload").locator("button[type=submit]").click();
    await expect(page.getByTestId("packing-video-done")).toBeVisible();
    await expect(page.getByTestId("no-video-badge")).toHaveCount(0);
    await page.getByTestId("order-row").getByRole("link", { name: "TS-1" }).click();
    await expect(page.getByTestId("order-title")).toContainText("TS-1");
    const status = page.getByTestId("evidence-item").getByTestId("timestamp-status");
    await expect.poll(async () => (await page.reload(), await status.getAttribute("data-status")), { timeout: 30_000 }).toBe("stamped");
    await expect(status).toContainText("RefundProof Test TSA");
    expect(tsa.requests()).toBe(1);
  } finally {
    await tsa.close();
  }
});
