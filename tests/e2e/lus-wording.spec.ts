import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// Every page of a LUS round, read as its leader (the leaders' leader) and as a participating
// leader, phase by phase: no page says "medarbejder" where a leader is meant. The dictionary test
// renders every phrase for LUS; this walks what the pages actually put together.

let world: World;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("lus-wording", { rounds: true });
});

// Words that say "medarbejder" without meaning the participant: the MUS conversation's own name
// and employee numbers.
const allowed = /^medarbejder(udviklingssamtale|udvikling|nummer)/i;

async function offendersOn(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  // Upward input speaks of the participating leaders' own employees, on purpose (da.upward, as the
  // dictionary test allows it): its sections are left out of the reading.
  const text = await page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const upward of copy.querySelectorAll('[aria-labelledby="upward-heading"], [aria-label^="Opadgående input"]')) upward.remove();
    document.body.append(copy);
    const words = copy.innerText;
    copy.remove();
    return words;
  });
  return [...text.matchAll(/\S*medarbejder\S*/gi)].map((match) => match[0]).filter((word) => !allowed.test(word.replace(/^\W+/, "")));
}

/** The round's own pages as the leader's step navigation lists them, and each participant's pages. */
async function leaderPaths(page: Page, roundId: string, participantIds: string[]): Promise<string[]> {
  await page.goto(`/runder/${roundId}`);
  const steps = await page
    .getByRole("navigation", { name: "Rundens trin" })
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return [
    ...new Set([
      ...steps,
      `/runder/${roundId}/information`,
      ...participantIds.flatMap((id) => [`/runder/${roundId}/samtale/${id}`, `/runder/${roundId}/deltagerforberedelse/${id}`]),
    ]),
  ];
}

test("no page of a LUS round says medarbejder where a leader is meant, in any phase", async ({ page }) => {
  test.setTimeout(180_000);
  const { rows } = await sql(
    `select r.id as "roundId", l.name as leader, array_agg(p.id order by e.name) as "participantIds", min(e.name) as participant
     from "Round" r join "Municipality" k on k.id = r."municipalityId" join "Person" l on l.id = r."leaderId"
     join "RoundParticipant" p on p."roundId" = r.id join "Person" e on e.id = p."personId"
     where k.name = $1 and r.kind = 'LUS' group by r.id, l.name`,
    [world.municipality],
  );
  const { roundId, leader, participantIds, participant } = rows[0] as {
    roundId: string;
    leader: string;
    participantIds: string[];
    participant: string;
  };
  const found: string[] = [];
  const participantPage = await page.context().browser()!.newPage();
  await world.signInAs(page, leader);
  await world.signInAs(participantPage, participant);
  // The later phases' pages appear as the round moves on; the state is set directly, as the pages
  // read it, so one world walks all of them.
  for (const state of ["PREPARATION", "CONVERSATIONS", "WRAP_UP", "FOLLOW_UP"]) {
    await sql(`update "Round" set state = $2::"RoundState" where id = $1`, [roundId, state]);
    for (const path of await leaderPaths(page, roundId, participantIds))
      for (const word of await offendersOn(page, path)) found.push(`${state} leader ${path}: ${word}`);
    for (const path of ["/materiale", "/forberedelse", "/information"].map((suffix) => `/runder/${roundId}${suffix}`))
      for (const word of await offendersOn(participantPage, path)) found.push(`${state} participant ${path}: ${word}`);
  }
  await participantPage.close();
  expect(found).toEqual([]);
});
