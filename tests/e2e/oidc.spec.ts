import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// Sign-in through a real OpenID Connect provider (a local one standing in for the municipality's).
// The people are this spec's own world's: a first sign-in binds a person to the provider's account
// for good, which no other spec may find done already.

let world: World;
test.beforeAll(async () => {
  world = await newWorld("oidc");
});

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
  // Capitals in the provider's address: matched however it is written.
  await signInThroughProvider(page, `Karen.Hoejgaard@${world.domain}`);
  await expect(page.getByRole("banner")).toContainText("Logget ind som Karen Højgaard");
});

test("someone without a work e-mail signs in on a shared device, matched on the employee number", async ({ page }) => {
  const number = `K-${world.domain}`;
  await sql(`update "Person" set email = null, "employeeNumber" = $1 where email = $2`, [number, world.email("gitte.rasmussen")]);
  await signInThroughProvider(page, `nr:${number}`);
  await expect(page.getByRole("banner")).toContainText("Logget ind som Gitte Rasmussen");
});

test("someone the identity provider knows but the municipality has not imported gets the no-access page", async ({ page }) => {
  await signInThroughProvider(page, world.email("ny.vikar"));
  await expect(page.getByRole("heading", { name: "Du har ikke adgang til MUS og LUS" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Log ind" })).toBeVisible();
});

async function expectRefused(page: Page, email: string, reason: string) {
  await expect(page.getByRole("heading", { name: "Login lykkedes ikke" })).toBeVisible();
  await expect(page.getByText("Du har ikke adgang.")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Log ind" })).toBeVisible();
  const refused = await sql(
    `select a.details from "AuditEvent" a join "Person" p on p.id = a."subjectId" where a.action = 'session.refused' and p.email = $1`,
    [email],
  );
  expect(refused.rows.map((row) => row.details.reason)).toContain(reason);
}

test("an e-mail the identity provider has not verified is refused, and recorded", async ({ page }) => {
  await signInThroughProvider(page, `${world.email("tove.bech")}#unverified`);
  await expectRefused(page, world.email("tove.bech"), "unverified_email");
  const bound = await sql(`select "oidcSubject" from "Person" where email = $1`, [world.email("tove.bech")]);
  expect(bound.rows[0].oidcSubject).toBeNull();
});

test("once a person has signed in, another account with the same e-mail is refused", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  await signInThroughProvider(first, world.email("pia.kjeldsen"));
  await expect(first.getByRole("banner")).toContainText("Logget ind som Pia Kjeldsen");
  const other = await (await browser.newContext()).newPage();
  await signInThroughProvider(other, `${world.email("pia.kjeldsen")}#another-account`);
  await expectRefused(other, world.email("pia.kjeldsen"), "other_subject");
});
