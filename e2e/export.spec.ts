import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { DEMO_OWNER, signIn } from "./helpers";

test("the owner reviews the findings of the first demo dispute, then exports it and downloads its ZIP bundle", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_OWNER);
  await page.goto("/disputes?q=TB20261118001234");
  await page.getByRole("link", { name: "TB20261118001234" }).first().click();
  await expect(page).toHaveURL(/\/disputes\/[^/?]+$/);

  const section = page.getByTestId("exports-section");
  await expect(section).toBeVisible();
  const before = await section.getByTestId("export-item").count();

  // Nothing leaves the company before a person has reviewed every finding: the button waits and says why.
  await expect(section.getByTestId("export-not-ready")).toBeVisible();
  await expect(section.getByTestId("export-create")).toBeDisabled();
  const findings = page.getByTestId("findings-section");
  await expect(findings).toHaveAttribute("data-pending", "false", { timeout: 90_000 });
  await section.getByRole("link", { name: "前往图片鉴定" }).click();
  await expect(page).toHaveURL(/#findings$/);
  const pending = findings.locator("[data-review=PENDING]");
  const total = await pending.count();
  expect(total).toBeGreaterThan(0);
  for (let left = total; left > 0; left--) {
    await pending.first().getByTestId("finding-confirm").click();
    await expect(pending).toHaveCount(left - 1);
  }
  await expect(section.getByTestId("export-not-ready")).toHaveCount(0);

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
