import { expect, test } from "@playwright/test";

test("the start page opens in Danish, with no console errors", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));

  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Udviklingssamtaler, der fører til noget");
  await expect(page.getByRole("heading", { name: "Sådan forløber en runde" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(4);
  await expect(page.getByText("Vesterå Kommune").first()).toBeVisible();
  await expect(page).toHaveTitle("MUS og LUS");
  await page.screenshot({ path: "test-results/screenshots/start-page.png", fullPage: true });
  expect(problems).toEqual([]);
});

test("the skip link is the first thing the keyboard reaches, and it is visible", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Gå til indhold" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#indhold$/);
});

test("the health check answers in JSON", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("the page works on a tablet held upright", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.screenshot({ path: "test-results/screenshots/start-page-tablet.png", fullPage: true });
});
