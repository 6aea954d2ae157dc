import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { DEMO_OWNER, signIn } from "./helpers";

test("the owner exports the first demo dispute and downloads its ZIP bundle", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_OWNER);
  await page.goto("/disputes?q=TB20261118001234");
  await page.getByRole("link", { name: "TB20261118001234" }).first().click();
  await expect(page).toHaveURL(/\/disputes\/[^/?]+$/);

  const section = page.getByTestId("exports-section");
  await expect(section).toBeVisible();
  const before = await section.getByTestId("export-item").count();

  await section.getByTestId("export-create").click();
  // Chromium prints the PDF meanwhile: the button says so and is disabled.
  await expect(section.getByTestId("export-create")).toBeDisabled();
  await expect(section.getByTestId("export-created")).toBeVisible({ timeout: 120_000 });
  await expect(section.getByTestId("export-item")).toHaveCount(before + 1);

  const newest = section.getByTestId("export-item").first();
  await expect(newest.getByTestId("export-sha256")).toHaveText(/^[0-9a-f]{64}$/);
  const [download] = await Promise.all([page.waitForEvent("download"), newest.getByTestId("export-download").click()]);
  expect(download.suggestedFilename()).toMatch(/TB20261118001234.*\.zip$/);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  // A ZIP (local file header "PK\x03\x04") whose central directory names manifest.json.
  expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
  expect(bytes.includes(Buffer.from("manifest.json"))).toBe(true);
  expect(bytes.includes(Buffer.from("case-file.pdf"))).toBe(true);
});
