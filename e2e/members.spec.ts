import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { signUpMerchant } from "./helpers";

test("the owner invites a staff member, who joins through the link and cannot manage members", async ({ page, browser }) => {
  const { merchantName } = await signUpMerchant(page);
  const staffEmail = `staff-${randomUUID().slice(0, 8)}@example.test`;

  await page.goto("/settings");
  const invite = page.getByTestId("invite-form");
  await invite.locator("#invite-email").fill(staffEmail);
  await invite.locator("#invite-role").selectOption("staff");
  await invite.locator("button[type=submit]").click();
  const row = page.locator(`[data-testid=invitation-row][data-email="${staffEmail}"]`);
  await expect(row).toBeVisible();
  const link = await row.getByTestId("invitation-link").inputValue();

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await staff.goto(link);
  await expect(staff.getByTestId("invitation-merchant")).toContainText(merchantName);
  const form = staff.getByTestId("invitee-sign-up-form");
  await form.locator("#name").fill("新员工");
  await form.locator("#password").fill("password-123");
  await staff.getByTestId("invitee-sign-up").click();
  await expect(staff.getByTestId("org-name")).toHaveText(merchantName);

  // Staff work on disputes but cannot invite or change roles.
  await staff.goto("/settings");
  await expect(staff.getByTestId("invite-form")).toHaveCount(0);
  await expect(staff.getByTestId("member-role-select")).toHaveCount(0);
  await staffContext.close();

  await page.reload();
  await expect(page.locator(`[data-testid=member-row][data-email="${staffEmail}"]`)).toHaveAttribute("data-role", "staff");
});
