import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import * as Y from "yjs";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { expectFitsViewportWidth, expectInside, phoneViewport } from "./support/layout";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

let world: World;
test.beforeAll(async () => {
  world = await newWorld("accessibility");
});

// Every page, as each kind of person sees it: through the automated WCAG 2.1 A/AA check at laptop
// width, and on a 390 px phone, where the page must not scroll sideways (WCAG 1.4.10). Uses an
// organisation of its own and Karen Højgaard's rounds in it. The data is
// what makes layouts break: a shared sheet with last round's scores, a signed plan, a group name
// that is one long word, a round still in planning with its question bank.

const karen = () => world.email("karen.hoejgaard");
// Danish makes words like this; nothing may assume a name breaks at a space.
const longGroup = "Specialpædagogiskkompetenceudviklingsmedarbejdergruppen";
const phoneShot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/phone-${name}.png`, fullPage: true });

let roundId = "";
let planningRoundId = "";
const ids = { mette: "", ole: "", longGroup: "" };

// Many pages per test, each twice: more than the default 30 s on a busy 2-core machine. The tests
// only read, so they may run on several workers at once (each worker makes its organisation).
test.describe.configure({ mode: "parallel", timeout: 240_000 });

const scores = (base: number) => ({
  "score.mestring": base,
  "score.mening": base + 2,
  "score.samhoerighed": base + 1,
  "score.autonomi": base + 3,
});

async function addGroup(round: string, position: number, name: string): Promise<string> {
  const id = randomUUID();
  await sql(`insert into "RoundGroup" (id, "roundId", position, name) values ($1, $2, $3, $4)`, [id, round, position, name]);
  await sql(
    `insert into "RoundQuestion" (id, "themeId", "groupId", position, text)
     select gen_random_uuid(), t.id, $2, 0, 'Hvad har du brug for fra dine kolleger i ' || $3 || '?' from "RoundTheme" t where t."roundId" = $1`,
    [round, id, name],
  );
  return id;
}

/** Karen's round of last year, closed, with Mette's scores: this year's chart draws them too. */
async function earlierRound(): Promise<string> {
  const { roundId: id } = await publishedRoundFor(karen(), "Tilgængelighed 2030");
  await sql(`update "Round" set year = 2030, state = 'CLOSED', "closedAt" = now(), "createdAt" = now() - interval '1 year' where id = $1`, [
    id,
  ]);
  await sql(
    `insert into "PreparationSheet" (id, "participantId", state, fields, "submittedAt", "updatedAt")
     select gen_random_uuid(), p.id, 'SUBMITTED', $2, now(), now() from "RoundParticipant" p join "Person" person on person.id = p."personId"
     where p."roundId" = $1 and person.email = $3`,
    [id, JSON.stringify(scores(4)), world.email("mette.soendergaard")],
  );
  return id;
}

/** A round still in planning, next year's, whose first group has the long name. */
async function planningRound(): Promise<string> {
  const { roundId: id } = await publishedRoundFor(karen(), "Tilgængelighed 2032 under planlægning");
  await sql(`update "Round" set year = 2032, state = 'PLANNING', "publishedAt" = null where id = $1`, [id]);
  await sql(`update "RoundGroup" set position = 1 where "roundId" = $1`, [id]);
  const group = await addGroup(id, 0, longGroup);
  await sql(`update "RoundParticipant" set "groupId" = $2, "invitedAt" = null where "roundId" = $1`, [id, group]);
  return id;
}

test.beforeAll(async () => {
  await earlierRound();
  ({ roundId } = await publishedRoundFor(karen(), "Tilgængelighed 2031"));
  planningRoundId = await planningRound();
  const people = await sql(
    `select p.id, person.email from "RoundParticipant" p join "Person" person on person.id = p."personId" where p."roundId" = $1`,
    [roundId],
  );
  const idOf = (email: string) => people.rows.find((row) => row.email === email)!.id as string;
  ids.mette = idOf(world.email("mette.soendergaard"));
  ids.ole = idOf(world.email("ole.baekgaard"));

  // Mette is in the long-named group and has shared her sheet.
  ids.longGroup = await addGroup(roundId, 1, longGroup);
  await sql(`update "RoundParticipant" set "groupId" = $2 where id = $1`, [ids.mette, ids.longGroup]);
  const fields = {
    ...scores(6),
    startWith: "mening",
    "comment.mestring": "Jeg er blevet tryggere i de svære forældresamtaler.",
    otherIndividual: "Kompetenceudviklingsforløbetsafslutningsevaluering",
  };
  await sql(
    `insert into "PreparationSheet" (id, "participantId", state, fields, "submittedAt", "updatedAt") values ($1, $2, 'SUBMITTED', $3, now(), now())`,
    [randomUUID(), ids.mette, JSON.stringify(fields)],
  );

  // Ole's plan is signed and not yet filed, so HR has something to file.
  const planId = randomUUID();
  const content = {
    startWith: "mestring",
    motivated: "yes",
    expectations: "",
    goals: "Lede skolens overgang til ny skolestruktur",
    evaluation: "",
    followUpDate: "2031-09-01",
    actions: [
      {
        what: "Lederuddannelse, modul om forandringsledelse",
        how: "Diplommodul",
        support: "",
        who: "Ole",
        byWhen: "2031-06-01",
        theme: "Trivsel og samarbejde i opgaveløsningen",
        form: "education",
        waitsForWrapUp: false,
        carriedFrom: "",
        subtasks: [],
      },
    ],
  };
  await sql(`insert into "Plan" (id, "participantId", state, "updatedAt") values ($1, $2, $3, now())`, [
    planId,
    ids.ole,
    Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())),
  ]);
  await sql(`insert into "PlanVersion" (id, "planId", number, content, "contentHash", "signedAt") values ($1, $2, 1, $3, 'e2e', now())`, [
    randomUUID(),
    planId,
    JSON.stringify(content),
  ]);
});

/** A page, and what to do on it before it is checked (open what starts folded). */
type Visit = string | { path: string; name: string; prepare: (page: Page) => Promise<void> };

const nameOf = (visit: Visit) => (typeof visit === "string" ? visit : visit.name);
const screenshotName = (visit: Visit) =>
  nameOf(visit)
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "x")
    .replace(/[^a-zA-Z0-9æøå]+/g, "-")
    .replace(/^-|-$/g, "") || "start";

/**
 * Opens every folded panel, as someone reading it all would (one level may reveal the next). Waits
 * for the plan to be connected first: the panels fold themselves on a narrow screen once the page
 * is live, and would fold again after an earlier click.
 */
async function openAllPanels(page: Page) {
  await expect(
    page
      .getByRole("region", { name: "Planen" })
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ }),
  ).toBeVisible({ timeout: 10_000 });
  const folded = page.locator("details:not([open]) > summary").filter({ visible: true });
  for (let opened = 0; opened < 20 && (await folded.count()) > 0; opened += 1) await folded.first().click();
}

/** Each page at laptop width through axe, and on a phone for its width. `person` null: signed out. */
async function check(browser: Browser, person: string | null, visits: Visit[]) {
  const laptop = await browser.newPage();
  const phone = await browser.newPage({ viewport: phoneViewport });
  if (person) {
    await world.signInAs(laptop, person);
    await world.signInAs(phone, person);
  }
  for (const visit of visits) {
    await test.step(nameOf(visit), async () => {
      const path = typeof visit === "string" ? visit : visit.path;
      await laptop.goto(path);
      if (typeof visit !== "string") await visit.prepare(laptop);
      await expectNoAxeViolations(laptop);
      await phone.goto(path);
      if (typeof visit !== "string") await visit.prepare(phone);
      await phoneShot(phone, `${person ? person.split(" ")[0].toLowerCase() : "ude"}-${screenshotName(visit)}`);
      await expectFitsViewportWidth(phone, `${nameOf(visit)} (${person ?? "signed out"})`);
    });
  }
  await laptop.close();
  await phone.close();
}

test("the leader's pages", async ({ browser }) => {
  const base = `/runder/${roundId}`;
  await check(browser, "Karen Højgaard", [
    "/",
    "/runder",
    "/runder/ny",
    base,
    `${base}/opstart`,
    `${base}/spoergsmaal`,
    { path: `${base}/spoergsmaal?gruppe=${ids.longGroup}`, name: `${base}/spoergsmaal with a long group name`, prepare: async () => {} },
    `${base}/deltagere`,
    `${base}/samtaler`,
    `${base}/deltagerforberedelse`,
    `${base}/deltagerforberedelse/${ids.mette}`,
    `${base}/materiale`,
    `${base}/overblik`,
    `${base}/grus`,
    `${base}/opsamling`,
    `${base}/opsamling/skaerm`,
    `${base}/opfoelgning`,
    { path: `${base}/samtale/${ids.mette}`, name: `${base}/samtale (shared sheet, panels open)`, prepare: openAllPanels },
    { path: `${base}/samtale/${ids.ole}`, name: `${base}/samtale (signed plan, panels open)`, prepare: openAllPanels },
    "/mine-data",
  ]);
});

test("the leader's pages of a round in planning", async ({ browser }) => {
  const base = `/runder/${planningRoundId}`;
  await check(browser, "Karen Højgaard", [
    base,
    `${base}/opstart`,
    {
      path: `${base}/spoergsmaal`,
      name: `${base}/spoergsmaal with the question bank open`,
      prepare: (page) => page.getByText("Hent fra spørgsmålsbanken").click(),
    },
    `${base}/deltagere`,
    `${base}/samtaler`,
  ]);
});

test("a participant's pages", async ({ browser }) => {
  const base = `/runder/${roundId}`;
  await check(browser, "Mette Søndergård", [
    "/",
    "/runder",
    `${base}/materiale`,
    `${base}/forberedelse`,
    `${base}/forberedelse/udskriv`,
    { path: `${base}/samtale/${ids.mette}`, name: `${base}/samtale (own, panels open)`, prepare: openAllPanels },
    "/mine-data",
  ]);
  // A member of the cooperation committee sees every round, with its leader, in one more table.
  await check(browser, "Anne Sofie Mørch", ["/runder"]);
});

test("administration and HR", async ({ browser }) => {
  const person = (await sql(`select id from "Person" where email = $1`, [karen()])).rows[0].id;
  const unit = (await sql(`select "unitId" from "Person" where email = $1`, [world.email("mette.soendergaard")])).rows[0].unitId;
  await check(browser, "Peter Skov Jæger", [
    "/admin",
    "/admin/personer",
    "/admin/personer/ny",
    `/admin/personer/${person}`,
    "/admin/enheder",
    `/admin/enheder/${unit}`,
    "/admin/import",
    "/admin/log",
    "/admin/skabeloner",
    "/admin/opbevaring",
    "/admin/databeskyttelse",
  ]);
  // One of the municipality's templates, open for editing.
  const template = (
    await sql(
      `select t.id from "RoundTemplate" t join "Municipality" k on k.id = t."municipalityId" where k.name = $1 order by t.name limit 1`,
      [world.municipality],
    )
  ).rows[0].id;
  await check(browser, "Peter Skov Jæger", [`/admin/skabeloner/${template}`]);
  await check(browser, "Birgitte Dalsgaard", ["/hr", "/organisation"]);
});

test("signed out", async ({ browser }) => {
  await check(browser, null, ["/", "/privatliv", "/log-ind", "/log-ind/tjek-mail", "/log-ind/fejl", "/ingen-adgang", "/findes-ikke"]);
});

test("the conversation page's score table sits inside its panel beside the plan", async ({ page }) => {
  await world.signInAs(page, "Karen Højgaard");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/runder/${roundId}/samtale/${ids.mette}`);
  const table = page.getByRole("table", { name: "Mette Søndergårds vurderinger af de fire dimensioner" });
  const panel = page.locator("details").filter({ has: table });
  await expectInside(table, panel, "the score table on the conversation page at 1280 px");
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/conversation-score-table.png" });
});
