import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// The leader sets the kick-off and a group's GRUS with a time and a place; everyone concerned gets
// a calendar invitation (its content is read back with a real parser in
// tests/integration/meeting-invitations.test.ts; here: the forms, their messages, the queued mail).

let world: World;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("meetings", { rounds: true });
});

async function roundIn(state: string) {
  const { rows } = await sql(
    `select r.id as "roundId", l.name as leader from "Round" r join "Municipality" k on k.id = r."municipalityId"
     join "Person" l on l.id = r."leaderId" where k.name = $1 and r.state = $2 and r.kind = 'MUS' order by r."createdAt" limit 1`,
    [world.municipality, state],
  );
  return rows[0] as { roundId: string; leader: string };
}

async function invitations(roundId: string, kind: string) {
  const { rows } = await sql(
    `select m."icsSequence" as sequence, m."cancelledAt" as cancelled,
       (select count(*)::int from "OutgoingMail" o where o.calendar->>'content' like '%UID:' || m."icsUid" || '%') as mails
     from "RoundMeeting" m where m."roundId" = $1 and m.kind = $2::"RoundMeetingKind"`,
    [roundId, kind],
  );
  return rows as { sequence: number; cancelled: Date | null; mails: number }[];
}

test("the leader sets, moves and cancels the kick-off; messages stand next to the fields", async ({ page }) => {
  const { roundId, leader } = await roundIn("PREPARATION");
  await world.signInAs(page, leader);
  await page.goto(`/runder/${roundId}/opstart`);
  const form = page.getByRole("form", { name: "Tid og sted for det fælles opstartsmøde" });
  await expect(page.getByText("Der er endnu ikke sat tid på mødet.")).toBeVisible();
  await form.getByLabel("Dato").fill("14-01-2027");
  await form.getByLabel("Klokkeslæt").fill("13:00");
  await form.getByLabel("Varighed (minutter)").fill("5");
  await form.getByRole("button", { name: "Send invitationen" }).click();
  await expect(form.getByText("Skriv en varighed mellem 15 og 240 minutter.")).toBeVisible();
  await expect(form.getByLabel("Sted")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Varighed (minutter)").fill("90");
  await form.getByLabel("Sted").fill("Kantinen");
  await form.getByRole("button", { name: "Send invitationen" }).click();
  await expect(form.getByText("Mødet er sat, og invitationerne er sendt.")).toBeVisible();
  await expect(page.getByText("Mødet er sat til 14. januar 2027 kl. 13.00, Kantinen.")).toBeVisible();
  const [set] = await invitations(roundId, "KICKOFF");
  expect(set.sequence).toBe(0);
  expect(set.mails).toBeGreaterThan(1);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/cal-kickoff-1280.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/cal-kickoff-390.png", fullPage: true });

  await form.getByLabel("Klokkeslæt").fill("09:30");
  await form.getByRole("button", { name: "Flyt mødet" }).click();
  await expect(form.getByText("Mødet er flyttet, og alle har fået den nye tid.")).toBeVisible();
  await expect(page.getByText("Mødet er sat til 14. januar 2027 kl. 09.30, Kantinen.")).toBeVisible();
  await form.getByRole("button", { name: "Aflys mødet" }).click();
  await expect(form.getByText("Mødet er aflyst, og alle har fået besked.")).toBeVisible();
  const [cancelled] = await invitations(roundId, "KICKOFF");
  expect(cancelled.sequence).toBe(2);
  expect(cancelled.cancelled).not.toBeNull();
});

test("GRUS is set per group on the GRUS page", async ({ page }) => {
  const { roundId, leader } = await roundIn("CONVERSATIONS");
  await world.signInAs(page, leader);
  await page.goto(`/runder/${roundId}/grus`);
  const form = page.getByRole("form", { name: /^Tid og sted for GRUS i / }).first();
  await form.getByLabel("Dato").fill("08-04-2027");
  await form.getByLabel("Klokkeslæt").fill("14:00");
  await form.getByLabel("Sted").fill("Personalestuen");
  await form.getByRole("button", { name: "Send invitationen" }).click();
  await expect(form.getByText("Mødet er sat, og invitationerne er sendt.")).toBeVisible();
  expect((await invitations(roundId, "GRUS"))[0].mails).toBeGreaterThan(1);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/cal-grus-1280.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/cal-grus-390.png", fullPage: true });
});

test("the wrap-up meeting is set on the wrap-up page", async ({ page }) => {
  const { roundId, leader } = await roundIn("CONVERSATIONS");
  await world.signInAs(page, leader);
  await page.goto(`/runder/${roundId}/opsamling`);
  const form = page.getByRole("form", { name: "Tid og sted for den fælles opsamling" });
  await form.getByLabel("Dato").fill("20-04-2027");
  await form.getByLabel("Klokkeslæt").fill("15:00");
  await form.getByLabel("Sted").fill("Aulaen");
  await form.getByRole("button", { name: "Send invitationen" }).click();
  await expect(page.getByText("Mødet er sat til 20. april 2027 kl. 15.00, Aulaen.")).toBeVisible();
  expect((await invitations(roundId, "WRAP_UP"))[0].mails).toBeGreaterThan(1);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/cal-wrapup-1280.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/cal-wrapup-390.png", fullPage: true });

  // A participant sees the time in the app too, not only in their mail.
  const { rows } = await sql(
    `select p.name from "RoundParticipant" rp join "Person" p on p.id = rp."personId" where rp."roundId" = $1 order by p.name limit 1`,
    [roundId],
  );
  const participant = await page.context().browser()!.newPage();
  await world.signInAs(participant, rows[0].name as string);
  await participant.goto(`/runder/${roundId}/materiale`);
  await expect(participant.getByRole("heading", { name: "Rundens fælles møder" })).toBeVisible();
  await expect(participant.getByText("20. april 2027 kl. 15.00, 60 minutter, Aulaen")).toBeVisible();
  await participant.setViewportSize({ width: 390, height: 844 });
  await participant.screenshot({ path: "/tmp/cal-participant-390.png", fullPage: true });
  await participant.close();
});
