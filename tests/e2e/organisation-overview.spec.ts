import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expectFitsViewportWidth, phoneViewport } from "./support/layout";
import { newWorld, worldDatabase, type World } from "./support/world";

// The organisation's overview as an area chief and HR open it: the chief's area with its units,
// a unit too small folded into its area, and HR's CSV and PDF for the MED committee's meeting.

let world: World;

/** A round in the wrap-up for `unit`, led by `leader`, each participant with a shared sheet and a signed plan. */
async function wrapUpRound(unit: string, leader: string, participants: string[], score: number) {
  const db = worldDatabase();
  const [round] = await db.$queryRaw<{ id: string }[]>`
    insert into "Round" (id, "municipalityId", "unitId", "leaderId", kind, year, title, state, "templateName", "kickoffDate", "conversationsFrom", "conversationsTo", "wrapUpDate", "followUpDate", "updatedAt", "wrapUpStartedAt")
    select gen_random_uuid(), u."municipalityId", u.id, l.id, 'MUS', 2026, 'MUS 2026', 'WRAP_UP', 'Test', '2026-01-10', '2026-02-01', '2026-03-31', '2026-04-20', '2026-10-01', now(),
      -- As in a real year: the rounds were all under way before any reached its wrap-up, after the sheets and plans.
      now() + interval '1 day'
    from "Unit" u join "Municipality" m on m.id = u."municipalityId" join "Person" l on l.email = ${world.email(leader)}
    where u.name = ${unit} and m.name = ${world.municipality} returning id`;
  const [group] = await db.$queryRaw<
    { id: string }[]
  >`insert into "RoundGroup" (id, "roundId", position, name) values (gen_random_uuid(), ${round.id}::uuid, 0, 'Alle') returning id`;
  for (const [index, local] of participants.entries()) {
    const [participant] = await db.$queryRaw<{ id: string }[]>`
      insert into "RoundParticipant" (id, "roundId", "personId", "groupId")
      select gen_random_uuid(), ${round.id}::uuid, p.id, ${group.id}::uuid from "Person" p where p.email = ${world.email(local)} returning id`;
    const value = Math.min(10, score + (index % 3));
    const fields = { "score.mestring": value, "score.mening": value, "score.samhoerighed": value, "score.autonomi": value };
    await db.$executeRaw`insert into "PreparationSheet" (id, "participantId", state, fields, "submittedAt", "updatedAt")
      values (gen_random_uuid(), ${participant.id}::uuid, 'SUBMITTED', ${JSON.stringify(fields)}::jsonb, now(), now())`;
    const [plan] = await db.$queryRaw<{ id: string }[]>`
      insert into "Plan" (id, "participantId", state, "updatedAt") values (gen_random_uuid(), ${participant.id}::uuid, '\\x00'::bytea, now()) returning id`;
    const content = {
      motivated: "yes",
      actions: [{ what: "Sparring med en kollega", theme: "Trivsel og samarbejde i opgaveløsningen", form: "sparring" }],
    };
    await db.$executeRaw`insert into "PlanVersion" (id, "planId", number, content, "contentHash", "signedAt")
      values (gen_random_uuid(), ${plan.id}::uuid, 1, ${JSON.stringify(content)}::jsonb, 'x', now())`;
  }
  return round.id;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("organisation");
  const school = await wrapUpRound(
    "Åbyskolen",
    "ole.baekgaard",
    ["kasper.noergaard", "signe.dahl", "frederik.boegh", "camilla.joensson", "emil.hvidbjerg", "louise.faenoe"],
    6,
  );
  await wrapUpRound(
    "Dagtilbud Solstrålen",
    "mette.soendergaard",
    ["jonas.broendum", "freja.lund", "aase.kirkegaard", "mikkel.thoegersen", "ida.vestergaard"],
    4,
  );
  await wrapUpRound("Digitalisering", "henrik.aagaard", ["nanna.friis"], 8);
  await worldDatabase()
    .$executeRaw`insert into "JointAction" (id, "roundId", position, what, "dueDate", who, "followUpHow", status, "updatedAt")
    values (gen_random_uuid(), ${school}::uuid, 0, 'Fælles planlægningsdag om trivsel', '2026-09-15', 'Ole', 'På næste personalemøde', 'OPEN', now())`;
});

test("an area chief sees the units of the area, year by year, and nothing of other areas", async ({ page }) => {
  await world.signInAs(page, "Karen Højgaard");
  await page.getByRole("navigation").getByRole("link", { name: "Organisationen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisationens overblik" })).toBeVisible();
  await expect(page.getByLabel("Niveau")).toHaveValue(/.+/);
  const dimensions = page.getByRole("table", { name: "De fire dimensioner" });
  await expect(dimensions.getByRole("row", { name: /Børn og Unge i alt/ })).toContainText("(11)");
  await expect(dimensions.getByRole("row", { name: /Åbyskolen/ })).toContainText("(6)");
  await expect(dimensions.getByRole("row", { name: /Dagtilbud Solstrålen/ })).toContainText("(5)");
  await expect(page.getByRole("table", { name: "Fremdrift" }).getByRole("row", { name: /Åbyskolen/ })).toContainText("6");
  await expect(page.getByRole("table", { name: /MUS 2026 \(Åbyskolen\)/ })).toContainText("Fælles planlægningsdag om trivsel");
  await expect(page.getByRole("table", { name: "Børn og Unge år for år" })).toContainText("2026");
  // Only the chief's own area is offered; another area answers as if it did not exist.
  const options = await page.getByLabel("Niveau").locator("option").allTextContents();
  expect(options.map((option) => option.trim())).toEqual(["Børn og Unge", "Dagtilbud Solstrålen", "Åbyskolen"]);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/organisation-area-chief.png", fullPage: true });

  // The level picker: one unit, with keyboard only.
  await page.getByLabel("Niveau").selectOption({ label: "Åbyskolen" });
  await page.getByRole("button", { name: "Vis" }).press("Enter");
  await expect(page).toHaveURL(/enhed=/);
  await expect(page.getByRole("table", { name: "De fire dimensioner" }).getByRole("row", { name: /Åbyskolen i alt/ })).toBeVisible();

  await page.setViewportSize(phoneViewport);
  await expectFitsViewportWidth(page, "organisationens overblik");
  await page.screenshot({ path: "test-results/screenshots/organisation-area-chief-390.png", fullPage: true });

  expect((await page.goto("/organisation?enhed=kommune"))?.status()).toBe(404);
  // Addresses typed by anyone: a level that is not a unit, another area's unit and its exports
  // answer as if they did not exist; a year that is not a year shows the newest.
  expect((await page.goto("/organisation?enhed=%27%3Bdrop"))?.status()).toBe(404);
  const otherArea = (
    await worldDatabase().$queryRaw<{ id: string }[]>`
    select u.id from "Unit" u join "Municipality" m on m.id = u."municipalityId" where m.name = ${world.municipality} and u.name = 'Hjemmeplejen Vest'`
  )[0].id;
  expect((await page.goto(`/organisation?enhed=${otherArea}`))?.status()).toBe(404);
  expect((await page.request.get(`/api/organisation/csv?enhed=${otherArea}&aar=2026`)).status()).toBe(404);
  expect((await page.request.get(`/api/organisation/rapport?enhed=kommune`)).status()).toBe(404);
  await page.goto("/organisation?aar=1850");
  await expect(page.getByRole("combobox", { name: "År" })).toHaveValue("2026");
});

test("HR sees the whole municipality, a unit too small folded in, and exports CSV and PDF", async ({ page }) => {
  await world.signInAs(page, "Birgitte Dalsgaard");
  await page.goto("/organisation");
  await expect(page.getByLabel("Niveau")).toHaveValue("kommune");
  const dimensions = page.getByRole("table", { name: "De fire dimensioner" });
  // Stab og Administration has one person's answers: never shown alone, and the municipality's
  // total is hidden with it (the total minus Børn og Unge would be that person).
  await expect(dimensions.getByRole("row", { name: /i alt/ })).toContainText("Vises ikke");
  await expect(dimensions.getByRole("row", { name: /Stab og Administration/ })).toContainText("Vises ikke");
  await expect(dimensions.getByRole("row", { name: /Børn og Unge/ })).toContainText("(11)");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/organisation-hr.png", fullPage: true });

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /som CSV/ }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^organisationens-overblik-.*2026\.csv$/);
  const text = readFileSync(await csv.path(), "utf8");
  expect(text.startsWith("\uFEFFÅr;Niveau;Enhed;")).toBe(true);
  expect(text).toContain("Stab og Administration;");
  expect(text).toContain("vises ikke");

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /som PDF/ }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = readFileSync(await pdf.path());
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const { writeFileSync } = await import("node:fs");
  writeFileSync("test-results/screenshots/organisation-hr.pdf", bytes);
});
