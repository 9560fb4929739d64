import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { waitForMail } from "./support/mailbox";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

// The leader names a union representative (tillidsrepræsentant) on the round's kick-off page and
// lets them comment; the representative is told by e-mail, reads and comments on the material and
// the wrap-up, and never reaches anything individual. Also the MED committee import's screens.

let world: World;
const shot = async (page: Page, name: string) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/tr-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
};

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("union-rep");
});

test("a union representative is named, told, reads and comments, and sees nothing individual", async ({ browser }) => {
  const title = "MUS 2031 i Hjemmeplejen Vest";
  const { roundId } = await publishedRoundFor(world.email("susanne.holm"), title);

  const leader = await (await browser.newContext()).newPage();
  await world.signInAs(leader, "Susanne Lærke Holm");
  await leader.goto(`/runder/${roundId}/opstart`);
  await expect(leader.getByText("Der er ingen tillidsrepræsentant på runden.")).toBeVisible();
  await leader.getByLabel("Søg efter en person i kommunen").fill("kasper");
  await leader.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(leader.getByText("1 person fundet")).toBeVisible();
  await leader.getByRole("radio", { name: /^Kasper Nørgaard/ }).check();
  await leader.getByLabel("TR må kommentere").check();
  await leader.getByRole("button", { name: "Udpeg tillidsrepræsentant" }).click();
  await expect(leader.getByText("Kasper Nørgaard er udpeget som tillidsrepræsentant og har fået besked på e-mail.")).toBeVisible();
  await expect(leader.getByText("Rundens tillidsrepræsentant er Kasper Nørgaard.")).toBeVisible();
  await expectNoAxeViolations(leader);
  await shot(leader, "union-rep-kickoff");
  const mail = await waitForMail(world.email("kasper.noergaard"));
  expect(mail.subject).toBe(`Du er tillidsrepræsentant på MUS-runden ${title}`);
  expect(mail.text).toContain(`/runder/${roundId}/materiale`);

  // The representative finds the round in their list and comments on the material.
  const rep = await (await browser.newContext()).newPage();
  await world.signInAs(rep, "Kasper Nørgaard");
  // The start page names the round with its next step, the material.
  await expect(rep.getByRole("heading", { name: "Runder du følger som tillidsrepræsentant" })).toBeVisible();
  await shot(rep, "union-rep-home");
  await rep.goto("/runder");
  await expect(rep.getByRole("heading", { name: "Runder du følger som tillidsrepræsentant" })).toBeVisible();
  await rep.getByRole("link", { name: title }).click();
  await expect(rep).toHaveURL(new RegExp(`/runder/${roundId}/materiale$`));
  await expect(rep.getByRole("navigation", { name: "Rundens trin" }).getByRole("link")).toHaveText(["Materiale"]);
  await rep.getByRole("button", { name: "Send kommentar" }).click();
  await expect(rep.getByText("Skal udfyldes.")).toBeVisible();
  await rep.getByLabel("Din kommentar").fill("<b>Husk</b> pauserne i planlægningen.\nGod proces.");
  await rep.getByRole("button", { name: "Send kommentar" }).click();
  await expect(rep.getByText("Din kommentar er sendt.")).toBeVisible();
  await expect(rep.getByText("<b>Husk</b> pauserne i planlægningen.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(rep);
  await shot(rep, "union-rep-material");

  // Nothing individual: not the leader's pages, the participants' preparation, or a conversation.
  for (const path of ["", "/opstart", "/deltagere", "/deltagerforberedelse", "/samtaler", "/forberedelse", "/overblik"])
    expect((await rep.goto(`/runder/${roundId}${path}`))?.status(), path).toBe(404);

  // A participant reads the comment.
  const participant = await (await browser.newContext()).newPage();
  await world.signInAs(participant, "Hanne Bjerregaard");
  await participant.goto(`/runder/${roundId}/materiale`);
  await expect(participant.getByRole("heading", { name: "Kommentarer fra tillidsrepræsentanten" })).toBeVisible();
  await expect(participant.getByText("<b>Husk</b> pauserne i planlægningen.", { exact: false })).toBeVisible();
  await expect(participant.getByLabel("Din kommentar")).toHaveCount(0);

  // The wrap-up: the representative comments there too, and the leader reads it.
  await sql(`update "Round" set state = 'WRAP_UP' where id = $1`, [roundId]);
  await rep.goto(`/runder/${roundId}/opsamling`);
  await rep.getByLabel("Din kommentar").fill("Opsamlingen gav et godt billede af fælles behov.");
  await rep.getByRole("button", { name: "Send kommentar" }).click();
  await expect(rep.getByText("Din kommentar er sendt.")).toBeVisible();
  await shot(rep, "union-rep-wrap-up");
  await leader.goto(`/runder/${roundId}/opsamling`);
  await expect(leader.getByText("Opsamlingen gav et godt billede af fælles behov.")).toBeVisible();
  await expect(leader.getByLabel("Din kommentar")).toHaveCount(0);
});

test("the MED committee import: errors per line, then a preview, then apply", async ({ page }) => {
  await world.signInAs(page, "Peter Skov Jæger");
  await page.goto("/admin/med");
  await page.getByRole("link", { name: "Importér MED-udvalg fra en CSV-fil" }).click();
  await expect(page.getByRole("heading", { name: "Importér MED-udvalg" })).toBeVisible();
  const header = "Udvalg;Enheder;Medlemmer";
  const bad = `${header}\r\nLokal-MED Hjemmeplejen Vest;Månebasen;${world.email("kasper.noergaard")}\r\n`;
  await page.getByLabel("CSV-fil").setInputFiles({ name: "med.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "latin1") });
  await page.getByRole("button", { name: "Vis hvad der vil ske" }).click();
  await expect(page.getByRole("heading", { name: "2 linjer skal rettes, før filen kan importeres" })).toBeVisible();
  await expect(page.getByRole("row", { name: /2 Enheden »Månebasen« findes ikke i kommunen\./ })).toBeVisible();
  await shot(page, "med-import-errors");

  const good = `${header}\r\nLokal-MED Hjemmeplejen Vest;Hjemmeplejen Vest|Plejecenter Ærtebjerghave;${world.email("anne.moerch")}\r\n`;
  await page.getByLabel("CSV-fil").setInputFiles({ name: "med.csv", mimeType: "text/csv", buffer: Buffer.from(good, "latin1") });
  await page.getByRole("button", { name: "Vis hvad der vil ske" }).click();
  await expect(page.getByRole("rowheader", { name: "Lokal-MED Hjemmeplejen Vest" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Hjemmeplejen Vest, Plejecenter Ærtebjerghave" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "med-import-preview");
  await page.getByRole("button", { name: "Gennemfør importen" }).click();
  await expect(page.getByText("Importen er gennemført: 1 udvalg oprettet, 0 ændret.")).toBeVisible();
  await page.goto("/admin/med");
  await expect(page.getByRole("link", { name: "Lokal-MED Hjemmeplejen Vest" })).toBeVisible();
  await shot(page, "med-list");
});
