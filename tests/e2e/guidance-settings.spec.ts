import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// Administration's guidance settings as an administrator uses them: the help contact, the
// cooperation body's name and the policies to consider; then what others see of them (the
// footer, the leader's checklist, the committee's view of a round).

let world: World;
const shots = process.env.GUIDE_SHOTS ?? "test-results/screenshots";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("guidance-settings", { rounds: true });
});

async function bothWidths(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${shots}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${shots}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the administrator sets the help contact, the body's name and a policy; leaders and the committee see them", async ({ page }) => {
  await world.signInAs(page, "Peter Skov Jæger");
  await page.goto("/admin");

  const help = page.locator("form").filter({ has: page.getByRole("group", { name: "Kontakt for hjælp" }) });
  await help.getByLabel("Navn").fill("Sanne Ganzhorn");
  await help.getByLabel("Stilling eller funktion").fill("ledelseskonsulent");
  await help.getByLabel("Telefon").fill("74 92 92 92");
  await help.getByRole("button", { name: "Gem kontakten" }).click();
  await expect(help.getByText("Kontakten er gemt.")).toBeVisible();

  const guidance = page.locator("form").filter({ has: page.getByRole("group", { name: "Vejledning i runderne" }) });
  await guidance.getByLabel("Samarbejdsorganets navn").fill("Samarbejdsfeltet");
  await guidance.getByLabel("Politik 1: navn").fill("Trivselspolitik");
  await guidance.getByLabel("Politik 1: adresse").fill("javascript:alert(1)");
  await guidance.getByRole("button", { name: "Gem vejledningen" }).click();
  // The message stands at the field, and what was typed is still there.
  await expect(guidance.getByText("Skriv en hel webadresse, der begynder med https://")).toBeVisible();
  await expect(guidance.getByLabel("Politik 1: navn")).toHaveValue("Trivselspolitik");
  await expect(guidance.getByLabel("Politik 1: adresse")).toHaveAttribute("aria-invalid", "true");
  await guidance.getByLabel("Politik 1: adresse").fill("https://intra.vesteraa.dk/trivsel");
  await guidance.getByRole("button", { name: "Gem vejledningen" }).click();
  await expect(guidance.getByText("Vejledningen er gemt.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("group", { name: "Kontakt for hjælp" }).scrollIntoViewIfNeeded();
  await bothWidths(page, "admin-guidance-settings");

  await page.reload();
  await expect(page.getByLabel("Samarbejdsorganets navn")).toHaveValue("Samarbejdsfeltet");
  await expect(page.getByLabel("Politik 1: adresse")).toHaveValue("https://intra.vesteraa.dk/trivsel");
  await expect(page.getByTestId("help-contact")).toContainText("Brug for hjælp? Kontakt ledelseskonsulent Sanne Ganzhorn");
  await expect(page.getByRole("contentinfo")).toContainText("Samarbejdsfeltet ser kun samlede, anonyme tal.");

  // The leader planning a round finds the policy on the checklist.
  const { rows } = await sql(
    `select r.id as "roundId", l.name as leader from "Round" r join "Municipality" k on k.id = r."municipalityId"
     join "Person" l on l.id = r."leaderId" where k.name = $1 and r.state = 'PLANNING' limit 1`,
    [world.municipality],
  );
  const { roundId, leader } = rows[0] as { roundId: string; leader: string };
  const leaderPage = await page.context().browser()!.newPage();
  await world.signInAs(leaderPage, leader);
  await leaderPage.goto(`/runder/${roundId}`);
  const policies = leaderPage.getByRole("list", { name: "Kommunens politikker at tænke med" });
  await expect(policies.getByRole("link", { name: "Trivselspolitik" })).toHaveAttribute("href", "https://intra.vesteraa.dk/trivsel");
  await bothWidths(leaderPage, "checklist-policies");
  // The material's preview names the body as the municipality calls it.
  await leaderPage.goto(`/runder/${roundId}/materiale`);
  await expect(leaderPage.getByText("Indtil da kan kun du og Samarbejdsfeltet se det.")).toBeVisible();
  await leaderPage.close();
});
