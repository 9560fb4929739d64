import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import * as Y from "yjs";
import { sql } from "./support/database";
import { expectNoAxeViolations } from "./support/axe";
import { mailsTo, waitForMail } from "./support/mailbox";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

let world: World;
test.beforeAll(async () => {
  world = await newWorld("wrap-up");
});

// From the end of the conversations, through the overview and the wrap-up meeting, to a closed
// round and the next one started from it.

const shoot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

/** Sheets shared with scores, and one signed plan with an agreement that waits for the wrap-up. */
async function conversationsHeld(roundId: string) {
  await sql(`update "Round" set state = 'CONVERSATIONS' where id = $1`, [roundId]);
  const people = await sql(
    `select p.id, person.email, person.name from "RoundParticipant" p join "Person" person on person.id = p."personId" where p."roundId" = $1 order by person.name`,
    [roundId],
  );
  for (const [index, person] of people.rows.entries()) {
    const score = (dimension: number) => 3 + ((index + dimension) % 6);
    const fields = { "score.mestring": score(0), "score.mening": score(1), "score.samhoerighed": score(2), "score.autonomi": score(3) };
    await sql(
      `insert into "PreparationSheet" (id, "participantId", state, fields, "submittedAt", "updatedAt") values ($1, $2, 'SUBMITTED', $3, now(), now())`,
      [randomUUID(), person.id, JSON.stringify(fields)],
    );
  }
  const jonas = people.rows.find((person) => person.email === world.email("jonas.broendum"))!;
  const planId = randomUUID();
  const content = {
    startWith: "mestring",
    motivated: "yes",
    expectations: "",
    goals: "Styrke sprogarbejdet",
    evaluation: "",
    followUpDate: "2031-09-01",
    actions: [
      {
        what: "Kursus i sprogstimulering",
        how: "",
        support: "",
        who: "Jonas",
        byWhen: "2031-06-01",
        theme: "Trivsel og samarbejde i opgaveløsningen",
        form: "education",
        waitsForWrapUp: true,
        carriedFrom: "",
        subtasks: [],
      },
    ],
  };
  await sql(`insert into "Plan" (id, "participantId", state, "updatedAt") values ($1, $2, $3, now())`, [
    planId,
    jonas.id,
    Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())),
  ]);
  await sql(`insert into "PlanVersion" (id, "planId", number, content, "contentHash", "signedAt") values ($1, $2, 1, $3, 'e2e', now())`, [
    randomUUID(),
    planId,
    JSON.stringify(content),
  ]);
  return { people: people.rows as { id: string; email: string; name: string }[], jonas };
}

test.describe.serial("after the conversations", () => {
  let roundId = "";
  let base = "";
  let people: { id: string; email: string; name: string }[] = [];

  test.beforeAll(async () => {
    ({ roundId } = await publishedRoundFor(world.email("mette.soendergaard"), "MUS 2031 i Solstrålen"));
    base = `/runder/${roundId}`;
    ({ people } = await conversationsHeld(roundId));
  });

  test("the leader starts the wrap-up and sees the overview, with a table behind every chart", async ({ page }) => {
    await world.signInAs(page, "Mette Søndergård");
    await page.goto(`${base}/overblik`);
    await expect(page.getByText(/vises, når du har startet den fælles opsamling/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Vitaliseringsdimensionerne" })).toHaveCount(0);

    await page.goto(base);
    await page.getByRole("button", { name: "Start den fælles opsamling" }).click();
    await expect(page.getByText("Runden er nu i fasen »fælles opsamling«.")).toBeVisible();

    await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Overblik" }).click();
    await expect(page.getByRole("heading", { name: "Vitaliseringsdimensionerne" })).toBeVisible();
    const mestring = page.getByRole("region", { name: "Mestring" });
    await expect(mestring).toContainText(`${people.length} besvarelser`);
    await mestring.getByText("Vis tallene som tabel").click();
    const table = mestring.getByRole("table", { name: "Mestring: antal svar for hver score" });
    await expect(table).toBeVisible();
    // The table holds the same numbers the chart draws: one answer per person.
    const counts = await table.locator("tbody td").allInnerTexts();
    expect(counts.map(Number).reduce((sum, count) => sum + count, 0)).toBe(people.length);
    await expect(page.getByRole("heading", { name: "Kompetenceudviklingsbehov i planerne, grupperet" })).toHaveCount(0); // one signed plan: below the threshold
    await expect(page.getByText("Der er 1 underskreven plan;")).toBeVisible();

    await page.getByLabel(/Hvilke faglige kompetencegab/).fill("Sprogstimulering for de yngste");
    await expect(page.getByRole("status").filter({ hasText: /^Gemt$/ })).toBeVisible({ timeout: 10_000 });
    await shoot(page, "overblik");
    await expectNoAxeViolations(page);

    // GRUS with the group: who took part, notes; kept after a reload. One date on the card: the meeting's.
    await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "GRUS" }).click();
    const grus = page.getByRole("region", { name: "Gruppe: Alle deltagere" });
    await expect(grus.getByLabel("Dato")).toHaveCount(1);
    await grus.getByLabel("Jonas Brøndum").check();
    await grus.getByLabel("Ida Vestergaard").check();
    await grus.getByLabel("Aftaler").fill("Vi afprøver fælles sprogsamlinger om morgenen.");
    await expect(grus.getByRole("status").filter({ hasText: /^Gemt$/ })).toBeVisible({ timeout: 10_000 });
    await page.reload();
    await expect(grus.getByLabel("Ida Vestergaard")).toBeChecked();
    await expect(grus.getByLabel("Mikkel Thøgersen")).not.toBeChecked();
    await expect(grus.getByLabel("Aftaler")).toHaveValue("Vi afprøver fælles sprogsamlinger om morgenen.");
    await shoot(page, "grus");
    await expectNoAxeViolations(page);
  });

  test("the wrap-up meeting: agenda, joint action plan, the waiting agreement settled, feedback published", async ({ page }) => {
    await world.signInAs(page, "Mette Søndergård");
    await page.goto(`${base}/opsamling`);
    await page
      .getByLabel("1. Status på temaerne: det samlede billede af muligheder og udfordringer")
      .fill("Faglighed: vi er stærke i sprogarbejdet.");
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: /^Gemt$/ })
        .first(),
    ).toBeVisible({ timeout: 10_000 });

    // An empty row is refused next to its fields, and what was typed stays.
    const add = page.getByRole("form", { name: "Nyt punkt i handleplanen" });
    await add.getByLabel("Hvem").fill("Mette og MED-udvalget");
    await add.getByRole("button", { name: "Tilføj til handleplanen" }).click();
    await expect(add.getByText("Skal udfyldes.")).toBeVisible();
    await expect(add.getByLabel("Hvem")).toHaveValue("Mette og MED-udvalget");
    await add.getByLabel("Hvad").fill("Fælles temadag om sprogstimulering");
    await add.getByLabel("Hvornår").fill("15-05-2031");
    await add.getByRole("button", { name: "Tilføj til handleplanen" }).click();
    await expect(page.getByRole("table", { name: "Den fælles handleplan" })).toContainText("Fælles temadag om sprogstimulering");

    const waiting = page.getByRole("article", { name: "Jonas Brøndum, øvebane 1" });
    await expect(waiting).toContainText("Kursus i sprogstimulering");
    const jonasHad = mailsTo(world.email("jonas.broendum")).length;
    await waiting.getByLabel("Aftalt som skrevet").check();
    await waiting.getByRole("button", { name: "Gem afklaringen" }).click();
    await expect(waiting.getByText("Afklaringen er gemt, og medarbejderen har fået besked.")).toBeVisible();
    expect((await waitForMail(world.email("jonas.broendum"), jonasHad)).subject).toBe("Din aftale er afklaret efter den fælles opsamling");

    const idaHad = mailsTo(world.email("ida.vestergaard")).length;
    await page
      .getByLabel("Tilbagemelding", { exact: true })
      .fill("På tværs af samtalerne fylder sprogarbejdet og samarbejdet om de yngste børn.");
    await page.getByRole("button", { name: "Offentliggør tilbagemeldingen" }).click();
    await expect(page.getByText(`Tilbagemeldingen er offentliggjort for ${people.length} personer.`)).toBeVisible();
    const mail = await waitForMail(world.email("ida.vestergaard"), idaHad);
    expect(mail.text).toContain("fylder sprogarbejdet");
    await shoot(page, "opsamling");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Vis på skærm" }).click();
    await expect(page.getByRole("heading", { name: "Fælles handleplan" })).toBeVisible();
    await shoot(page, "opsamling-skaerm");
  });

  test("a participant and the committee read the wrap-up, never the overview", async ({ page }) => {
    await world.signInAs(page, "Anne Sofie Mørch");
    await page.goto(base + "/materiale");
    await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Fælles opsamling" }).click();
    await expect(page.getByText("På tværs af samtalerne fylder sprogarbejdet")).toBeVisible();
    await expect(page.getByRole("table", { name: "Den fælles handleplan" })).toContainText("Fælles temadag om sprogstimulering");
    await expect(page.getByLabel("Tilbagemelding", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Aftaler, der afventer opsamlingen" })).toHaveCount(0);
    for (const path of ["overblik", "grus", "opfoelgning"]) {
      const response = await page.goto(`${base}/${path}`);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("follow-up to a closed, read-only round, and the next round started from it", async ({ page }) => {
    await world.signInAs(page, "Mette Søndergård");
    await page.goto(base);
    await page.getByRole("button", { name: "Start opfølgningen" }).click();
    await expect(page.getByText("Runden er nu i fasen »opfølgning«.")).toBeVisible();

    await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Opfølgning" }).click();
    await expect(page.getByText(`${people.length} planer er hverken fulgt op eller videreført.`)).toBeVisible();
    await page.getByRole("button", { name: "Afslut runden" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Runden kan ikke afsluttes endnu" })).toBeVisible();

    await page.getByLabel("Status for punkt 1").selectOption({ label: "Videreført til næste runde" });
    const closing = page.getByRole("region", { name: "Kan runden afsluttes?" });
    await expect(closing).not.toContainText("fælles handling");
    for (const person of people) {
      await page.getByRole("button", { name: `Viderefør planen for ${person.name} til næste runde` }).click();
      await expect(page.getByRole("button", { name: `Fortryd videreførelse for ${person.name}` })).toBeVisible();
    }
    await expect(closing).toContainText("Alt er fulgt op eller videreført. Runden kan afsluttes.");
    await shoot(page, "opfoelgning");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Afslut runden" }).click();
    await expect(page.getByRole("note").filter({ hasText: "Runden er afsluttet og kan kun læses." })).toBeVisible();

    // Read-only: the conversation shows the signed plan, no editor; the wrap-up has no fields.
    const jonas = people.find((person) => person.email === world.email("jonas.broendum"))!;
    await page.goto(`${base}/samtale/${jonas.id}`);
    await expect(page.getByText("Runden er afsluttet og kan kun læses.")).toBeVisible();
    await expect(page.getByLabel("Mål", { exact: true })).toHaveCount(0);
    await expect(page.getByText("Aftalt som skrevet")).toBeVisible();
    await page.goto(`${base}/opsamling`);
    await expect(page.getByRole("textbox")).toHaveCount(0);

    await page.goto(base);
    await page.getByRole("button", { name: "Start næste runde herfra" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "MUS 2032 i Solstrålen" })).toBeVisible();
    // A round being planned shows only the planning tabs; the carried-over joint plan waits on its page.
    await expect(page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Fælles opsamling" })).toHaveCount(0);
    await page.goto(`${new URL(page.url()).pathname}/opsamling`);
    await expect(page.getByRole("table", { name: "Den fælles handleplan" })).toContainText("Fra MUS 2031 i Solstrålen");
  });
});
