import { expect, request, test } from "@playwright/test";
import { signUpMerchant } from "./helpers";

test("an owner creates an API key that works once copied, is never shown again, and stops working when revoked", async ({ page, baseURL }) => {
  await signUpMerchant(page);
  await page.goto("/settings");
  const card = page.getByTestId("api-keys-card");
  await expect(card).toContainText("还没有 API 密钥");

  // A nameless key is refused in place.
  await card.getByRole("button", { name: "创建密钥" }).click();
  await expect(card.locator("#api-key-name")).toHaveAttribute("aria-invalid", "true");

  await card.locator("#api-key-name").fill("ERP 订单同步");
  await card.locator("#api-key-name").press("Enter");
  await expect(card.getByTestId("api-key-created")).toContainText("只显示这一次");
  const key = await card.getByTestId("api-key-value").inputValue();
  expect(key).toMatch(/^rpk_/);
  await expect(card.locator("[data-testid=api-key-row][data-name='ERP 订单同步']")).toContainText(key.slice(0, 12));

  // The API takes the key; the browser's session cookie is not what it reads.
  const api = await request.newContext({ baseURL });
  const listed = await api.get("/api/v1/disputes", { headers: { authorization: `Bearer ${key}` } });
  expect(listed.status()).toBe(200);
  expect(await listed.json()).toMatchObject({ items: [], total: 0 });
  const reference = await api.get("/api/v1/openapi.json");
  expect((await reference.json()).info.title).toBe("RefundProof API");

  await page.reload();
  await expect(page.getByTestId("api-key-created")).toHaveCount(0);
  expect(await page.content()).not.toContain(key);
  const row = page.locator("[data-testid=api-key-row][data-name='ERP 订单同步']");
  await expect(row).not.toContainText("从未使用");

  await row.getByTestId("api-key-revoke").click();
  await row.getByTestId("api-key-revoke-confirm").click();
  await expect(row).toHaveAttribute("data-revoked", "true");
  await expect(row).toContainText("吊销");
  const refused = await api.get("/api/v1/disputes", { headers: { authorization: `Bearer ${key}`, "accept-language": "en" } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.message).toMatch(/revoked/);

  // A read-only key reads and may not write.
  await page.locator("#api-key-name").fill("报表系统");
  await page.locator("#api-key-access").selectOption("read");
  await page.locator("#api-key-name").press("Enter");
  const reader = await page.getByTestId("api-key-value").inputValue();
  await expect(page.locator("[data-testid=api-key-row][data-name='报表系统']")).toContainText("只读");
  expect((await api.get("/api/v1/stores", { headers: { authorization: `Bearer ${reader}` } })).status()).toBe(200);
  const write = await api.post("/api/v1/disputes", { headers: { authorization: `Bearer ${reader}` }, data: {} });
  expect(write.status()).toBe(403);
  await api.dispose();
});
