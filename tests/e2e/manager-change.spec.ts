import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// An administrator imports the HR export with one employee's leader changed while the employee is
// preparing: the preview says what will happen, the employee's sheet moves to the new leader's round
// with the text still there, the old leader no longer sees it, and the new leader has the person.

let world: World;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("manager-change", { rounds: true });
});

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/manager-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a leader changed by the import during preparation: the sheet follows, the old leader is shut out", async ({ browser }) => {
  test.setTimeout(120_000);
  // Someone in Susanne's round (preparation) with a shared sheet, and Ole's round of the same kind and year (conversations).
  const { rows } = await sql(
    `select p.id as "participantId", e.name, e.email, r.id as "roundId", l.name as leader, s.fields->>'comment.mening' as comment,
       (select o.id from "Round" o join "Person" ol on ol.id = o."leaderId" where o."municipalityId" = r."municipalityId" and ol.name = 'Ole Bækgaard' and o.state = 'CONVERSATIONS') as "newRoundId",
       (select ol.email from "Person" ol where ol."municipalityId" = r."municipalityId" and ol.name = 'Ole Bækgaard') as "newLeaderEmail"
     from "Round" r join "Municipality" k on k.id = r."municipalityId" join "Person" l on l.id = r."leaderId"
     join "RoundParticipant" p on p."roundId" = r.id join "Person" e on e.id = p."personId"
     join "PreparationSheet" s on s."participantId" = p.id
     where k.name = $1 and r.state = 'PREPARATION' and r.kind = 'MUS' and s.state = 'SUBMITTED'
     order by e.name limit 1`,
    [world.municipality],
  );
  const moving = rows[0] as {
    participantId: string;
    name: string;
    email: string;
    roundId: string;
    leader: string;
    comment: string;
    newRoundId: string;
    newLeaderEmail: string;
  };
  expect(moving.comment.length).toBeGreaterThan(0);

  // The municipality's rule, in Administration: the default is that the person follows the new leader.
  const admin = await (await browser.newContext()).newPage();
  await world.signInAs(admin, "Peter Skov Jæger");
  await admin.goto("/admin");
  const rule = admin.getByRole("group", { name: "Når en deltager får ny leder midt i en runde" });
  await expect(rule.getByLabel("Følger den nye leder")).toBeChecked();
  await rule.getByLabel("Følger den nye leder").check();
  await admin.getByRole("button", { name: "Gem reglen" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Reglen er gemt." })).toBeVisible();
  await expectNoAxeViolations(admin);
  await shoot(admin, "admin-rule");

  // The HR export: everyone as they are, but this person under Ole Bækgaard.
  await admin.goto("/admin/import");
  const everyone = await sql(
    `select p.name, p.email, p."employeeNumber", u.name as unit, m.email as manager, p."jobTitle", coalesce(string_agg(r.role::text, '|'), '') as roles
     from "Person" p left join "Unit" u on u.id = p."unitId" left join "Person" m on m.id = p."managerId" left join "RoleAssignment" r on r."personId" = p.id
     join "Municipality" k on k.id = p."municipalityId"
     where p.active and k.name = $1 group by p.id, u.name, m.email order by p.email`,
    [world.municipality],
  );
  const roleName = (role: string) => ({ ADMINISTRATOR: "Administrator", HR: "HR", COMMITTEE_MEMBER: "MED" })[role] ?? role;
  const lines = everyone.rows.map((row) =>
    [
      row.employeeNumber ?? "",
      row.name,
      row.email ?? "",
      row.unit,
      row.email === moving.email ? moving.newLeaderEmail : (row.manager ?? ""),
      row.jobTitle ?? "",
      row.roles.split("|").filter(Boolean).map(roleName).join("|"),
    ].join(";"),
  );
  const header = "Medarbejdernummer;Navn;E-mail;Enhed;Leders e-mail;Stilling;Roller";
  await admin
    .getByLabel("CSV-fil")
    .setInputFiles({ name: "hr.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...lines].join("\r\n"), "utf8") });
  await admin.getByRole("button", { name: "Vis hvad der vil ske" }).click();
  const notice = admin.getByRole("region", { name: "Ny leder midt i en runde" });
  await expect(notice).toContainText(`${moving.name}: flyttes til Ole Bækgaards runde`);
  await expectNoAxeViolations(admin);
  await shoot(admin, "import-preview");
  await admin.getByRole("button", { name: "Gennemfør importen" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Importen er gennemført: 0 oprettet, 1 ændret, 0 deaktiveret." })).toContainText(
    `${moving.name}: flyttes til Ole Bækgaards runde`,
  );

  // The employee: the sheet in the new leader's round, with the text still there and the new leader named.
  const employee = await (await browser.newContext()).newPage();
  await world.signInAs(employee, moving.name);
  await employee.goto(`/runder/${moving.newRoundId}/forberedelse`);
  await expect(employee.getByRole("main")).toContainText("Ole Bækgaard");
  await expect(employee.getByText(`Din forberedelse fra ${moving.leader}s runde er flyttet hertil.`, { exact: false })).toBeVisible();
  await shoot(employee, "sheet-new");
  expect(
    await employee
      .locator("textarea")
      .evaluateAll((areas, text) => areas.some((area) => (area as HTMLTextAreaElement).value === text), moving.comment),
  ).toBe(true);
  // The old sheet is kept, read-only, and points to the new one.
  await employee.goto(`/runder/${moving.roundId}/forberedelse`);
  await expect(employee.getByText("Du har fået ny leder. Din forberedelse er flyttet til Ole Bækgaards runde")).toBeVisible();
  await expectNoAxeViolations(employee);
  await shoot(employee, "sheet-old");

  // The old leader can no longer open it.
  const old = await (await browser.newContext()).newPage();
  await world.signInAs(old, moving.leader);
  await old.goto(`/runder/${moving.roundId}/deltagerforberedelse/${moving.participantId}`);
  await expect(old.getByText("Deltageren er flyttet til en anden leders runde.", { exact: false })).toBeVisible();
  await expect(old.getByText(moving.comment)).toHaveCount(0);
  await shoot(old, "old-leader");

  // The new leader has the person in the round.
  const ole = await (await browser.newContext()).newPage();
  await world.signInAs(ole, "Ole Bækgaard");
  await ole.goto(`/runder/${moving.newRoundId}/samtaler`);
  await expect(ole.getByRole("heading", { name: moving.name, exact: true })).toBeVisible();
  await expectNoAxeViolations(ole);
  await shoot(ole, "new-leader");
});

test("a new leader with no round to move to is asked to add the person, on the start page", async ({ page }) => {
  // Someone preparing in Susanne's round gets Mette Søndergård as leader, who leads no round this year.
  const { rows } = await sql(
    `select e.name, e.id
     from "Round" r join "Municipality" k on k.id = r."municipalityId" join "RoundParticipant" p on p."roundId" = r.id
     join "Person" e on e.id = p."personId"
     where k.name = $1 and r.state = 'PREPARATION' and r.kind = 'MUS'
       and not exists (select 1 from "PreparationSheet" s where s."participantId" = p.id and s.state = 'SUBMITTED')
     order by e.name limit 1`,
    [world.municipality],
  );
  const person = rows[0] as { name: string; id: string };
  const admin = page;
  await world.signInAs(admin, "Peter Skov Jæger");
  await admin.goto(`/admin/personer/${person.id}`);
  await admin.getByLabel("Leders e-mail eller medarbejdernummer").fill(world.emailOf("Mette Søndergård"));
  await admin.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Mette Søndergård bliver bedt om at tilføje" })).toBeVisible({
    timeout: 15_000,
  });

  await world.signInAs(page, "Mette Søndergård");
  const asked = page.getByRole("region", { name: "Bedt om at tilføje" });
  await expect(asked).toContainText(person.name);
  await expect(asked.getByRole("link", { name: "Opret en runde" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, "asked");
});
