import { readFileSync } from "node:fs";
import { expect, test, type Download } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

let world: World;
test.beforeAll(async () => {
  world = await newWorld("admin");
});

test.describe("administration", () => {
  test("is not there for anyone but an administrator", async ({ page }) => {
    await world.signInAs(page, "Birgitte Dalsgaard");
    const response = await page.goto("/admin/personer");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  });

  test("chooses what each signed plan's PDF holds when it is filed; the choice is kept", async ({ page }) => {
    await world.signInAs(page, "Peter Skov Jæger");
    await page.goto("/admin");
    const agreements = page.getByRole("radio", { name: "Kun de konkrete aftaler (øvebaner og opfølgning)" });
    const whole = page.getByRole("radio", { name: "Hele planen som referat af samtalen" });
    await expect(whole).toBeChecked();
    await agreements.check();
    await page.getByRole("button", { name: "Gem valget" }).click();
    await expect(page.getByText("Valget er gemt.")).toBeVisible();
    await page.reload();
    await expect(agreements).toBeChecked();
    await page.screenshot({ path: "test-results/screenshots/admin-filing-scope.png", fullPage: true });
  });

  test("sends someone signed out to the sign-in page and back", async ({ page }) => {
    await page.goto("/admin/enheder");
    await expect(page).toHaveURL(/\/log-ind\?callbackUrl=%2Fadmin%2Fenheder/);
  });

  test("edits a person; a bad manager is refused next to the field with the typed values kept; the change is logged", async ({ page }) => {
    await world.signInAs(page, "Peter Skov Jæger");
    await page.goto("/admin/personer?q=freja");
    await page.getByRole("link", { name: "Freja Lund" }).click();
    await expect(page.getByRole("heading", { name: "Ret Freja Lund" })).toBeVisible();

    await page.getByLabel("Stilling").fill("Pædagogisk leder");
    await page.getByLabel("Leders e-mail").fill(world.email("findes.ikke"));
    await page.getByRole("button", { name: "Gem" }).click();
    await expect(page.getByText("Der er ingen aktiv person med den e-mailadresse.")).toBeVisible();
    await expect(page.getByLabel("Stilling")).toHaveValue("Pædagogisk leder");

    await page.getByLabel("Leders e-mail").fill(world.email("ida.vestergaard"));
    await page.getByRole("button", { name: "Gem" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Gemt." })).toBeVisible();
    const saved = await sql(
      `select p."jobTitle", m.email as manager from "Person" p join "Person" m on m.id = p."managerId" where p.email = $1`,
      [world.email("freja.lund")],
    );
    expect(saved.rows[0]).toEqual({ jobTitle: "Pædagogisk leder", manager: world.email("ida.vestergaard") });

    await page.goto("/admin/log?om=freja");
    await expect(page.getByRole("cell", { name: "Ændrede personens oplysninger" }).first()).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/admin-log.png", fullPage: true });
  });

  test("refuses a save when someone else saved first, keeping what was typed", async ({ page }) => {
    await world.signInAs(page, "Peter Skov Jæger");
    await page.goto("/admin/personer?q=kasper");
    await page.getByRole("link", { name: "Kasper Nørgaard" }).click();
    await page.getByLabel("Stilling").fill("Lærer og vejleder");
    await sql(`update "Person" set "jobTitle" = 'Lærer, afdelingsleder', "updatedAt" = now() at time zone 'utc' where email = $1`, [
      world.email("kasper.noergaard"),
    ]);
    await page.getByRole("button", { name: "Gem" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "ændret af en anden" })).toBeVisible();
    await expect(page.getByLabel("Stilling")).toHaveValue("Lærer og vejleder");
    const row = await sql(`select "jobTitle" from "Person" where email = $1`, [world.email("kasper.noergaard")]);
    expect(row.rows[0].jobTitle).toBe("Lærer, afdelingsleder");
  });

  test("creates a unit under an area, and says so next to the field when the area is missing", async ({ page }) => {
    await world.signInAs(page, "Peter Skov Jæger");
    await page.goto("/admin/enheder");
    const form = page.getByRole("region", { name: "Opret enhed eller område" });
    await form.getByLabel("Navn").fill("Sundhedsplejen");
    await form.getByRole("button", { name: "Opret" }).click();
    await expect(form.getByText("En enhed skal høre under et område.")).toBeVisible();
    await form.getByLabel("Hører under område").selectOption({ label: "Sundhed og Omsorg" });
    await form.getByRole("button", { name: "Opret" }).click();
    await expect(page.getByRole("region", { name: "Enhedstræ" }).getByText("Sundhedsplejen")).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/admin-units.png", fullPage: true });
  });

  test("finds a unit by part of its name, and people by part of their unit's name, with the keyboard", async ({ page }) => {
    await world.signInAs(page, "Peter Skov Jæger");
    await page.goto("/admin/enheder");
    await page.getByLabel("Søg efter enhed eller område").fill("skole");
    await page.keyboard.press("Enter");
    const found = page.getByRole("region", { name: "Enheder og områder med »skole« i navnet" });
    await expect(found.getByRole("status")).toHaveText("Viser 1 af 1");
    await expect(found.getByRole("link", { name: "Ret Åbyskolen" })).toBeVisible();
    await found.getByRole("link", { name: "Tilbage til alle områder" }).click();
    await expect(page.getByRole("region", { name: "Enhedstræ" }).getByText("Dagtilbud Solstrålen")).toBeVisible();

    await page.goto("/admin/personer");
    await page.getByLabel("Enhed", { exact: true }).fill("solstrål");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/enhed=solstr%C3%A5l/);
    // The unit column, wherever it sits (the employee number came in before it).
    const unitColumn = (await page.getByRole("columnheader").allInnerTexts()).findIndex((heading) => heading.trim() === "Enhed") + 1;
    expect(unitColumn).toBeGreaterThan(0);
    const units = await page.getByRole("row").locator(`td:nth-child(${unitColumn})`).allInnerTexts();
    expect(units.length).toBeGreaterThan(1);
    expect(new Set(units)).toEqual(new Set(["Dagtilbud Solstrålen"]));
  });

  test("imports a CSV: bad rows are listed by line, a good file is previewed, then applied", async ({ page }) => {
    await world.signInAs(page, "Peter Skov Jæger");
    await page.goto("/admin/import");
    const header = "Navn;E-mail;Enhed;Leders e-mail;Stilling;Roller";
    const bad = `${header}\r\nPeter Skov Jæger;${world.email("peter.jaeger")};Digitalisering;;Systemadministrator;Administrator\r\nNy Person;${world.email("ny.person")};Månebasen;;Pædagog;\r\n`;
    await page.getByLabel("CSV-fil").setInputFiles({ name: "forkert.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "latin1") });
    await page.getByRole("button", { name: "Vis hvad der vil ske" }).click();
    await expect(page.getByRole("heading", { name: "1 linje skal rettes, før filen kan importeres" })).toBeVisible();
    await expect(page.getByRole("row", { name: /3 Enheden »Månebasen« findes ikke/ })).toBeVisible();

    // Everyone already there, plus one new person, as Danish Excel saves it (Windows-1252).
    const everyone = await sql(
      `select p.name, p.email, u.name as unit, m.email as manager, p."jobTitle", coalesce(string_agg(r.role::text, '|'), '') as roles
      from "Person" p left join "Unit" u on u.id = p."unitId" left join "Person" m on m.id = p."managerId" left join "RoleAssignment" r on r."personId" = p.id
      join "Municipality" k on k.id = p."municipalityId"
      where p.active and k.name = $1 group by p.id, u.name, m.email order by p.email`,
      [world.municipality],
    );
    const roleName = (role: string) => ({ ADMINISTRATOR: "Administrator", HR: "HR", COMMITTEE_MEMBER: "MED" })[role] ?? role;
    const lines = everyone.rows.map((row) =>
      [
        row.name,
        row.email,
        row.unit,
        row.manager ?? "",
        row.jobTitle ?? "",
        row.roles.split("|").filter(Boolean).map(roleName).join("|"),
      ].join(";"),
    );
    lines.push(`Søs Ærenlund;${world.email("soes.aerenlund")};Åbyskolen;${world.email("ole.baekgaard")};Lærer;`);
    const good = Buffer.from([header, ...lines].join("\r\n"), "latin1");
    await page.getByLabel("CSV-fil").setInputFiles({ name: "hr.csv", mimeType: "text/csv", buffer: good });
    await page.getByRole("button", { name: "Vis hvad der vil ske" }).click();
    const summary = page.getByRole("region", { name: "Det vil ske" });
    await expect(summary.getByRole("definition").first()).toHaveText("1");
    await page.screenshot({ path: "test-results/screenshots/admin-import-preview.png", fullPage: true });
    await page.getByRole("button", { name: "Gennemfør importen" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Importen er gennemført: 1 oprettet, 0 ændret, 0 deaktiveret." }),
    ).toBeVisible();
    const created = await sql(`select name from "Person" where email = $1`, [world.email("soes.aerenlund")]);
    expect(created.rows[0].name).toBe("Søs Ærenlund");
  });
});

test.describe("my data (GDPR article 15)", () => {
  test("shows a person who read their data, and why, as a page and as a CSV file", async ({ page, browser }) => {
    const admin = await browser.newPage();
    await world.signInAs(admin, "Peter Skov Jæger");
    await admin.goto("/admin/personer?q=camilla");
    await admin.getByRole("link", { name: "Camilla Jønsson" }).click();
    await expect(admin.getByRole("heading", { name: "Ret Camilla Jønsson" })).toBeVisible();
    await admin.close();

    await world.signInAs(page, "Camilla Jønsson");
    await page.goto("/mine-data");
    const row = page.getByRole("row", { name: /Peter Skov Jæger/ }).first();
    await expect(row).toContainText("Så personens oplysninger i administrationen");
    await expect(row).toContainText("Administration af organisationen");
    await page.screenshot({ path: "test-results/screenshots/my-data.png", fullPage: true });

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Hent som CSV-fil" }).click();
    const download = await downloadPromise;
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("Tidspunkt;Hvem;Hvem (e-mail);Hvad;Hvorfor");
    expect(csv).toContain(`Peter Skov Jæger;${world.email("peter.jaeger")};Så personens oplysninger i administrationen`);
  });

  test("everything the app holds about a person, as one ZIP: readable, machine-readable, and the administrator's copy recorded", async ({
    page,
    browser,
  }) => {
    const unzipped = async (download: Download) => unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    await world.signInAs(page, "Camilla Jønsson");
    await page.goto("/mine-data");
    const ownPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Hent alt, appen har om dig" }).click();
    const own = await ownPromise;
    expect(own.suggestedFilename()).toMatch(/\.zip$/);
    const files = await unzipped(own);
    expect(Object.keys(files).sort()).toEqual(["data.json", "indhold.html"]);
    const data = JSON.parse(strFromU8(files["data.json"]));
    expect(data.person).toMatchObject({ name: "Camilla Jønsson", email: world.email("camilla.joensson") });
    // The readable document, read as a reader does: in the browser, through the same WCAG check as every page.
    const html = strFromU8(files["indhold.html"]);
    expect(html).not.toMatch(/<script/i);
    const reader = await browser.newPage();
    await reader.setContent(html);
    await expect(reader.getByRole("heading", { level: 1 })).toContainText("Camilla Jønsson");
    await expectNoAxeViolations(reader);
    await reader.screenshot({ path: "test-results/screenshots/personal-data-document.png", fullPage: true });
    await reader.close();

    // An administrator produces the same for her; it is in her access log afterwards.
    const admin = await browser.newPage();
    await world.signInAs(admin, "Peter Skov Jæger");
    await admin.goto("/admin/personer?q=camilla");
    await admin.getByRole("link", { name: "Camilla Jønsson" }).click();
    const adminPromise = admin.waitForEvent("download");
    await admin.getByRole("link", { name: "Hent alt, appen har om personen (ZIP)" }).click();
    expect(JSON.parse(strFromU8((await unzipped(await adminPromise))["data.json"])).person.name).toBe("Camilla Jønsson");
    await admin.close();
    await page.goto("/mine-data");
    await expect(
      page.getByRole("row", { name: /Peter Skov Jæger/ }).filter({ hasText: "Hentede alt, appen har om personen" }),
    ).toBeVisible();
  });

  test("another person's report is not there for a non-administrator", async ({ page }) => {
    await world.signInAs(page, "Freja Lund");
    const camilla = await sql(`select id from "Person" where email = $1`, [world.email("camilla.joensson")]);
    const response = await page.request.get(`/admin/personer/${camilla.rows[0].id}/adgangslog`);
    expect(response.status()).toBe(404);
  });
});

test("an administrator edits a template; the change is logged", async ({ page }) => {
  await world.signInAs(page, "Peter Skov Jæger");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Skabeloner" }).click();
  await expect(page.getByRole("rowheader", { name: "Tønder-konceptet", exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/admin-templates.png", fullPage: true });
  await page.getByRole("link", { name: "Børn og Unge – vitaliseringsmodellen" }).click();
  await expect(page.getByRole("heading", { name: "Ret skabelonen »Børn og Unge – vitaliseringsmodellen«" })).toBeVisible();
  const mestring = page.getByRole("group", { name: "Tema 1" });
  await expect(mestring.getByLabel("Overskrift")).toHaveValue("Mestring");
  await mestring.getByLabel("Spørgsmål").fill("Hvornår lykkes du bedst i dit arbejde?\nHvad vil du gerne blive bedre til?");
  await page.getByRole("group", { name: "Tema 2" }).getByLabel("Overskrift").fill("");
  await page.getByRole("button", { name: "Gem skabelonen" }).click();
  await expect(page.getByRole("group", { name: "Tema 2" }).getByText("Skal udfyldes.")).toBeVisible();
  await page.getByRole("group", { name: "Tema 2" }).getByLabel("Overskrift").fill("Mening");
  await page.getByRole("button", { name: "Gem skabelonen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Skabelonen er gemt." })).toBeVisible();
  const stored = await sql(
    `select t.themes from "RoundTemplate" t join "Municipality" k on k.id = t."municipalityId" where t.key = 'vitalisering' and k.name = $1`,
    [world.municipality],
  );
  expect(stored.rows[0].themes[0].questions).toEqual(["Hvornår lykkes du bedst i dit arbejde?", "Hvad vil du gerne blive bedre til?"]);
  await page.screenshot({ path: "test-results/screenshots/admin-template.png", fullPage: true });

  await page.goto("/admin/log");
  await expect(page.getByRole("cell", { name: "Ændrede en skabelon" }).first()).toBeVisible();
});
