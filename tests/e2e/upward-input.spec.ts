import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { expectFitsViewportWidth, phoneViewport } from "./support/layout";
import { waitForMail } from "./support/mailbox";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

// Upward input in a LUS round, from the invitation to the leader reading the aggregate in the
// conversation: the administrator allows free text, the leaders' leader turns it on and publishes,
// the employees answer from their mail (one tries twice, from two tabs), nothing shows while the
// window is open, and after it has closed both parties read the same aggregate.

let world: World;
// Each page on a laptop and on a 390 px phone, where nothing may scroll sideways.
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: `test-results/screenshots/upward-${name}-1280.png`, fullPage: true });
  await page.setViewportSize(phoneViewport);
  await expectFitsViewportWidth(page, name);
  await page.screenshot({ path: `test-results/screenshots/upward-${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
};

const team = ["Hanne Bjerregaard", "Jørgen Mølby", "Fatima Ali", "Lise Østerby", "Niels Kær"];
const local = (name: string) => name.toLowerCase().replace(/ø/g, "oe").replace(/æ/g, "ae").replace(/å/g, "aa").replace(/ /g, ".");

async function answer(page: Page, score: number, texts: [string, string]) {
  for (const dimension of ["Mestring", "Mening", "Samhørighed", "Autonomi"])
    await page
      .getByRole("group", { name: dimension })
      .locator("label", { hasText: String(score) })
      .click();
  await page.getByLabel(/^Hvad skal din leder blive ved med\?/).fill(texts[0]);
  await page.getByLabel(/^Hvad kunne din leder gøre anderledes/).fill(texts[1]);
  await page.getByRole("button", { name: "Send dit svar" }).click();
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("upward");
});

test("a LUS round with upward input, from invitation to the aggregate in the conversation", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = "LUS 2031 i Sundhed og Omsorg";
  const { roundId } = await publishedRoundFor(world.email("bjoern.kjaersgaard"), title, "LUS");
  // Back to planning: the leaders' leader publishes it through the screens.
  await sql(`update "Round" set state = 'PLANNING', "publishedAt" = null where id = $1`, [roundId]);

  // The administrator lets the leaders read the open answers (off by default) and words the first question.
  const admin = await (await browser.newContext()).newPage();
  await world.signInAs(admin, "Peter Skov Jæger", { open: "/admin" });
  await admin.getByLabel("Første åbne spørgsmål").fill("Hvad skal din leder blive ved med?");
  await admin.getByLabel("Vis svarene på de åbne spørgsmål for lederen").check();
  await admin.getByRole("button", { name: "Gem" }).last().click();
  await expect(admin.getByText("Gemt.").last()).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole("group", { name: "Opadgående input i LUS" }).scrollIntoViewIfNeeded();
  await shot(admin, "admin");

  // The leaders' leader turns it on, with a last day before the conversations, and publishes.
  const chief = await (await browser.newContext()).newPage();
  await world.signInAs(chief, "Bjørn Kjærsgaard", { open: `/runder/${roundId}` });
  await expect(chief.getByRole("heading", { name: "Opadgående input fra ledernes medarbejdere" })).toBeVisible();
  await chief.getByLabel("Indhent opadgående input").check();
  await chief.getByLabel("Sidste svardag").fill("01-02-2031");
  await chief.getByRole("button", { name: "Gem opadgående input" }).click();
  await expect(
    chief.getByText(
      "Sidste svardag skal ligge mindst to dage før samtaleperioden begynder (1. februar 2031), så resultaterne er klar til den første samtale.",
    ),
  ).toBeVisible();
  await chief.getByLabel("Sidste svardag").fill("20-01-2031");
  await chief.getByRole("button", { name: "Gem opadgående input" }).click();
  await expect(chief.getByText("Opadgående input er slået til. Sidste svardag er 20. januar 2031.")).toBeVisible();
  await expectNoAxeViolations(chief);
  await shot(chief, "planning");
  await chief.getByRole("button", { name: "Offentliggør og send invitationer" }).click();
  await expect(chief.getByText(/Opadgående input er slået til\. Sidste svardag er 20\. januar 2031\./)).toBeVisible();

  // The invitation, followed signed out: the sign-in page first, then the questionnaire.
  const mail = await waitForMail(world.email("hanne.bjerregaard"));
  expect(mail.subject).toBe("Giv anonymt input om Susanne Lærke Holm som leder");
  const link = new URL(mail.text.match(/https?:\/\/\S+\/opadgaaende\/\S+/)![0]);
  const hanne = await (await browser.newContext()).newPage();
  await hanne.goto(link.pathname);
  await expect(hanne).toHaveURL(/\/log-ind/);
  await world.signInAs(hanne, "Hanne Bjerregaard", { open: link.pathname });
  await expect(hanne.getByRole("heading", { name: "Dit input om Susanne Lærke Holm som leder" })).toBeVisible();
  await expect(hanne.getByText(/De gemmes uden dit navn og uden tidspunkt/)).toBeVisible();
  // Sent without scores: told next to each dimension.
  await hanne.getByRole("button", { name: "Send dit svar" }).click();
  await expect(hanne.getByText("Vælg en værdi fra 1 til 10.")).toHaveCount(4);
  await expectNoAxeViolations(hanne);
  await shot(hanne, "questionnaire");
  // A second tab, opened before the first is sent.
  const secondTab = await hanne.context().newPage();
  await secondTab.goto(link.pathname);
  await answer(hanne, 8, ["Hun lytter og følger op.", "Flere fælles møder."]);
  await expect(hanne.getByText("Tak for dit svar. Det er gemt uden dit navn og kan ikke ændres.")).toBeVisible();
  await answer(secondTab, 2, ["Andet svar", ""]);
  await expect(secondTab.getByText("Du har allerede svaret. Dit første svar er gemt; et svar kan ikke sendes to gange.")).toBeVisible();

  // Four more of the team answer, from the home page's next step.
  for (const [index, name] of team.slice(1).entries()) {
    const page = await (await browser.newContext()).newPage();
    await world.signInAs(page, name);
    if (index === 0) {
      await expectNoAxeViolations(page);
      await shot(page, "home");
    }
    await page.getByRole("link", { name: "Giv dit input" }).click();
    await answer(page, 6 + index, [`Svar nummer ${index + 2}`, ""]);
    await expect(page.getByText("Tak for dit svar.", { exact: false })).toBeVisible();
    await page.context().close();
  }

  // While the window is open the leader sees no figure, not even how many answered.
  const leader = await (await browser.newContext()).newPage();
  await world.signInAs(leader, "Susanne Lærke Holm", { open: `/runder/${roundId}/forberedelse` });
  await expect(leader.getByText(/Resultatet vises, når svarperioden er slut \(sidste svardag er 20\. januar 2031\)/)).toBeVisible();
  await expect(leader.getByText(/svarede/)).toHaveCount(0);
  // Her own questionnaire, should she follow the link: told plainly, nothing shown.
  await leader.goto(link.pathname);
  await expect(leader.getByText("Du kan ikke give opadgående input om dig selv", { exact: false })).toBeVisible();

  // The window closes (the clock moved on: the last day was three days ago).
  await sql(`update "UpwardSurvey" set "closesOn" = current_date - 3 where "roundId" = $1`, [roundId]);
  const [{ id: participantId }] = (
    await sql(
      `select p.id from "RoundParticipant" p join "Person" person on person.id = p."personId" where p."roundId" = $1 and person.email = $2`,
      [roundId, world.email("susanne.holm")],
    )
  ).rows as { id: string }[];

  // In the conversation, the leaders' leader reads the aggregate.
  await chief.goto(`/runder/${roundId}/samtale/${participantId}`);
  const section = chief.getByRole("region", { name: "Opadgående input fra medarbejderne" });
  await expect(section.getByText("5 personer svarede.", { exact: false })).toBeVisible();
  await expect(section.getByRole("heading", { name: "Mestring: gennemsnit 7,6" })).toBeVisible();
  await expect(section.getByText("Hun lytter og følger op.")).toBeVisible();
  // Only one wrote to the second question: not shown, not even unattributed.
  await expect(section.getByText("Flere fælles møder.")).toHaveCount(0);
  await expect(section.getByText("Færre end 5 skrev noget her, så svarene vises ikke.")).toBeVisible();
  await expectNoAxeViolations(chief);
  await shot(chief, "conversation");

  // The leader sees the same on the preparation sheet.
  await leader.goto(`/runder/${roundId}/forberedelse`);
  const own = leader.getByRole("region", { name: "Opadgående input fra medarbejderne" });
  await expect(own.getByText("5 personer svarede.", { exact: false })).toBeVisible();
  await expect(own.getByRole("heading", { name: "Mestring: gennemsnit 7,6" })).toBeVisible();
  await expectNoAxeViolations(leader);
  await shot(leader, "sheet");

  // A team of two (Torben's, after four left) shows nothing, and says why.
  for (const name of ["Gitte Rasmussen", "Ahmad Haidari", "Pia Kjeldsen", "Søren Ravn"])
    await sql(`update "Person" set active = false where email = $1`, [world.email(local(name))]);
  const torben = await (await browser.newContext()).newPage();
  await world.signInAs(torben, "Torben Ødegaard", { open: `/runder/${roundId}/forberedelse` });
  await expect(torben.getByText(/Der vises intet: teamet har færre end 5 medarbejdere/)).toBeVisible();
});
