import { expect, test, type Page } from "@playwright/test";
import { DEMO_OWNER, signIn } from "./helpers";

const DEMO_ORDER = "TB20261118001234";
const HOSTILE = "<script>alert(1)</script><b>x</b>";

async function openDispute(page: Page, orderNo: string) {
  await page.goto(`/disputes?q=${orderNo}`);
  await page.getByTestId("dispute-row").filter({ hasText: orderNo }).getByRole("link").first().click();
  await expect(page.getByTestId("legal-section")).toBeVisible();
}

test("the demo dispute shows the legal assessment with the notice and the buyer's cumulative amount", async ({ page }) => {
  await signIn(page, DEMO_OWNER);
  await openDispute(page, DEMO_ORDER);
  const legal = page.getByTestId("legal-section");
  await expect(legal.getByTestId("legal-notice")).toContainText("不构成法律意见");
  await expect(legal.getByTestId("legal-buyer-total")).toContainText("¥357.00");
  await expect(legal.getByTestId("legal-buyer-total")).toContainText("2 次申请");
  await expect(legal.getByTestId("legal-threshold")).toContainText("¥3,000.00");
  await expect(legal.getByTestId("psapl-warning")).toContainText("2026年1月1日");
  await expect(legal.locator("[data-track=platform-appeal][data-applies=true]")).toBeVisible();
  await expect(legal.locator("[data-track=administrative-report][data-applies=true]")).toBeVisible();
  await expect(legal.locator("[data-track=criminal-report][data-applies=false]")).toBeVisible();
  await legal.locator("[data-track=administrative-report] summary").click();
  await expect(legal.locator("[data-track=administrative-report] [data-rule='public-security-fraud@2025-revision']")).toBeVisible();
  await expect(legal.locator("[data-track=administrative-report] [data-element=fabricated-fact]")).toHaveAttribute("data-status", /partial|supported/);
  await legal.screenshot({ path: "test-results/legal-section-zh.png" });

  // The buyer view lists the same buyer with the same total.
  await legal.getByRole("link", { name: "查看该买家的全部申请" }).click();
  await expect(page).toHaveURL(/\/buyers\?dispute=/);
  const row = page.getByTestId("buyer-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("幸运猫88");
  await expect(row.getByTestId("buyer-total")).toHaveText("¥357.00");

  await page.goto("/buyers");
  await expect(page.getByTestId("buyer-row").filter({ hasText: "tb_lucky_cat88" })).toBeVisible();
  await page.screenshot({ path: "test-results/buyers-zh.png", fullPage: true });

  await page.goto("/legal?date=2025-12-31");
  await expect(page.locator("[data-rule='public-security-fraud@2012-amendment']")).toHaveAttribute("data-applies", "true");
  await expect(page.locator("[data-rule='public-security-fraud@2025-revision']")).toHaveAttribute("data-applies", "false");
  await page.goto("/legal");
  await expect(page.locator("[data-rule='public-security-fraud@2025-revision']")).toHaveAttribute("data-applies", "true");
  await page.screenshot({ path: "test-results/legal-rules-zh.png", fullPage: true });
});

test("a document is edited, saved and still edited after a reload; buyer text stays text", async ({ page }) => {
  await signIn(page, DEMO_OWNER);
  await openDispute(page, DEMO_ORDER);
  const disputeUrl = page.url();
  const disputeId = disputeUrl.split("/").pop()!;

  // A claim text with markup, set through the API: it must show as literal text everywhere.
  const response = await page.request.patch(`/api/disputes/${disputeId}`, { data: { claimText: HOSTILE } });
  expect(response.ok()).toBe(true);
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.reload();

  const docs = page.getByTestId("documents-section");
  const appeal = docs.locator("[data-testid=document][data-type=PLATFORM_APPEAL]");
  await appeal.locator("summary").click();
  const body = appeal.getByTestId("document-body-input");
  await expect(body).toHaveValue(new RegExp(DEMO_ORDER));
  await expect(body).toHaveValue(/¥89\.00/);
  expect(await body.inputValue()).toContain(HOSTILE);
  await expect(page.getByTestId("dispute-claim-text")).toHaveText(HOSTILE);
  await expect(page.locator("b", { hasText: /^x$/ })).toHaveCount(0);

  const note = `补充说明 e2e-${Date.now()}`;
  await body.fill(`${await body.inputValue()}\n${note}`);
  await appeal.getByTestId("document-save").click();
  await expect(appeal.locator("summary")).toContainText("已人工修改");

  await page.reload();
  const reloaded = page.getByTestId("documents-section").locator("[data-testid=document][data-type=PLATFORM_APPEAL]");
  await expect(reloaded).toContainText("已人工修改");
  await reloaded.locator("summary").click();
  await expect(reloaded.getByTestId("document-body-input")).toHaveValue(new RegExp(note));
  expect(dialogs).toBe(0);
  await page.getByTestId("documents-section").screenshot({ path: "test-results/documents-section-zh.png" });

  // English: the whole page, and the documents' own language switch.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("legal-notice")).toContainText("not legal advice");
  await page.getByTestId("legal-section").screenshot({ path: "test-results/legal-section-en.png" });
  await page.getByTestId("documents-language").selectOption("en");
  const english = page.getByTestId("documents-section").locator("[data-testid=document][data-type=POLICE_REPORT]");
  await english.locator("summary").click();
  await expect(english.getByTestId("document-body-input")).toHaveValue(/Legal basis for reference/);
  await page.getByTestId("documents-section").screenshot({ path: "test-results/documents-section-en.png" });
  await page.goto("/buyers");
  await page.screenshot({ path: "test-results/buyers-en.png", fullPage: true });
  await page.goto("/legal");
  await page.screenshot({ path: "test-results/legal-rules-en.png", fullPage: true });
  await page.getByRole("button", { name: "中文" }).click();
});

test("staff cannot see the legal rules or change the province thresholds", async ({ page }) => {
  await signIn(page, "staff@demo.refundproof.cn");
  await page.goto("/legal");
  await expect(page.getByText("只有所有者、管理员和审核员可以查看法律规则。")).toBeVisible();
  await page.goto("/settings");
  const form = page.getByTestId("legal-thresholds-form");
  await expect(form).toContainText("只有所有者和管理员可以修改。");
  await expect(form.locator("#threshold-relativelyLarge")).toBeDisabled();
});

test("recording the platform's refund and skipped review opens the claim against the platform; a refund above the order is refused", async ({ page }) => {
  await signIn(page, DEMO_OWNER);
  await openDispute(page, "PDD261121-900311");
  const legal = page.getByTestId("legal-section");
  await expect(legal.locator("[data-track=platform-liability][data-applies=false]")).toBeVisible();

  const form = page.getByTestId("platform-outcome-form");
  await form.getByLabel("平台已退给买家的金额（元）").fill("999.00");
  await form.getByTestId("platform-outcome-save").click();
  await expect(form).toContainText("平台退款金额不能高于订单金额。");
  // What was typed stays in the form.
  await expect(form.getByLabel("平台已退给买家的金额（元）")).toHaveValue("999.00");

  await form.getByLabel("平台已退给买家的金额（元）").fill("25.90");
  await form.getByTestId("platform-skipped-review").check();
  await form.getByTestId("platform-outcome-save").click();
  await expect(form).toContainText("说明平台未经合理审核的情况");
  await form.getByLabel("经过说明").fill("平台未通知本店答辩，申请提交后自动退款。");
  await form.getByTestId("platform-outcome-save").click();
  await expect(page.getByTestId("platform-outcome-saved")).toBeVisible();

  await expect(legal.locator("[data-track=platform-liability][data-applies=true]")).toBeVisible();
  await expect(legal.getByTestId("legal-claimed")).toContainText("平台已支付");
  await page.getByTestId("platform-outcome").screenshot({ path: test.info().outputPath("platform-outcome.png") });
  await page.reload();
  await expect(page.getByTestId("platform-outcome-form").getByLabel("平台已退给买家的金额（元）")).toHaveValue("25.90");
  await expect(page.getByTestId("platform-skipped-review")).toBeChecked();
});
