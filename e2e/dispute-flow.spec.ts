import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import { makeFixtures } from "./fixtures";
import { expectVideoPlaysAndSeeks, signUpMerchant } from "./helpers";

let files: Awaited<ReturnType<typeof makeFixtures>>;
test.beforeAll(async () => {
  files = await makeFixtures();
});
test.afterAll(() => fs.rmSync(files.dir, { recursive: true, force: true }));

async function addStore(page: Page, name: string) {
  await page.goto("/settings");
  const form = page.getByTestId("store-form");
  await form.locator("#store-platform").selectOption("TAOBAO");
  await form.locator("#store-name").fill(name);
  await form.locator("button[type=submit]").click();
  await expect(page.getByTestId("store-row").filter({ hasText: name })).toBeVisible();
}

async function upload(page: Page, kind: string, paths: string[]) {
  const form = page.getByTestId("evidence-upload-form");
  await form.locator("select[name=kind]").selectOption(kind);
  await form.locator("input[type=file]").setInputFiles(paths);
  await form.locator("button[type=submit]").click();
}

/** How wide `text` is set on the page, in ems. */
function widthInEm(page: Page, text: string): Promise<number> {
  return page.evaluate((text) => {
    const span = document.createElement("span");
    span.textContent = text;
    document.body.append(span);
    const width = span.getBoundingClientRect().width / parseFloat(getComputedStyle(span).fontSize);
    span.remove();
    return width;
  }, text);
}

test("a merchant logs a dispute, uploads photos and a video, plays it, changes status, switches language, signs out", async ({ page, browser }) => {
  await signUpMerchant(page);
  await addStore(page, "测试淘宝店");

  // A form with missing fields: clear messages, nothing created.
  await page.goto("/disputes/new");
  await page.getByTestId("dispute-form-submit").click();
  await expect(page.locator("#orderNo-error")).toBeVisible();
  await page.locator("#claimedAmount").fill("12.345");
  await page.getByTestId("dispute-form-submit").click();
  await expect(page.locator("#claimedAmount-error")).toBeVisible();
  await page.goto("/disputes");
  await expect(page.getByTestId("dispute-row")).toHaveCount(0);

  // Create.
  await page.goto("/disputes/new");
  await page.locator("#storeId").selectOption({ label: "测试淘宝店 · 淘宝" });
  await page.locator("#orderNo").fill("E2E-ORDER-0001");
  await page.locator("#trackingNo").fill("SF0000000001");
  await page.locator("#orderAmount").fill("199.00");
  await page.locator("#claimedAmount").fill("199.00");
  await page.locator("#reason").selectOption("damaged");
  await page.locator("#claimText").fill("杯子裂了 <script>alert(1)</script>");
  await page.locator("#buyerNickname").fill("测试买家");
  await page.getByTestId("dispute-form-submit").click();
  await expect(page.getByTestId("dispute-order-no")).toHaveText("E2E-ORDER-0001");
  await expect(page.getByTestId("dispute-status")).toHaveAttribute("data-status", "OPEN");
  // Buyer text is shown as text, never run.
  await expect(page.getByTestId("dispute-claim-text")).toContainText("<script>alert(1)</script>");
  const disputeUrl = page.url();

  // The file picker is worded in the page's language (the native one says "Choose Files" whatever the page's),
  // names what was chosen, and is empty again after the upload.
  const uploadForm = page.getByTestId("evidence-upload-form");
  const picker = uploadForm.locator("input[type=file]");
  const chosen = uploadForm.getByTestId("file-input-chosen");
  await expect(chosen).toHaveText("未选择文件");
  await expect(uploadForm.locator("label[for$=-files]").last()).toHaveText("选择文件");
  await picker.setInputFiles([files.photo1]);
  await expect(chosen).toHaveText("破损照片1.jpg");
  await expect(picker).toHaveAccessibleDescription("破损照片1.jpg");
  await picker.setInputFiles([files.photo1, files.photo2, files.heic]);
  await expect(chosen).toContainText("已选 3 个：破损照片1.jpg、");

  // Three photos (one an iPhone HEIC) and a video.
  await upload(page, "BUYER_PHOTO", [files.photo1, files.photo2, files.heic]);
  await expect(page.getByTestId("evidence-item")).toHaveCount(3);
  await expect(chosen).toHaveText("未选择文件");
  await upload(page, "PACKING_VIDEO", [files.video]);
  await expect(page.getByTestId("evidence-item")).toHaveCount(4);
  await expect(page.getByTestId("evidence-thumbnail")).toHaveCount(3);
  await expect(page.getByTestId("evidence-item").filter({ hasText: "破损照片1.jpg" })).toBeVisible();

  // The HEIC shows like the others (Chromium cannot decode HEIC itself) and opens as a JPEG preview.
  const heic = page.getByTestId("evidence-item").filter({ hasText: "IMG_0412.HEIC" });
  const heicThumbnail = heic.getByTestId("evidence-thumbnail");
  await expect.poll(() => heicThumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const previewHref = await heicThumbnail.locator("xpath=ancestor::a").getAttribute("href");
  expect(previewHref).toMatch(/^\/api\/evidence\/\w+\/preview$/);
  const preview = await page.request.get(previewHref!);
  expect(preview.headers()["content-type"]).toBe("image/jpeg");

  // The video plays and seeks (HTTP Range).
  await expectVideoPlaysAndSeeks(page.getByTestId("evidence-video"));

  // Bad uploads: a renamed text file and an oversize photo get precise messages and add nothing.
  await upload(page, "BUYER_PHOTO", [files.fakeJpg]);
  await expect(page.getByTestId("upload-item").filter({ hasText: "fake.jpg" })).toHaveAttribute("data-status", "failed");
  await expect(page.getByTestId("upload-item").filter({ hasText: "fake.jpg" })).toContainText(/格式|类型/);
  await upload(page, "BUYER_PHOTO", [files.hugePng]);
  await expect(page.getByTestId("upload-item").filter({ hasText: "huge.png" })).toHaveAttribute("data-status", "failed");
  await expect(page.getByTestId("upload-item").filter({ hasText: "huge.png" })).toContainText("3 MB");
  await page.reload();
  await expect(page.getByTestId("evidence-item")).toHaveCount(4);

  // Status change along the allowed flow, shown in the timeline.
  await page.locator("#toStatus").selectOption("COLLECTING");
  await page.getByTestId("status-submit").click();
  await expect(page.getByTestId("dispute-status")).toHaveAttribute("data-status", "COLLECTING");
  await expect(page.locator("[data-testid=timeline-entry][data-to-status=COLLECTING]")).toHaveCount(1);

  // Another merchant sees none of it.
  const evidenceUrl = await page.getByTestId("evidence-video").getAttribute("src");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpMerchant(otherPage);
  await otherPage.goto(disputeUrl);
  await expect(otherPage.getByTestId("not-found")).toBeVisible();
  expect((await otherPage.request.get(evidenceUrl!)).status()).toBe(404);
  const disputeId = disputeUrl.split("/").pop();
  expect((await otherPage.request.get(`/api/disputes/${disputeId}`)).status()).toBe(404);
  await other.close();

  // A made-up id is a clear 404, not an error page.
  await page.goto("/disputes/does-not-exist");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.goto(disputeUrl);

  // Language switch keeps you on the page, then sign out. Quotes are full-width in Chinese, as Chinese sets them;
  // English sets them in a Latin face (the CJK face's full-width ones read "it’ s"), Chinese punctuation still full-width.
  expect(await widthInEm(page, "“")).toBeGreaterThan(0.9);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("dispute-order-no")).toHaveText("E2E-ORDER-0001");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect.poll(() => widthInEm(page, "“")).toBeLessThan(0.6);
  expect(await widthInEm(page, "，")).toBeGreaterThan(0.9);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await page.request.get(evidenceUrl!)).status()).toBe(401);
});
