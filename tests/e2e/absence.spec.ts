import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// A leader marks someone on leave "not this round" during the conversations and brings them back;
// after the wrap-up has begun, someone who was away gets a catch-up conversation and is booked.

let world: World;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("absence", { rounds: true });
});

/** A round of this world in `state`, its leader, and a participant with no signed plan. */
async function roundIn(state: string) {
  const { rows } = await sql(
    `select r.id as "roundId", l.name as leader, e.name as participant, p.id as "participantId"
     from "Round" r join "Municipality" k on k.id = r."municipalityId" join "Person" l on l.id = r."leaderId"
     join "RoundParticipant" p on p."roundId" = r.id join "Person" e on e.id = p."personId"
     where k.name = $1 and r.state = $2 and r.kind = 'MUS'
       and not exists (select 1 from "Plan" pl join "PlanVersion" v on v."planId" = pl.id where pl."participantId" = p.id and v."signedAt" is not null)
       and not exists (select 1 from "Conversation" c where c."participantId" = p.id and c."startsAt" <= now())
     order by e.name limit 1`,
    [world.municipality, state],
  );
  return rows[0] as { roundId: string; leader: string; participant: string; participantId: string };
}

test("a leader marks someone not this round with a category, and brings them back", async ({ page }) => {
  const { roundId, leader, participant } = await roundIn("CONVERSATIONS");
  await world.signInAs(page, leader);
  await page.goto(`/runder/${roundId}/samtaler`);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: participant, exact: true }) });
  await card.getByText("Ikke med i runden", { exact: true }).click();
  const mark = card.getByRole("button", { name: `Meld ${participant} ikke med i runden` });
  await mark.click();
  await expect(card.getByText("Vælg en grund.", { exact: true }).last()).toBeVisible();
  await card.getByLabel("Grund").selectOption({ label: "Orlov (f.eks. barsel)" });
  await mark.click();
  await expect(card.getByText(/^Ikke med i runden: Orlov \(f\.eks\. barsel\) \(siden /)).toBeVisible();
  await expect(card.getByRole("form", { name: `Samtale med ${participant}` })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screenshots/absence-390.png", fullPage: true });

  await card.getByRole("button", { name: `Tag ${participant} med igen` }).click();
  await expect(card.getByText(/^Ikke med i runden: /)).toHaveCount(0);
});

test("after the wrap-up has begun, someone who was away gets a catch-up conversation and is booked", async ({ page }) => {
  const { roundId, leader, participant, participantId } = await roundIn("WRAP_UP");
  await sql(`update "RoundParticipant" set absence = 'LONG_TERM_ABSENCE', "absentSince" = now() where id = $1`, [participantId]);
  await world.signInAs(page, leader);
  await page.goto(`/runder/${roundId}/samtaler`);
  await expect(page.getByText(/^Samtalerne er holdt\. Var en deltager væk/)).toBeVisible();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: participant, exact: true }) });
  await card.getByRole("button", { name: `Tilbyd ${participant} en indhentningssamtale` }).click();
  await expect(card.getByText("Indhentningssamtale: tæller ikke med i rundens tal")).toBeVisible();

  // The booking form is there for this person now, and only for them.
  await card.getByLabel("Dato").fill("10-06-2027");
  await card.getByLabel("Klokkeslæt").fill("10:00");
  await card.getByLabel("Sted eller videolink").fill("Mødelokale 2");
  await card.getByRole("button", { name: /^Book/ }).click();
  await expect(card.getByText(/Samtalen er booket/)).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/absence-catch-up.png", fullPage: true });
});
