import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/database";
import { waitForMail } from "./support/mailbox";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

// A new hire after the round was published: the administrator adds her under the leader, the
// leader adds her to the round, the invitation goes out, and she opens and fills her sheet.

let world: World;
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/tr-${name}.png`, fullPage: true });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("late-hire");
});

test("a person hired after publishing is added by the administrator and the leader, invited, and prepares", async ({ browser }) => {
  const title = "MUS 2031 i Hjemmeplejen Vest";
  const { roundId } = await publishedRoundFor(world.email("susanne.holm"), title);
  const address = world.email("nynne.nyansat");

  // The administrator adds the new person under the leader.
  const admin = await (await browser.newContext()).newPage();
  await world.signInAs(admin, "Peter Skov Jæger");
  await admin.goto("/admin/personer/ny");
  await admin.getByLabel("Navn").fill("Nynne Nyansat");
  await admin.getByLabel("E-mail", { exact: true }).fill(address);
  await admin.getByLabel("Stilling").fill("Social- og sundhedshjælper");
  const unit = admin.getByLabel("Enhed");
  await unit.selectOption({ value: (await unit.locator("option", { hasText: "Hjemmeplejen Vest" }).first().getAttribute("value"))! });
  await admin.getByLabel("Leders e-mail eller medarbejdernummer").fill(world.email("susanne.holm"));
  await admin.getByRole("button", { name: "Gem", exact: true }).click();
  await expect.poll(async () => (await sql(`select count(*)::int as n from "Person" where email = $1`, [address])).rows[0].n).toBe(1);

  // The leader adds her to the published round; she is invited at once.
  const leader = await (await browser.newContext()).newPage();
  await world.signInAs(leader, "Susanne Lærke Holm");
  await leader.goto(`/runder/${roundId}/deltagere`);
  const person = leader.getByLabel("Person", { exact: true });
  await person.selectOption({ label: "Nynne Nyansat" });
  await leader.getByRole("button", { name: "Tilføj", exact: true }).click();
  await expect(leader.getByText("Nynne Nyansat er tilføjet.")).toBeVisible();
  await shot(leader, "late-hire-participants-1280");
  const invitation = await waitForMail(address);
  expect(invitation.subject).toBe(`MUS: forbered dig til din samtale (${title})`);
  const link = invitation.text.match(/https?:\/\/\S+\/runder\/[0-9a-f-]+\/materiale/)?.[0];
  expect(link).toBeTruthy();

  // She follows the link, opens her sheet, fills it in and shares it.
  const hire = await (await browser.newContext()).newPage();
  await hire.context().addCookies([await world.sessionCookie(address)]);
  await hire.goto(new URL(link!).pathname);
  await hire.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Mit forberedelsesskema" }).click();
  await expect(hire.getByRole("heading", { name: "Mit forberedelsesskema" })).toBeVisible();
  await hire.getByRole("group", { name: "Mestring: hvordan opleves den lige nu?" }).getByText("6", { exact: true }).first().click();
  await hire.getByLabel("Kommentar til mestring (valgfri)").fill("Jeg er ny og lærer ruterne at kende.");
  await expect(
    hire
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ })
      .first(),
  ).toBeVisible({ timeout: 10_000 });
  await hire.getByRole("button", { name: "Del skemaet med min leder" }).click();
  await expect(hire.getByText(/^Du delte skemaet /)).toBeVisible();
  await hire.setViewportSize({ width: 390, height: 844 });
  await shot(hire, "late-hire-sheet-390");
  const { rows } = await sql(
    `select s.state from "PreparationSheet" s join "RoundParticipant" p on p.id = s."participantId" join "Person" e on e.id = p."personId"
     where p."roundId" = $1 and e.email = $2`,
    [roundId, address],
  );
  expect(rows).toEqual([{ state: "SUBMITTED" }]);
});
