import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// The HR export's employment facts decide a new round's default participants: the administrator
// sets the rules and imports a file with an hourly substitute, a new hire and a senior; the leader
// plans a round and finds the substitute and the new hire listed but not taken in, each with the
// reason, and the senior offered a seniorsamtale, then takes the substitute in anyway.

let world: World;
test.beforeAll(async () => {
  world = await newWorld("employment-facts");
});

const year = new Date().getFullYear() + 1;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

test("an import with employment facts sets the round's default participants, and the leader can take someone in", async ({ page }) => {
  test.setTimeout(120_000);
  await world.signInAs(page, "Peter Skov Jæger");

  // The municipality's rules: new hires in their first six months are not invited by default.
  await page.goto("/admin");
  const rules = page.getByRole("group", { name: "Deltagere i nye runder" });
  await expect(rules.getByLabel("Inviter timelønnede vikarer som standard")).not.toBeChecked();
  await expect(rules.getByLabel("Tilbyd seniorsamtale fra alderen")).toHaveValue("60");
  await rules.getByLabel("Nyansatte inviteres først efter (måneder)").fill("100");
  await page.getByRole("button", { name: "Gem reglerne" }).click();
  await expect(page.getByText("Skriv et antal måneder mellem 1 og 60, eller lad feltet stå tomt.")).toBeVisible();
  await rules.getByLabel("Nyansatte inviteres først efter (måneder)").fill("6");
  await page.getByRole("button", { name: "Gem reglerne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reglerne for deltagere er gemt." })).toBeVisible();
  await rules.scrollIntoViewIfNeeded();
  await shot(page, "employment-facts-admin-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "employment-facts-admin-390");
  await page.setViewportSize({ width: 1280, height: 900 });

  // Everyone already there, with the employment columns: Jonas an hourly substitute, Freja hired
  // a month before the conversations begin, Åse born in 1960; and one new hourly substitute.
  await page.goto("/admin/import");
  const everyone = await sql(
    `select p.name, p.email, u.name as unit, m.email as manager, p."jobTitle", coalesce(string_agg(r.role::text, '|'), '') as roles
     from "Person" p left join "Unit" u on u.id = p."unitId" left join "Person" m on m.id = p."managerId" left join "RoleAssignment" r on r."personId" = p.id
     join "Municipality" k on k.id = p."municipalityId"
     where p.active and k.name = $1 group by p.id, u.name, m.email order by p.email`,
    [world.municipality],
  );
  const roleName = (role: string) => ({ ADMINISTRATOR: "Administrator", HR: "HR", COMMITTEE_MEMBER: "MED" })[role] ?? role;
  const facts: Record<string, string[]> = {
    "Jonas Brøndum": ["Timelønnet vikar", "01-08-2019", ""],
    "Freja Lund": ["Fastansat", `1.1.${year}`, "1994"],
    "Åse Kirkegaard": ["Månedslønnet", "2001-03-01", "1960"],
  };
  const header = "Navn;E-mail;Enhed;Leders e-mail;Stilling;Roller;Ansættelsesform;Ansat fra;Fødselsår";
  const lines = everyone.rows.map((row) =>
    [
      row.name,
      row.email,
      row.unit,
      row.manager ?? "",
      row.jobTitle ?? "",
      row.roles.split("|").filter(Boolean).map(roleName).join("|"),
      ...(facts[row.name] ?? ["", "", ""]),
    ].join(";"),
  );
  const substitute = `Søs Ærenlund;${world.email("soes.aerenlund")};Dagtilbud Solstrålen;${world.email("mette.soendergaard")};Pædagogmedhjælper;`;
  const bad = [header, ...lines, `${substitute};Tilkaldevikar;31-02-2024;`].join("\r\n");
  await page.getByLabel("CSV-fil").setInputFiles({ name: "hr.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "latin1") });
  await page.getByRole("button", { name: "Vis hvad der vil ske" }).click();
  await expect(
    page.getByRole("row", { name: /»31-02-2024« er ikke en dato\. Skriv den som 01-02-2024, 1\.2\.2024 eller 2024-02-01\./ }),
  ).toBeVisible();

  const good = [header, ...lines, `${substitute};Tilkaldevikar;01-09-2024;`].join("\r\n");
  await page.getByLabel("CSV-fil").setInputFiles({ name: "hr.csv", mimeType: "text/csv", buffer: Buffer.from(good, "latin1") });
  await page.getByRole("button", { name: "Vis hvad der vil ske" }).click();
  const summary = page.getByRole("region", { name: "Det vil ske" });
  await expect(summary.getByRole("definition").first()).toHaveText("1");
  await summary.getByText("Ændres (3)").click();
  await expect(summary.getByText(/Åse Kirkegaard.*ansættelse/)).toBeVisible();
  await shot(page, "employment-facts-import-preview");
  await page.getByRole("button", { name: "Gennemfør importen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Importen er gennemført: 1 oprettet, 3 ændret, 0 deaktiveret." })).toBeVisible();

  // The person form shows what came in.
  await page.goto("/admin/personer?q=kirkegaard");
  await page.getByRole("link", { name: "Åse Kirkegaard" }).click();
  await expect(page.getByLabel("Fødselsår")).toHaveValue("1960");
  await expect(page.getByLabel("Ansættelsestype")).toHaveValue("PERMANENT");
  await expect(page.getByLabel("Ansat fra")).toHaveValue("01-03-2001");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "employment-facts-person-390");
  await page.setViewportSize({ width: 1280, height: 900 });

  // The leader plans a round.
  await world.signInAs(page, "Mette Søndergård");
  await page.goto("/runder/ny");
  await page.getByLabel("Titel").fill(`MUS ${year} i Solstrålen`);
  await page.getByLabel("År", { exact: true }).fill(`${year}`);
  const dates = [`12-01-${year}`, `01-02-${year}`, `31-03-${year}`, `20-04-${year}`, `01-10-${year}`];
  for (const [index, label] of ["Opstartsmøde", "Samtaler fra", "Samtaler til", "Fælles opsamling", "Opfølgning"].entries())
    await page.getByLabel(label, { exact: true }).fill(dates[index]);
  await page.getByRole("button", { name: "Opret runde" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `MUS ${year} i Solstrålen` })).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/deltagere`);

  const leftOut = page.getByRole("region", { name: "Ikke med som standard" });
  for (const [name, reason] of [
    ["Jonas Brøndum", "Timelønnet vikar – ikke med som standard"],
    ["Søs Ærenlund", "Timelønnet vikar – ikke med som standard"],
    ["Freja Lund", "Ansat for under 6 måneder"],
  ]) {
    const box = leftOut.getByRole("checkbox", { name: new RegExp(`^${name}`) });
    await expect(box).not.toBeChecked();
    await expect(leftOut.locator("label").filter({ hasText: name })).toContainText(reason);
  }
  await expect(page.getByLabel("Tilbyd Åse Kirkegaard en seniorsamtale")).toBeChecked();
  await expect(page.getByLabel("Tilbyd Ida Vestergaard en seniorsamtale")).not.toBeChecked();
  await expect(page.getByLabel("Gruppe for Jonas Brøndum")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shot(page, "employment-facts-participants-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "employment-facts-participants-390");
  await page.setViewportSize({ width: 1280, height: 900 });

  // Taking nobody is refused next to the list; then the substitute is taken in after all.
  await leftOut.getByRole("button", { name: "Tag de markerede med" }).click();
  await expect(leftOut.getByText("Markér mindst én person.")).toBeVisible();
  await leftOut.getByRole("checkbox", { name: /^Jonas Brøndum/ }).check();
  await leftOut.getByRole("button", { name: "Tag de markerede med" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Jonas Brøndum er taget med i runden." })).toBeVisible();
  await expect(page.getByLabel("Gruppe for Jonas Brøndum")).toBeVisible();
  await expect(leftOut.getByRole("checkbox", { name: /^Jonas Brøndum/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Gruppe for Jonas Brøndum")).toBeVisible();
  await expect(page.getByRole("region", { name: "Ikke med som standard" }).getByRole("checkbox")).toHaveCount(2);
});
