import { expect, test, type Page } from "@playwright/test";

// Sign-in through a real OpenID Connect provider (a local one standing in for the municipality's).

async function signInThroughProvider(page: Page, login: string) {
  await page.goto("/log-ind");
  await page.getByRole("button", { name: "Log ind med Vesterå Login" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("hvad-som-helst");
  await page.locator('button[type="submit"]').click();
  // The provider's consent screen (a municipality's own provider would skip it for its own app).
  await page.getByRole("button", { name: "Continue" }).click();
}

test("an imported person signs in through the identity provider, matched on e-mail", async ({ page }) => {
  await signInThroughProvider(page, "Karen.Hoejgaard@vesteraa.example");
  await expect(page.getByRole("banner")).toContainText("Logget ind som Karen Højgaard");
});

test("someone the identity provider knows but the municipality has not imported gets the no-access page", async ({ page }) => {
  await signInThroughProvider(page, "ny.vikar@vesteraa.example");
  await expect(page.getByRole("heading", { name: "Du har ikke adgang til MUS og LUS" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Log ind" })).toBeVisible();
});
