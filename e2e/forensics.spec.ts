import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderForgedPhoto, renderReferencePhoto } from "../lib/demo/render-demo-photo";
import { DEMO_OWNER, signIn } from "./helpers";

let dir: string;
let listing: string;
let forged: string;
test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "refundproof-e2e-forensics-"));
  // A seed of its own, so this listing photo is not one of the demo's.
  listing = path.join(dir, "商品主图.jpg");
  forged = path.join(dir, "买家破损图.jpg");
  fs.writeFileSync(listing, await renderReferencePhoto("duck", 4242));
  fs.writeFileSync(forged, await renderForgedPhoto("duck", 4242));
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a forged photo made from the product's reference photo is flagged with a heat map", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_OWNER);
  const productName = `E2E 小黄鸭-${randomUUID().slice(0, 6)}`;

  // Product with its reference photo.
  await page.goto("/products");
  await expect(page.getByTestId("products-table")).toBeVisible();
  const form = page.getByTestId("product-form");
  await form.locator("#product-name").fill(productName);
  await form.locator("#product-sku").fill("E2E-DUCK");
  await form.locator("#product-store").selectOption({ label: "安心家居抖音小店" });
  await page.getByTestId("product-submit").click();
  await expect(page.getByTestId("product-name")).toHaveText(productName);
  const productUrl = page.url();

  const upload = page.getByTestId("reference-upload-form");
  await upload.locator("input[type=file]").setInputFiles(listing);
  await upload.getByTestId("reference-upload-submit").click();
  await expect(page.getByTestId("upload-item")).toHaveAttribute("data-status", "done");
  await expect(page.getByTestId("reference-photo")).toHaveCount(1);
  await expect(page.getByTestId("reference-photo")).toHaveAttribute("data-indexing", "DONE", { timeout: 60_000 });
  await expect.poll(() => page.getByTestId("reference-thumbnail").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.screenshot({ path: test.info().outputPath("forensics-product.png"), fullPage: true });

  // A dispute about that product, with the buyer's forged photo.
  await page.goto("/disputes/new");
  await page.locator("#storeId").selectOption({ label: "安心家居抖音小店 · 抖音" });
  await page.locator("#productId").selectOption({ label: `${productName} (E2E-DUCK)` });
  await page.locator("#orderNo").fill(`E2E-FORENSICS-${randomUUID().slice(0, 8)}`);
  await page.locator("#orderAmount").fill("59.00");
  await page.locator("#claimedAmount").fill("59.00");
  await page.locator("#reason").selectOption("damaged");
  await page.locator("#claimText").fill("鸭子裂开了，还有污渍。");
  await page.getByTestId("dispute-form-submit").click();
  await expect(page.getByTestId("dispute-order-no")).toBeVisible();

  const evidence = page.getByTestId("evidence-upload-form");
  await evidence.locator("select[name=kind]").selectOption("BUYER_PHOTO");
  await evidence.locator("input[type=file]").setInputFiles(forged);
  await evidence.locator("button[type=submit]").click();
  await expect(page.getByTestId("evidence-item")).toHaveCount(1);

  // The analysis runs in the background; the section refreshes itself until the finding is there.
  const card = page.getByTestId("finding-derived_from_reference");
  await expect(card).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("photo-analysis")).toHaveAttribute("data-status", "DONE");
  await expect(page.getByTestId("case-summary")).toHaveAttribute("data-level", "strong");
  await expect(card.getByTestId("finding-strength")).toHaveText(/强|中/);
  // The demo products' listing photos show the same drawn scene, so the match may name one of them instead.
  await expect(card).toContainText("商品主图");
  await expect(card.getByTestId("finding-reference")).toBeVisible();

  const heatmap = card.getByTestId("finding-heatmap-image");
  await expect.poll(() => heatmap.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const alignedPair = card.getByTestId("finding-aligned-pair").locator("img");
  await alignedPair.scrollIntoViewIfNeeded();
  await expect.poll(() => alignedPair.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  // The overlay toggle works from the keyboard and says its state.
  const toggle = card.getByTestId("finding-heatmap-toggle");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(heatmap).toHaveAttribute("data-visible", "false");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(heatmap).toHaveAttribute("data-visible", "true");
  await page.screenshot({ path: test.info().outputPath("forensics-dispute.png"), fullPage: true });

  // A rejection needs a note; a confirmation is recorded with it.
  await card.getByTestId("finding-reject").click();
  await expect(card.getByRole("alert")).toBeVisible();
  await expect(card).toHaveAttribute("data-review", "PENDING");
  await card.locator("textarea[name=note]").fill("裂纹和污渍是在商品主图上画出来的");
  await card.getByTestId("finding-confirm").click();
  await expect(card).toHaveAttribute("data-review", "CONFIRMED");
  await expect(card.getByTestId("finding-review-record")).toContainText("裂纹和污渍是在商品主图上画出来的");

  // The product page counts its reference photo.
  await page.goto("/products");
  await expect(page.getByTestId("product-row").filter({ hasText: productName }).getByTestId("reference-count")).toHaveText("1");
  await page.goto(productUrl);
  await expect(page.getByTestId("reference-photo")).toHaveCount(1);
});

test("a photo reused from another dispute shows that dispute's photo and links it by order number", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_OWNER);
  // The demo's first Taobao claim reuses a photo the same buyer filed with an earlier order.
  await page.goto("/disputes?q=TB20261118001234");
  await page.getByTestId("dispute-row").filter({ hasText: "TB20261118001234" }).getByRole("link").first().click();
  await expect(page.getByTestId("dispute-order-no")).toHaveText("TB20261118001234");
  const card = page.getByTestId("finding-reuse");
  await expect(async () => {
    await page.reload();
    await expect(card).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 90_000 });
  const other = card.getByTestId("finding-other-disputes").getByRole("link");
  await expect(other).toHaveText(/^订单 \S+$/);
  const orderNo = (await other.first().innerText()).replace(/^订单 /, "");
  await expect(card.getByTestId("finding-reference")).toContainText(`订单 ${orderNo} 中的图片`);
  const picture = card.getByTestId("finding-reference").locator("img");
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await card.screenshot({ path: test.info().outputPath("finding-reuse.png") });
  await other.first().click();
  await expect(page.getByTestId("dispute-order-no")).toHaveText(orderNo);
});
