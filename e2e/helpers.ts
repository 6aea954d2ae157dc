import { expect, type Locator, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export const DEMO_PASSWORD = "demo-pass-2026";
export const DEMO_OWNER = "owner@demo.refundproof.cn";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form:has(#email) button[type=submit]").click();
  await expect(page.getByTestId("org-name")).toBeVisible();
}

/** Signs up a brand-new merchant and returns its owner's email. */
export async function signUpMerchant(page: Page, merchantName = `测试商家-${randomUUID().slice(0, 6)}`) {
  const email = `e2e-${randomUUID().slice(0, 8)}@example.test`;
  await page.goto("/sign-up");
  await page.locator("#merchantName").fill(merchantName);
  await page.locator("#name").fill("测试店主");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill("password-123");
  await page.locator("form:has(#email) button[type=submit]").click();
  await expect(page.getByTestId("org-name")).toHaveText(merchantName);
  return { email, merchantName };
}

/** Plays a `<video>` (muted) until it has advanced, then seeks to 2 s: both need the file route's Range support. */
export async function expectVideoPlaysAndSeeks(video: Locator) {
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.3);
  await video.evaluate(
    (v: HTMLVideoElement) =>
      new Promise<void>((resolve) => {
        v.addEventListener("seeked", () => resolve(), { once: true });
        v.currentTime = 2;
      }),
  );
  expect(await video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThanOrEqual(1.9);
}
