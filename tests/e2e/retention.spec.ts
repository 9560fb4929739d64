import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// An administrator sets how long the municipality keeps each kind of data, sees what the next
// run would delete, puts one person's data on hold, runs it, and reads the deletion log. The world has the demo's rounds; last
// year's closed round is moved three years back and its plans filed, so it has come due.

let world: World;
let closedRoundId = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("retention", { rounds: true });
  const closed = await sql(
    `select r.id from "Round" r join "Municipality" k on k.id = r."municipalityId" where k.name = $1 and r.state = 'CLOSED'`,
    [world.municipality],
  );
  closedRoundId = closed.rows[0].id;
  // The server's daily run counts as done today, so it leaves the dates moved below to the
  // administrator (and waits until a run that may have started for this world is over).
  await sql(
    `insert into "RetentionLease" ("municipalityId", "lastFinishedAt") select id, now() from "Municipality" where name = $1
     on conflict ("municipalityId") do update set "lastFinishedAt" = now()`,
    [world.municipality],
  );
  await expect
    .poll(
      async () =>
        (
          await sql(
            `select count(*)::int as n from "RetentionLease" l join "Municipality" k on k.id = l."municipalityId" where k.name = $1 and l."leaseUntil" > now()`,
            [world.municipality],
          )
        ).rows[0].n,
      { timeout: 30_000 },
    )
    .toBe(0);
  await sql(`update "Round" set "closedAt" = now() - interval '3 years' where id = $1`, [closedRoundId]);
  await sql(
    `update "PlanVersion" v set "filedAt" = now() - interval '3 years' from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId"
     where v."planId" = pl.id and p."roundId" = $1 and v."signedAt" is not null`,
    [closedRoundId],
  );
});

test("an administrator sets the periods, sees what the next run deletes, runs it and reads the log", async ({ page }) => {
  await world.signInAs(page, "Peter Skov Jæger");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Opbevaring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opbevaring og sletning" })).toBeVisible();
  // (The server's daily run may already have run for this world, finding nothing; no one has run it by hand.)
  await expect(page.getByRole("cell", { name: /\(manuelt\)$/ })).toHaveCount(0);

  // A period of zero is refused next to its field, with what was typed kept.
  const mail = page.getByLabel("Måneder for Afsendte e-mails");
  await expect(mail).toHaveValue("3");
  await mail.fill("0");
  const texts = page.getByLabel("Måneder for Forberedelsesskemaernes tekster og lederens noter");
  await texts.fill("4");
  await page.getByRole("button", { name: "Gem perioderne" }).click();
  await expect(page.getByText("Skriv et helt antal måneder fra 1 til 120.")).toBeVisible();
  await expect(mail).toHaveAttribute("aria-invalid", "true");
  await expect(texts).toHaveValue("4");
  // A binding minimum (a law, say) stops a shorter period, next to the period's field.
  const mailMinimum = page.getByLabel("Bindende minimum i måneder, for Afsendte e-mails");
  await mailMinimum.fill("3");
  await mail.fill("2");
  await page.getByRole("button", { name: "Gem perioderne" }).click();
  await expect(page.getByText(/^Perioden er kortere end det bindende minimum på 3 måneder/)).toBeVisible();
  await expect(mail).toHaveAttribute("aria-invalid", "true");
  await mailMinimum.fill("");
  await page.getByRole("button", { name: "Gem perioderne" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Perioderne er gemt." })).toBeVisible();
  await page.reload();
  await expect(texts).toHaveValue("4");
  await expect(mail).toHaveValue("2");
  await expectNoAxeViolations(page);

  // The dry run names what is due, and deletes nothing.
  const sheetsBefore = await sql(
    `select count(*)::int as n from "PreparationSheet" s join "RoundParticipant" p on p.id = s."participantId" where p."roundId" = $1`,
    [closedRoundId],
  );
  expect(sheetsBefore.rows[0].n).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Vis hvad næste sletning fjerner" }).click();
  const due = page.getByRole("region", { name: "Næste sletning vil fjerne" });
  await expect(due.getByText(/^De fire vurderinger \(tal\) fra forberedelsesskemaet: \d+ rækker$/)).toBeVisible();
  await expect(due.getByText(/^Underskrevne planer: \d+ rækker$/)).toBeVisible();
  const sheetsAfterDryRun = await sql(
    `select count(*)::int as n from "PreparationSheet" s join "RoundParticipant" p on p.id = s."participantId" where p."roundId" = $1`,
    [closedRoundId],
  );
  expect(sheetsAfterDryRun.rows[0].n).toBe(sheetsBefore.rows[0].n);
  await page.screenshot({ path: "test-results/screenshots/retention-dry-run.png", fullPage: true });

  // A complaint: Gitte's data are put on hold first, with a reason; a reason is required.
  await page.goto("/admin/personer?q=gitte");
  await page.getByRole("link", { name: "Gitte Rasmussen" }).click();
  const hold = page.getByRole("region", { name: "Sletning i bero (legal hold)" });
  await hold.getByRole("button", { name: "Sæt sletningen i bero" }).click();
  await expect(hold.getByText("Skal udfyldes.")).toBeVisible();
  await hold.getByLabel("Begrundelse").fill("Klagesag 2026-0117 om MUS-forløbet");
  await hold.getByRole("button", { name: "Sæt sletningen i bero" }).click();
  await expect(hold.getByText(/^I bero siden .*, sat af Peter Skov Jæger\.$/)).toBeVisible();
  await page.goto("/admin/opbevaring");
  await expect(
    page.getByRole("region", { name: "Sletning i bero", exact: true }).getByRole("row", { name: /Gitte Rasmussen/ }),
  ).toContainText("Klagesag 2026-0117");

  // The run, after a confirmation.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Slet nu" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Sletningen er kørt: \d+ rækker er slettet\.$/ })).toBeVisible();
  const sheetsAfter = await sql(
    `select count(*)::int as n from "PreparationSheet" s join "RoundParticipant" p on p.id = s."participantId" where p."roundId" = $1`,
    [closedRoundId],
  );
  // Only Gitte's sheet is left: she is under hold.
  expect(sheetsAfter.rows[0].n).toBe(1);
  const gittes = await sql(
    `select count(*)::int as n from "PreparationSheet" s join "RoundParticipant" p on p.id = s."participantId" join "Person" e on e.id = p."personId"
     where p."roundId" = $1 and e.email = $2`,
    [closedRoundId, world.email("gitte.rasmussen")],
  );
  expect(gittes.rows[0].n).toBe(1);

  // The log: who ran it, what went, under which rule; and as CSV.
  const log = page.getByRole("region", { name: "Slettelog" });
  await expect(log.getByRole("row", { name: /De fire vurderinger/ })).toContainText("24 måneder: alt fra før");
  await expect(log.getByRole("cell", { name: "Peter Skov Jæger (manuelt)" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/retention-log.png", fullPage: true });
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Hent sletteloggen som CSV-fil" }).click();
  const csv = readFileSync((await (await downloadPromise).path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain("Tidspunkt;Startet af;Oplysninger;Slettet;Regel;Alt fra før");
  expect(csv).toMatch(/Peter Skov Jæger \(manuelt\);Underskrevne planer;\d+;3 måneder;/);

  // Nothing is due any more.
  await page.getByRole("button", { name: "Vis hvad næste sletning fjerner" }).click();
  await expect(due.getByText("Næste sletning fjerner intet.")).toBeVisible();
});

test("an administrator erases a person's data on request: the preview first, then the erasure, in the log", async ({ page }) => {
  const pia = (await sql(`select id from "Person" where email = $1`, [world.email("pia.kjeldsen")])).rows[0].id as string;
  const sheetsOf = async () =>
    (
      await sql(
        `select count(*)::int as n from "PreparationSheet" s join "RoundParticipant" p on p.id = s."participantId" where p."personId" = $1`,
        [pia],
      )
    ).rows[0].n as number;
  expect(await sheetsOf()).toBeGreaterThan(0);
  await world.signInAs(page, "Peter Skov Jæger");
  await page.goto("/admin/personer?q=pia");
  await page.getByRole("link", { name: "Pia Kjeldsen" }).click();
  const erase = page.getByRole("region", { name: "Slet personens oplysninger" });
  await erase.getByRole("button", { name: "Vis hvad der slettes" }).click();
  await expect(erase.getByText(/^Personen er stadig aktiv\./)).toBeVisible();
  await expect(erase.getByRole("button", { name: "Slet personens oplysninger" })).toHaveCount(0);

  // Deactivated first, as the preview says; then it shows what goes and what stays.
  await page.getByLabel("Aktiv").uncheck();
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gemt." })).toBeVisible();
  await erase.getByRole("button", { name: "Vis hvad der slettes" }).click();
  await expect(erase.getByRole("heading", { name: "Det slettes" })).toBeVisible();
  await expect(erase.getByText(/^\d+ forberedelsesskema(er)?, med alle svar og vurderinger$/)).toBeVisible();
  await expect(erase.getByRole("heading", { name: "Det bliver, og hvorfor" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/erasure-preview.png", fullPage: true });

  // Asked first; dismissed, nothing happens.
  page.once("dialog", (dialog) => dialog.dismiss());
  await erase.getByRole("button", { name: "Slet personens oplysninger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ret Pia Kjeldsen" })).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await erase.getByRole("button", { name: "Slet personens oplysninger" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /^Personens oplysninger er slettet: \d+ rækker, og navn og e-mail er erstattet\.$/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Ret Tidligere medarbejder" })).toBeVisible();
  expect(await sheetsOf()).toBe(0);

  await page.goto("/admin/opbevaring");
  await expect(
    page.getByRole("region", { name: "Slettelog" }).getByRole("cell", { name: "Peter Skov Jæger (sletning efter anmodning)" }),
  ).toBeVisible();
});

test("the page is the administrator's alone", async ({ page }) => {
  await world.signInAs(page, "Birgitte Dalsgaard");
  expect((await page.goto("/admin/opbevaring"))?.status()).toBe(404);
  expect((await page.request.get("/admin/opbevaring/slettelog")).status()).toBe(404);
});

test("an administrator puts a whole round on hold, and lifts it again", async ({ page }) => {
  const title = (await sql(`select title from "Round" where id = $1`, [closedRoundId])).rows[0].title as string;
  await world.signInAs(page, "Peter Skov Jæger");
  await page.goto("/admin/opbevaring");
  const section = page.getByRole("region", { name: "Sæt en runde i bero" });
  // A round must be chosen; the reason typed is kept.
  await section.getByLabel("Begrundelse").fill("Klage over hele runden, sag 2026-0200");
  await section.getByRole("button", { name: "Sæt runden i bero" }).click();
  await expect(section.getByText("Vælg den runde, der skal i bero.")).toBeVisible();
  await expect(section.getByLabel("Begrundelse")).toHaveValue("Klage over hele runden, sag 2026-0200");

  // The search narrows the list; the closed round is chosen by its name.
  await section.getByLabel("Find runden (titel, enhed eller leder)").fill(title);
  await section.getByRole("button", { name: "Søg" }).click();
  await expect(page).toHaveURL(/runde=/);
  const round = section.getByLabel("Runde", { exact: true });
  const option = round.locator("option", { hasText: title }).first();
  await round.selectOption({ value: (await option.getAttribute("value"))! });
  await section.getByLabel("Begrundelse").fill("Klage over hele runden, sag 2026-0200");
  await section.getByRole("button", { name: "Sæt runden i bero" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Sletningen er sat i bero for runden." })).toBeVisible();
  const holds = page.getByRole("region", { name: "Sletning i bero", exact: true });
  const row = holds.getByRole("row", { name: new RegExp(`Runde: ${title}`) });
  await expect(row).toContainText("sag 2026-0200");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/retention-round-hold.png", fullPage: true });

  // Lifted from the list.
  await row.getByRole("button", { name: `Ophæv holdet for ${title}` }).click();
  await expect(holds.getByRole("row", { name: new RegExp(`Runde: ${title}`) })).toHaveCount(0);
  const standing = await sql(`select count(*)::int as n from "LegalHold" where "roundId" = $1 and "liftedAt" is null`, [closedRoundId]);
  expect(standing.rows[0].n).toBe(0);
});

test("an administrator restricts a person's processing: the retention page lists it, and the person's sheet is read-only", async ({
  page,
  browser,
}) => {
  // Someone taking part in one of this year's rounds that is open for preparation.
  const { rows } = await sql(
    `select e.name, e.id as "personId", r.id as "roundId" from "RoundParticipant" p join "Round" r on r.id = p."roundId"
     join "Person" e on e.id = p."personId" join "Municipality" k on k.id = r."municipalityId"
     where k.name = $1 and r.state in ('PREPARATION', 'CONVERSATIONS') and p."invitedAt" is not null and e.active
       and not exists (select 1 from "LegalHold" h where h."personId" = e.id)
     order by e.name limit 1`,
    [world.municipality],
  );
  const { name, personId, roundId } = rows[0] as { name: string; personId: string; roundId: string };
  await world.signInAs(page, "Peter Skov Jæger");
  await page.goto(`/admin/personer/${personId}`);
  const panel = page.getByRole("region", { name: "Begrænsning af behandling" });
  await panel.getByRole("button", { name: "Begræns behandlingen" }).click();
  await expect(panel.getByText("Vælg en af de fire grunde.")).toBeVisible();
  await panel.getByLabel("Grund").selectOption({ label: "Personen bestrider, at oplysningerne er rigtige (litra a)" });
  await panel.getByRole("button", { name: "Begræns behandlingen" }).click();
  await expect(panel.getByRole("button", { name: "Ophæv begrænsningen" })).toBeVisible();

  await page.goto("/admin/opbevaring");
  const list = page.getByRole("region", { name: "Begrænset behandling (artikel 18)" });
  await expect(list.getByRole("link", { name })).toBeVisible();
  await expect(list).toContainText("bestrider rigtigheden");

  // The person opens their own sheet: the notice says why nothing can be changed.
  const context = await browser.newContext();
  const own = await context.newPage();
  await world.signInAs(own, name);
  await own.goto(`/runder/${roundId}/forberedelse`);
  await expect(
    own.getByText(/^Behandlingen af disse oplysninger er begrænset efter databeskyttelsesforordningens artikel 18\./).first(),
  ).toBeVisible();
  await expectNoAxeViolations(own);
  await own.screenshot({ path: "test-results/screenshots/restricted-sheet.png", fullPage: true });
  await context.close();

  // Lifted again from the person's page.
  await page.goto(`/admin/personer/${personId}`);
  await panel.getByRole("button", { name: "Ophæv begrænsningen" }).click();
  await expect(panel.getByRole("button", { name: "Begræns behandlingen" })).toBeVisible();
});
