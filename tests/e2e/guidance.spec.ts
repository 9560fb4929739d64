import { writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// The seeds' guidance where it is needed: the conversation page (MUS and LUS) with the six
// principles and the plan's clock, the leaflet, the A3 guide, the leader's checklist, the
// committee's five points, and the help contact in the footer. Screenshots at 1280 and 390 px.

let world: World;
const shots = process.env.GUIDE_SHOTS ?? "test-results/screenshots";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("guidance", { rounds: true });
  await sql(
    `update "Municipality" set "helpContactName" = 'Sanne Ganzhorn', "helpContactTitle" = 'ledelseskonsulent',
       "helpContactEmail" = 'sagan@kommune.example', "helpContactPhone" = '74 92 92 92' where name = $1`,
    [world.municipality],
  );
});

async function roundOf(kind: "MUS" | "LUS", state: string) {
  const { rows } = await sql(
    `select r.id as "roundId", l.name as leader, e.name as participant, p.id as "participantId"
     from "Round" r join "Municipality" k on k.id = r."municipalityId" join "Person" l on l.id = r."leaderId"
     join "RoundParticipant" p on p."roundId" = r.id join "Person" e on e.id = p."personId"
     where k.name = $1 and r.state = $2 and r.kind = $3
       and not exists (select 1 from "Plan" pl join "PlanVersion" v on v."planId" = pl.id where pl."participantId" = p.id and v."signedAt" is not null)
     order by e.name limit 1`,
    [world.municipality, state, kind],
  );
  return rows[0] as { roundId: string; leader: string; participant: string; participantId: string };
}

async function bothWidths(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${shots}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${shots}/${name}-390.png`, fullPage: true });
  // What sticks out, named, so a failure says where.
  const sideways = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName}.${element.className} ${(element.textContent ?? "").slice(0, 60)}`),
  );
  expect(sideways, `${name} scrolls sideways at 390 px`).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function openConversation(page: Page, roundId: string, participantId: string) {
  await page.goto(`/runder/${roundId}/samtale/${participantId}`);
  const open = page.getByRole("button", { name: "Åbn samtalen og planen" });
  if (await open.isVisible()) await open.click();
  // The principles are folded away beside the plan; one click opens them.
  await page.getByText("Sådan bliver samtalen god", { exact: true }).click();
  await expect(page.getByText("Seks principper for en god samtale")).toBeVisible();
}

test("the MUS conversation page: principles, not part of MUS, the plan's clock, the dimensions' three lines", async ({ page }) => {
  const { roundId, leader, participantId } = await roundOf("MUS", "CONVERSATIONS");
  await world.signInAs(page, leader);
  await openConversation(page, roundId, participantId);
  await expect(page.getByText("Lønforhandling og omsorgssamtaler er ikke en del af MUS; de foregår i andre sammenhænge.")).toBeVisible();
  await expect(page.getByText("Sæt god tid af til kompetenceudviklingsplanen – mindst 15 minutter.")).toBeVisible();
  await expect(page.getByText("Hvordan har det været at holde MUS på denne måde?", { exact: false })).toBeVisible();
  await expect(page.getByTestId("help-contact")).toContainText("Brug for hjælp? Kontakt ledelseskonsulent Sanne Ganzhorn");
  await expect(page.getByRole("link", { name: "e-mail sagan@kommune.example" })).toHaveAttribute("href", "mailto:sagan@kommune.example");
  await bothWidths(page, "guide-conversation-mus");

  // The clock: silent, in whole minutes, and a polite word at 15 minutes.
  await page.clock.install();
  const clock = page.getByRole("region", { name: "Stopur til samtalen" });
  await clock.getByRole("button", { name: "Start uret" }).click();
  await expect(clock.getByText("0 minutter", { exact: true })).toBeVisible();
  await page.clock.fastForward("07:10");
  await expect(clock.getByText("7 minutter", { exact: true })).toBeVisible();
  await clock.getByRole("button", { name: "Sæt på pause" }).click();
  await page.clock.fastForward("30:00");
  await expect(clock.getByText("7 minutter", { exact: true })).toBeVisible();
  await clock.getByRole("button", { name: "Fortsæt" }).click();
  await page.clock.fastForward("08:00");
  await expect(clock.getByRole("status")).toHaveText("Der er gået 15 minutter med planen. I kan fortsætte, så længe I har brug for det.");
});

test("the LUS conversation page speaks of the leader and the leader's leader", async ({ page }) => {
  const { roundId, leader, participantId } = await roundOf("LUS", "PREPARATION");
  await world.signInAs(page, leader);
  await openConversation(page, roundId, participantId);
  await expect(page.getByText("Sæt god tid af til kompetenceudviklingsarket – mindst 15 minutter.")).toBeVisible();
  await expect(page.getByText(/^Leders leder sidder med magten i rummet/)).toBeVisible();
  await bothWidths(page, "guide-conversation-lus");
});

test("the leaflet, its PDF and the A3 guide, for a participant; the leader's checklist; the committee's five points", async ({ page }) => {
  const { roundId, leader, participant } = await roundOf("MUS", "CONVERSATIONS");
  await world.signInAs(page, participant);
  await page.goto(`/runder/${roundId}/forberedelse`);
  await page.getByRole("link", { name: "Information til dig om MUS-processen" }).click();
  await expect(page.getByRole("heading", { name: "MUS-processen – information til dig som medarbejder" })).toBeVisible();
  await expect(page.getByText("Forbered dig evt. sammen med en kollega.")).toBeVisible();
  await expect(page.getByText(leader, { exact: true })).toBeVisible();
  await bothWidths(page, "guide-leaflet");
  for (const [path, file] of [
    [`/runder/${roundId}/information/pdf`, "leaflet.pdf"],
    [`/runder/${roundId}/samtaleguide/pdf`, "guide-a3.pdf"],
  ]) {
    const response = await page.request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    writeFileSync(`${shots}/${file}`, await response.body());
  }

  await world.signInAs(page, leader, { open: `/runder/${roundId}` });
  const checklist = page.getByRole("region", { name: "Din tjekliste for runden" });
  await expect(checklist.locator('[data-step="publish"]')).toHaveAttribute("data-done", "true");
  await expect(checklist.locator('[data-step="wrapUp"]')).toHaveAttribute("data-done", "false");
  await expect(checklist.locator('[data-step="policies"]')).toHaveAttribute("data-done", "advice");
  await bothWidths(page, "guide-checklist");

  await world.signInAs(page, "Anne Sofie Mørch", { open: `/runder/${roundId}/materiale` });
  await expect(page.getByRole("heading", { name: "MED-udvalgets fælles fokus og opgave" })).toBeVisible();
  await bothWidths(page, "guide-committee");
});
