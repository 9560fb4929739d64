import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// Two department leaders in one unit (a day-care with two departments): each creates a MUS round
// the same year, each sees only their own people, and neither can open the other's round.

let world: World;
const year = new Date().getFullYear() + 1;
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/tr-${name}.png`, fullPage: true });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("two-leaders");
  // Lars Holm leads a second department in Mette Søndergård's unit, under the same area leader.
  const person = (name: string, local: string, jobTitle: string, manager: string) =>
    sql(
      `insert into "Person" (id, "municipalityId", name, email, "jobTitle", "unitId", "managerId", "updatedAt")
       select gen_random_uuid(), m."municipalityId", $1, $2, $3, u.id, m.id, now()
       from "Person" m join "Unit" u on u."municipalityId" = m."municipalityId" and u.name = 'Dagtilbud Solstrålen'
       where m.email = $4`,
      [name, world.email(local), jobTitle, world.email(manager)],
    );
  await person("Lars Holm", "lars.holm", "Afdelingsleder", "karen.hoejgaard");
  await person("Sofie Bach", "sofie.bach", "Pædagog", "lars.holm");
  await person("Nikolaj Eg", "nikolaj.eg", "Pædagogmedhjælper", "lars.holm");
});

async function signIn(page: Page, email: string) {
  await page.context().addCookies([await world.sessionCookie(email)]);
}

async function createRound(page: Page, title: string): Promise<string> {
  await page.goto("/runder/ny");
  await page.getByRole("radio", { name: /^Tønder-konceptet/ }).check();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("År", { exact: true }).fill(`${year}`);
  const dates = [`12-01-${year}`, `01-02-${year}`, `31-03-${year}`, `20-04-${year}`, `01-10-${year}`];
  for (const [index, label] of ["Opstartsmøde", "Samtaler fra", "Samtaler til", "Fælles opsamling", "Opfølgning"].entries())
    await page.getByLabel(label, { exact: true }).fill(dates[index]);
  await page.getByRole("button", { name: "Opret runde" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("two leaders in one unit each run their own MUS round the same year, with only their own people", async ({ browser }) => {
  const mette = await (await browser.newContext()).newPage();
  await world.signInAs(mette, "Mette Søndergård");
  const mettes = await createRound(mette, `MUS ${year} – Mettes afdeling`);

  const lars = await (await browser.newContext()).newPage();
  await signIn(lars, world.email("lars.holm"));
  const larss = await createRound(lars, `MUS ${year} – Lars' afdeling`);
  expect(larss).not.toBe(mettes);

  // Both rounds are of the same unit and year.
  const { rows } = await sql(
    `select count(distinct r."unitId")::int as units, count(*)::int as rounds from "Round" r
     join "Person" l on l.id = r."leaderId" where l.email = any($1) and r.year = $2`,
    [[world.email("mette.soendergaard"), world.email("lars.holm")], year],
  );
  expect(rows[0]).toEqual({ units: 1, rounds: 2 });

  // Each leader's participants are their own people.
  await mette.goto(`${mettes}/deltagere`);
  await expect(mette.getByRole("cell", { name: "Åse Kirkegaard" }).first()).toBeVisible();
  await expect(mette.getByText("Sofie Bach")).toHaveCount(0);
  await expect(mette.getByText("Nikolaj Eg")).toHaveCount(0);
  await lars.goto(`${larss}/deltagere`);
  await expect(lars.getByRole("cell", { name: "Sofie Bach" }).first()).toBeVisible();
  await expect(lars.getByRole("cell", { name: "Nikolaj Eg" }).first()).toBeVisible();
  await expect(lars.getByText("Åse Kirkegaard")).toHaveCount(0);
  await shot(lars, "two-leaders-participants-1280");

  // Each one's list of rounds holds their own round only.
  await lars.goto("/runder");
  const leading = lars.getByRole("region", { name: "Runder du leder" }).or(lars.locator("section").filter({ hasText: "Runder du leder" }));
  await expect(leading.getByRole("link", { name: `MUS ${year} – Lars' afdeling` })).toBeVisible();
  await expect(lars.getByRole("link", { name: `MUS ${year} – Mettes afdeling` })).toHaveCount(0);
  await lars.setViewportSize({ width: 390, height: 844 });
  await shot(lars, "two-leaders-rounds-390");

  // Neither can open the other's round or its pages.
  for (const path of ["", "/deltagere", "/opstart", "/materiale"]) {
    expect((await mette.goto(`${larss}${path}`))?.status(), `Mette on ${larss}${path}`).toBe(404);
    expect((await lars.goto(`${mettes}${path}`))?.status(), `Lars on ${mettes}${path}`).toBe(404);
  }
});
