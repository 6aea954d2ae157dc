import { expect, test } from "@playwright/test";
import { DEMO_OWNER, signIn } from "./helpers";

// A demo case no other spec touches: a forged duck photo awaiting review.
const ORDER = "DY3391876620155";
const REVIEWER = { email: "reviewer@demo.refundproof.cn", name: "赵审核" };

test("the owner assigns a case from the review queue; the reviewer decides every finding and the case leaves the queue", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_OWNER);
  await page.getByRole("navigation").getByRole("link", { name: "复核队列", exact: true }).click();
  await expect(page.getByRole("heading", { name: "复核队列" })).toBeVisible();

  // The demo photos are analysed in the background after start; the case joins the queue when its findings exist.
  const row = page.getByTestId("review-row").filter({ hasText: ORDER });
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 90_000 });

  // The dashboard points reviewers at the backlog.
  await page.goto("/");
  await expect(page.getByTestId("dashboard-review-backlog")).toContainText(/\d+ 个案件有待人工复核/);
  await page.getByTestId("dashboard-review-backlog").click();
  await expect(page).toHaveURL(/\/review$/);

  // Cases still owing the platform a response lead, nearest deadline first (overdue ones first); answered ones follow.
  const deadlines = await page.getByTestId("review-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-deadline") ?? ""));
  const live = deadlines.filter(Boolean);
  expect(live.length).toBeGreaterThan(1);
  expect(deadlines.slice(0, live.length)).toEqual([...live].sort());
  await expect(row.getByTestId("review-awaiting")).toHaveText(/\d+ 项/);

  // Assign the reviewer with the keyboard-usable select in the row.
  await row.getByRole("combobox", { name: `订单 ${ORDER} 的复核人` }).selectOption({ label: REVIEWER.name });
  await row.getByTestId("assign-reviewer-submit").click();
  await page.screenshot({ path: test.info().outputPath("review-queue.png"), fullPage: true });
  await page.getByRole("link", { name: "分配给我" }).click();
  await expect(page.getByTestId("review-row").filter({ hasText: ORDER })).toHaveCount(0);
  await page.getByRole("link", { name: "未分配" }).click();
  await expect(page.getByTestId("review-row").filter({ hasText: ORDER })).toHaveCount(0);

  // The reviewer finds it under "assigned to me" and decides each finding on the case's review page.
  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  await signIn(reviewerPage, REVIEWER.email);
  await reviewerPage.goto("/review?assignee=me");
  const mine = reviewerPage.getByTestId("review-row").filter({ hasText: ORDER });
  await expect(mine.getByTestId("review-reviewer")).toHaveText(REVIEWER.name);
  await mine.getByRole("link", { name: ORDER }).click();
  await expect(reviewerPage.getByTestId("review-order-no")).toContainText(ORDER);
  await expect(reviewerPage.getByTestId("review-progress")).toHaveAttribute("data-ready", "false");

  const pending = reviewerPage.getByTestId("findings-section").locator("[data-review=PENDING]");
  const total = await pending.count();
  expect(total).toBeGreaterThan(0);

  // The case cannot be marked READY yet: the status form says how many findings wait.
  const reviewUrl = reviewerPage.url();
  await reviewerPage.getByRole("link", { name: "打开案件页" }).click();
  const statusControl = reviewerPage.getByTestId("status-control");
  await statusControl.locator("#toStatus").selectOption("READY");
  await statusControl.getByTestId("status-submit").click();
  await expect(statusControl.getByRole("alert")).toContainText(`还有 ${total} 项取证发现待人工复核`);
  await expect(reviewerPage.getByTestId("dispute-status")).toHaveAttribute("data-status", "UNDER_REVIEW");
  await reviewerPage.goto(reviewUrl);
  // Rejecting needs a note; the first finding is rejected with one, the rest confirmed.
  await pending.first().locator("textarea[name=note]").fill("与参考图无关，驳回");
  await pending.first().getByTestId("finding-reject").click();
  await expect(pending).toHaveCount(total - 1);
  for (let left = total - 1; left > 0; left--) {
    await pending.first().getByTestId("finding-confirm").click();
    await expect(pending).toHaveCount(left - 1);
  }
  await expect(reviewerPage.getByTestId("review-progress")).toHaveAttribute("data-ready", "true");
  await reviewerPage.getByRole("link", { name: "打开案件页" }).click();
  await statusControl.locator("#toStatus").selectOption("READY");
  await statusControl.getByTestId("status-submit").click();
  await expect(reviewerPage.getByTestId("dispute-status")).toHaveAttribute("data-status", "READY");
  await reviewerPage.goto(reviewUrl);

  // The case's audit trail shows the assignment and the decisions.
  const audit = reviewerPage.getByTestId("review-audit");
  await expect(audit).toContainText("分配复核人");
  await expect(audit).toContainText("争议状态变更");
  await expect(audit.getByText("复核取证发现")).toHaveCount(total);
  await reviewerPage.screenshot({ path: test.info().outputPath("review-case.png"), fullPage: true });

  await reviewerPage.getByRole("link", { name: "返回复核队列" }).click();
  await expect(reviewerPage.getByTestId("review-row").filter({ hasText: ORDER })).toHaveCount(0);
  await reviewerContext.close();
});

test("staff cannot open the review queue", async ({ page }) => {
  await signIn(page, "staff@demo.refundproof.cn");
  await page.goto("/");
  await expect(page.getByTestId("stat-open")).toBeVisible();
  await expect(page.getByTestId("dashboard-review-backlog")).toHaveCount(0);
  await page.goto("/review");
  await expect(page.getByTestId("review-forbidden")).toBeVisible();
  await expect(page.getByTestId("review-queue")).toHaveCount(0);
});
