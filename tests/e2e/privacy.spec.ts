import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { newWorld, type World } from "./support/world";

// The privacy notice (art. 13), reached from every page's footer, says what the municipality's
// settings and retention rules say; the administrator fills in the controller and the DPO and
// downloads the record of processing (art. 30).

let world: World;
test.beforeAll(async () => {
  world = await newWorld("privacy");
});

test("signed out, the footer leads to the privacy notice, with the retention periods and the person's rights", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Sådan behandler vi dine oplysninger" }).click();
  await expect(page).toHaveURL(/\/privatliv$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sådan behandler vi dine oplysninger" })).toBeVisible();
  for (const heading of [
    "Hvem er ansvarlig for dine oplysninger",
    "Databeskyttelsesrådgiveren",
    "Hvor længe gemmer vi oplysningerne",
    "Dine rettigheder",
  ])
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  const periods = page.getByRole("table", { name: "Slettefrister efter kommunens regler" });
  await expect(periods.getByRole("row", { name: /Forberedelsesskemaernes tekster og lederens noter/ })).toContainText(
    "6 måneder efter, at runden er afsluttet",
  );
  await expect(page.getByRole("link", { name: "Hent alt, appen har om dig" })).toHaveAttribute("href", "/mine-data");
  await expectNoAxeViolations(page);
});

test("an administrator fills in the controller and the DPO; the notice and the record say so, and follow the retention rules", async ({
  page,
}) => {
  await world.signInAs(page, "Peter Skov Jæger");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Databeskyttelse" }).click();
  await expect(page.getByLabel("Kommunens juridiske navn")).toHaveValue(world.municipality);
  await page.getByLabel("Kommunens adresse").fill("Rådhuspladsen 1, 9999 Vesterå");
  const dpo = page.getByRole("group", { name: "Databeskyttelsesrådgiveren" });
  await dpo.getByLabel("Navn").fill("Dorthe Ravn");
  await dpo.getByLabel("E-mail").fill("forkert");
  await dpo.getByLabel("Telefon").fill("+45 99 99 99 99");
  await page.getByRole("button", { name: "Gem oplysningerne" }).click();
  await expect(dpo.getByText("Skriv en gyldig e-mailadresse, f.eks. navn@kommune.dk.")).toBeVisible();
  await expect(dpo.getByLabel("Navn")).toHaveValue("Dorthe Ravn");
  await dpo.getByLabel("E-mail").fill(world.email("dpo"));
  await page.getByRole("button", { name: "Gem oplysningerne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Oplysningerne er gemt." })).toBeVisible();
  await expectNoAxeViolations(page);

  // The record of processing, as a file.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Hent fortegnelsen som HTML-fil" }).click();
  const record = readFileSync((await (await downloadPromise).path())!, "utf8");
  expect(record).toContain("Fortegnelse over behandling af personoplysninger – MUS og LUS");
  expect(record).toContain("Dorthe Ravn");

  // A retention period changed is what the notice says next.
  await page.goto("/admin/opbevaring");
  await page.getByLabel("Måneder for Forberedelsesskemaernes tekster og lederens noter").fill("8");
  await page.getByRole("button", { name: "Gem perioderne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Perioderne er gemt." })).toBeVisible();
  await page.goto("/privatliv");
  await expect(page.getByText("Dorthe Ravn")).toBeVisible();
  await expect(page.getByRole("link", { name: world.email("dpo") })).toHaveAttribute("href", `mailto:${world.email("dpo")}`);
  await expect(
    page.getByRole("table", { name: "Slettefrister efter kommunens regler" }).getByRole("row", { name: /Forberedelsesskemaernes tekster/ }),
  ).toContainText("8 måneder efter, at runden er afsluttet");
  await page.screenshot({ path: "test-results/screenshots/privacy-notice.png", fullPage: true });
});

test("the record is the administrator's; the notice is everyone's", async ({ page }) => {
  await world.signInAs(page, "Åse Kirkegaard");
  expect((await page.request.get("/admin/databeskyttelse/fortegnelse")).status()).toBe(404);
  await page.getByRole("contentinfo").getByRole("link", { name: "Sådan behandler vi dine oplysninger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sådan behandler vi dine oplysninger" })).toBeVisible();
});
