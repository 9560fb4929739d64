import { test, type Browser } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { publishedRoundFor } from "./support/round-fixture";
import { signInAs } from "./support/sign-in";

// Every page, as each kind of person sees it, through the automated WCAG 2.1 A/AA check. Uses a
// round of its own (Karen Højgaard's, whom no other spec leads) and removes it afterwards.

let roundId = "";
// Sixteen pages in one test: more than the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  ({ roundId } = await publishedRoundFor("karen.hoejgaard@vesteraa.example", "Tilgængelighed 2031"));
});

test.afterAll(async () => {
  await sql(`delete from "PlanUpdate" where "planId" in (select pl.id from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId" where p."roundId" = $1)`, [roundId]);
  await sql(`delete from "Plan" where "participantId" in (select id from "RoundParticipant" where "roundId" = $1)`, [roundId]);
  await sql(`delete from "Round" where id = $1`, [roundId]);
});

async function check(browser: Browser, person: string, paths: string[]) {
  const page = await browser.newPage();
  await signInAs(page, person);
  for (const path of paths) {
    await test.step(path, async () => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
  await page.close();
}

test("the leader's pages", async ({ browser }) => {
  const [participant] = (await sql(`select id from "RoundParticipant" where "roundId" = $1 limit 1`, [roundId])).rows;
  const base = `/runder/${roundId}`;
  await check(browser, "Karen Højgaard", [
    "/", "/runder", "/runder/ny", base, `${base}/opstart`, `${base}/spoergsmaal`, `${base}/deltagere`, `${base}/samtaler`,
    `${base}/deltagerforberedelse`, `${base}/materiale`, `${base}/overblik`, `${base}/grus`, `${base}/opsamling`, `${base}/opfoelgning`,
    `${base}/samtale/${participant.id}`, "/mine-data",
  ]);
});

test("a participant's pages", async ({ browser }) => {
  const base = `/runder/${roundId}`;
  await check(browser, "Mette Søndergård", [`${base}/materiale`, `${base}/forberedelse`]);
});

test("administration and HR", async ({ browser }) => {
  await check(browser, "Peter Skov Jæger", ["/admin", "/admin/personer", "/admin/enheder", "/admin/log"]);
  await check(browser, "Birgitte Dalsgaard", ["/hr"]);
});
