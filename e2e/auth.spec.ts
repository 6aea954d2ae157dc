import { expect, test } from "@playwright/test";
import { DEMO_OWNER, signIn, signUpMerchant } from "./helpers";

test("sign up a merchant, switch language, sign out, sign back in", async ({ page }) => {
  const { email, merchantName } = await signUpMerchant(page);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  // Signed out: app pages send you to sign-in.
  for (const path of ["/", "/disputes", "/settings", "/audit"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in/);
  }

  await signIn(page, email, "password-123");
  await expect(page.getByTestId("org-name")).toHaveText(merchantName);
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
});

test("wrong password and malformed sign-up show clear messages", async ({ page }) => {
  await page.goto("/sign-in");
  await page.locator("#email").fill(DEMO_OWNER);
  await page.locator("#password").fill("not-the-password");
  await page.locator("form:has(#email) button[type=submit]").click();
  await expect(page.locator("form [role=alert]").first()).toContainText("邮箱或密码不正确");

  await page.goto("/sign-up");
  await page.locator("#email").fill("not-an-email");
  await page.locator("#password").fill("short");
  await page.locator("form:has(#email) button[type=submit]").click();
  await expect(page.locator("#merchantName-error")).toContainText("必填");
  await expect(page.locator("#email-error")).toContainText("有效的邮箱");
  await expect(page.locator("#password-error")).toBeVisible();
  // What was typed is kept.
  await expect(page.locator("#email")).toHaveValue("not-an-email");
});

test("demo owner signs in", async ({ page }) => {
  await signIn(page, DEMO_OWNER);
  await expect(page.getByTestId("org-name")).toBeVisible();
});
