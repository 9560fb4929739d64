import { expect, type Page } from "@playwright/test";

/** Signs in with the demo sign-in (demo mode only) as the named person. */
export async function signInAs(page: Page, name: string) {
  await page.goto("/log-ind");
  await page
    .getByRole("button", { name: new RegExp(`^Log ind som ${name}`) })
    .first()
    .click();
  await expect(page.getByRole("banner")).toContainText(`Logget ind som ${name}`);
}
