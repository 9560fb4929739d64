import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { newWorld, type World } from "./support/world";

// An administrator gives the MED committee for Børn og Unge the area Sundhed og Omsorg as well;
// the representative on it then follows that area's rounds, and before that did not.

let world: World;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("med", { rounds: true });
});

test("an administrator sets what a MED committee covers, and its representative follows those rounds", async ({ page, browser }) => {
  const anne = await (await browser.newContext()).newPage();
  await world.signInAs(anne, "Anne Sofie Mørch");
  await anne.goto("/runder");
  const followed = anne.getByRole("table", { name: "Runder du følger som medlem af MED-udvalget" });
  await expect(followed).toBeVisible();
  await expect(followed.getByRole("row", { name: /Hjemmeplejen Vest/ })).toHaveCount(0);

  await world.signInAs(page, "Peter Skov Jæger");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "MED-udvalg" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "MED-udvalg" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "MED-udvalget for Børn og Unge" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ret MED-udvalget for Børn og Unge" })).toBeVisible();

  // A name is required; what was chosen is kept.
  const name = page.getByLabel("Udvalgets navn");
  await name.fill("");
  await page.getByRole("group", { name: "Enheder, udvalget dækker" }).getByLabel("Sundhed og Omsorg", { exact: true }).check();
  await page.getByRole("button", { name: "Gem udvalget" }).click();
  await expect(page.getByText("Skal udfyldes.")).toBeVisible();
  await expect(page.getByLabel("Sundhed og Omsorg", { exact: true })).toBeChecked();
  await name.fill("MED-udvalget for Børn og Unge samt Sundhed og Omsorg");
  await page.getByRole("button", { name: "Gem udvalget" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Udvalget er gemt." })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/med-committee.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screenshots/med-committee-390.png", fullPage: true });

  await anne.reload();
  await expect(followed.getByRole("row", { name: /Hjemmeplejen Vest/ }).first()).toBeVisible();
});

test("the committees are the administrator's alone", async ({ page }) => {
  await world.signInAs(page, "Anne Sofie Mørch");
  expect((await page.goto("/admin/med"))?.status()).toBe(404);
});
