import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// The round's template decides the sheet: a Tønder round has no scores at all (no scale, no chart),
// a vitalisation round asks one reflection per dimension with its keywords as help text. Both are
// looked at on a laptop and a phone, the employee's sheet and the leader's conversation page.

let world: World;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("template-scores");
});

const year = new Date().getFullYear() + 1;

async function shots(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    const { scrollWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth }));
    expect(scrollWidth, `${page.url()} at ${width} px`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `/tmp/templates-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The leader creates a round from the template whose radio's name starts with `template`, writes the kick-off and publishes. */
async function createAndPublish(page: Page, template: RegExp, title: string, roundYear: number) {
  await page.goto("/runder/ny");
  await page.getByRole("radio", { name: template }).check();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("År", { exact: true }).fill(String(roundYear));
  const labels = ["Opstartsmøde", "Samtaler fra", "Samtaler til", "Fælles opsamling", "Opfølgning"];
  const dates = ["12-01", "01-02", "31-03", "20-04", "01-10"].map((day) => `${day}-${roundYear}`);
  for (const [index, label] of labels.entries()) await page.getByLabel(label, { exact: true }).fill(dates[index]);
  await page.getByRole("button", { name: "Opret runde" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const roundPath = new URL(page.url()).pathname;
  await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Opstart" }).click();
  await page.getByLabel("Enhedens kerneopgave").fill("Trygge rammer for børns leg og læring");
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gemt." })).toBeVisible();
  await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Forløb" }).click();
  await page.getByRole("button", { name: "Offentliggør og send invitationer" }).click();
  await expect(page.getByText("Fase: forberedelse")).toBeVisible();
  return roundPath;
}

async function participantId(roundPath: string, name: string) {
  const { rows } = await sql(
    `select p.id from "RoundParticipant" p join "Person" e on e.id = p."personId" where p."roundId" = $1 and e.name = $2`,
    [roundPath.split("/").pop(), name],
  );
  return rows[0].id as string;
}

const saved = (page: Page) =>
  expect(
    page
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ })
      .first(),
  ).toBeVisible({ timeout: 10_000 });

test("a Tønder round: the employee's sheet has no scales, nor has the leader's conversation page", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await world.signInAs(page, "Mette Søndergård");
  const roundPath = await createAndPublish(page, /^Tønder-konceptet/, `MUS ${year} uden vurderinger`, year);
  const { rows } = await sql(`select "hasScores", "answerLayout"::text from "Round" where id = $1`, [roundPath.split("/").pop()]);
  expect(rows[0]).toEqual({ hasScores: false, answerLayout: "CONTRIBUTE_CHALLENGES" });

  const employee = await (await browser.newContext({ baseURL: new URL(page.url()).origin })).newPage();
  await world.signInAs(employee, "Åse Kirkegaard", { open: `${roundPath}/forberedelse` });
  await expect(employee.getByRole("heading", { name: "Temaer og spørgsmål" })).toBeVisible();
  await expect(employee.getByRole("heading", { name: "De fire behovsdimensioner" })).toHaveCount(0);
  await expect(employee.getByRole("radio")).toHaveCount(0);
  await expect(employee.getByText("Dine vurderinger af de fire dimensioner")).toHaveCount(0);
  // Nor does the retention notice speak of scores to keep.
  await expect(employee.getByText(/Skemaets tekster og lederens noter efter 6 måneder\.$/i)).toBeVisible();
  await expect(employee.getByText(/de fire vurderinger/)).toHaveCount(0);
  await expect(employee.getByLabel("Hvilken dimension vil du gerne starte samtalen med?")).toHaveCount(0);
  await employee.getByLabel("Hvordan bidrager du, og kunne du gøre andet/mere?").first().fill("Jeg tager mig af morgenmaden.");
  await saved(employee);
  await employee.getByRole("button", { name: "Del skemaet med min leder" }).click();
  await expect(employee.getByText(/Du delte skemaet .*Din leder kan nu læse det\./)).toBeVisible();
  await expectNoAxeViolations(employee);
  await shots(employee, "toender-sheet");

  // The material has no dimensions either.
  await employee.goto(`${roundPath}/materiale`);
  await expect(employee.getByRole("heading", { name: "De fire behovsdimensioner" })).toHaveCount(0);

  await page.goto(`${roundPath}/samtale/${await participantId(roundPath, "Åse Kirkegaard")}`);
  await expect(page.getByText("Jeg tager mig af morgenmaden.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("De fire behovsdimensioner")).toHaveCount(0);
  await expect(page.getByText("Åse Kirkegaards vurderinger af de fire dimensioner")).toHaveCount(0);
  // The plan asks what matters, not which dimension to start with.
  await expect(page.getByText("Hvilket tema starter I med, og hvad er ellers vigtigt at nå omkring?")).toBeVisible();
  await expect(page.getByLabel("Vi starter med")).toHaveCount(0);
  await shots(page, "toender-conversation");
});

test("a vitalisation round: one reflection per dimension, the keywords under it, and the four scores", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await world.signInAs(page, "Mette Søndergård");
  const roundPath = await createAndPublish(page, /^Børn og Unge – vitaliseringsmodellen/, `MUS ${year + 1} med refleksioner`, year + 1);

  const employee = await (await browser.newContext({ baseURL: new URL(page.url()).origin })).newPage();
  await world.signInAs(employee, "Åse Kirkegaard", { open: `${roundPath}/forberedelse` });
  await expect(employee.getByRole("heading", { name: "De fire behovsdimensioner" })).toBeVisible();
  const themes = employee.getByRole("region", { name: "Temaer og spørgsmål" });
  for (const dimension of ["Mestring", "Mening", "Samhørighed", "Autonomi"])
    await expect(themes.getByRole("heading", { name: dimension, exact: true })).toBeVisible();
  await expect(themes.getByText(/Nøgleord: Aktuelle arbejdsopgaver · Valg af arbejdsmetoder/)).toBeVisible();
  await expect(themes.getByLabel("Din refleksion")).toHaveCount(4);
  await expect(themes.getByLabel("Hvordan bidrager du, og kunne du gøre andet/mere?")).toHaveCount(0);
  await employee.getByRole("group", { name: "Mestring: hvordan opleves den lige nu?" }).getByText("7", { exact: true }).first().click();
  await themes.getByLabel("Din refleksion").first().fill("Jeg lykkes bedst, når jeg kan planlægge dagen med børnene.");
  await saved(employee);
  await employee.getByRole("button", { name: "Del skemaet med min leder" }).click();
  await expect(employee.getByText(/Du delte skemaet .*Din leder kan nu læse det\./)).toBeVisible();
  await expectNoAxeViolations(employee);
  await shots(employee, "vitalisation-sheet");

  await page.goto(`${roundPath}/samtale/${await participantId(roundPath, "Åse Kirkegaard")}`);
  await expect(page.getByText("Jeg lykkes bedst, når jeg kan planlægge dagen med børnene.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Åse Kirkegaards vurderinger af de fire dimensioner").first()).toBeVisible();
  await shots(page, "vitalisation-conversation");
});

test("an administrator turns the scores on for the Tønder template; the running rounds keep theirs", async ({ page }) => {
  await world.signInAs(page, "Peter Skov Jæger", { open: "/admin/skabeloner" });
  await expect(page.getByRole("cell", { name: "Uden vurderinger; to felter pr. spørgsmål" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Med vurderinger; én refleksion pr. spørgsmål" })).toBeVisible();
  await shots(page, "admin-templates");
  await page.getByRole("link", { name: "Tønder-konceptet", exact: true }).click();
  const scores = page.getByRole("checkbox", { name: /^De fire vitaliseringsdimensioner/ });
  await expect(scores).not.toBeChecked();
  await expect(page.getByRole("radio", { name: /^To felter/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await shots(page, "admin-template");
  await scores.check();
  await page.getByRole("button", { name: "Gem skabelonen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Skabelonen er gemt." })).toBeVisible();
  const { rows } = await sql(
    `select t."hasScores", t."editedAt" is not null as edited from "RoundTemplate" t join "Municipality" k on k.id = t."municipalityId"
     where t.key = 'toender' and k.name = $1`,
    [world.municipality],
  );
  expect(rows[0]).toEqual({ hasScores: true, edited: true });
  // The Tønder round made above (if it ran first) still has none: a round is its own copy.
  const running = await sql(
    `select count(*)::int as n from "Round" r join "Municipality" k on k.id = r."municipalityId" where k.name = $1 and r."templateName" = 'Tønder-konceptet' and r."hasScores"`,
    [world.municipality],
  );
  expect(running.rows[0].n).toBe(0);
});
