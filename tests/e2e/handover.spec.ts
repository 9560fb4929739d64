import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// Mid-conversations, the school leader's own leader hands the school's round to another leader while
// the school leader still has the conversations page open: the old leader's next booking is refused
// with a Danish message, and the new leader carries on.

let world: World;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("handover", { rounds: true });
});

test("a leader's leader hands a round over mid-conversations; the old leader is stopped, the new one goes on", async ({ browser }) => {
  const { rows } = await sql(
    `select r.id from "Round" r join "Municipality" k on k.id = r."municipalityId" join "Person" l on l.id = r."leaderId"
     where k.name = $1 and r.state = 'CONVERSATIONS' and l.name = 'Ole Bækgaard'`,
    [world.municipality],
  );
  const roundId = rows[0].id as string;

  // The old leader, with the conversations page open.
  const ole = await (await browser.newContext()).newPage();
  await world.signInAs(ole, "Ole Bækgaard");
  await ole.goto(`/runder/${roundId}/samtaler`);
  const card = ole.getByRole("listitem").filter({ has: ole.getByRole("heading", { name: "Emil Hvidbjerg", exact: true }) });
  const save = card.getByRole("button", { name: /^(Book samtale|Flyt samtalen)$/ });
  await expect(save).toBeVisible();

  // His own leader hands the round to Mette Søndergård; confirming is required.
  const karen = await (await browser.newContext()).newPage();
  await world.signInAs(karen, "Karen Højgaard");
  await karen.goto(`/runder/overdragelse/${roundId}`);
  const choice = karen.getByLabel("Ny leder");
  await choice.selectOption({ value: (await choice.locator("option", { hasText: "Mette Søndergård" }).first().getAttribute("value"))! });
  await karen.getByRole("button", { name: "Overdrag runden" }).click();
  await expect(karen.getByText("Bekræft, at runden skal overdrages.")).toBeVisible();
  await karen.getByLabel("Jeg har talt med den nye leder, og runden skal overdrages nu.").check();
  await karen.getByRole("button", { name: "Overdrag runden" }).click();
  await expect(karen.getByText(/^Runden er overdraget til Mette Søndergård\./)).toBeVisible();
  await expectNoAxeViolations(karen);

  // The old leader's booking, from the page still open, is refused with the reason.
  await card.getByLabel("Dato").fill("10-12-2026");
  await card.getByLabel("Klokkeslæt").fill("10:00");
  await card.getByLabel("Sted eller videolink").fill("Kontoret");
  await save.click();
  await expect(card.getByText(/Runden er overdraget til Mette Søndergård|Du har ikke adgang/).first()).toBeVisible();
  expect(
    (
      await sql(
        `select count(*)::int as n from "Conversation" c join "RoundParticipant" p on p.id = c."participantId" join "Person" e on e.id = p."personId" where p."roundId" = $1 and e.name = 'Emil Hvidbjerg' and c.location = 'Kontoret'`,
        [roundId],
      )
    ).rows[0].n,
  ).toBe(0);

  // The new leader books it.
  const mette = await (await browser.newContext()).newPage();
  await world.signInAs(mette, "Mette Søndergård");
  await mette.goto(`/runder/${roundId}/samtaler`);
  const hers = mette.getByRole("listitem").filter({ has: mette.getByRole("heading", { name: "Emil Hvidbjerg", exact: true }) });
  await hers.getByLabel("Dato").fill("10-12-2026");
  await hers.getByLabel("Klokkeslæt").fill("10:00");
  await hers.getByLabel("Sted eller videolink").fill("Kontoret");
  await hers.getByRole("button", { name: /^(Book samtale|Flyt samtalen)$/ }).click();
  await expect(hers.getByText(/^Samtalen er (booket|flyttet)/)).toBeVisible();
});
