import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

let world: World;
test.beforeAll(async () => {
  world = await newWorld("home");
});

test("the start page opens in Danish, with no console errors", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));

  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Udviklingssamtaler, der fører til noget");
  await expect(page.getByRole("heading", { name: "Sådan forløber en runde" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(4);
  // Signed out, the header names the installation's first municipality: the demo organisation's.
  await expect(page.getByText("Vesterå Kommune").first()).toBeVisible();
  await expect(page).toHaveTitle("MUS og LUS");
  await page.screenshot({ path: "test-results/screenshots/start-page.png", fullPage: true });
  expect(problems).toEqual([]);
});

test("the skip link is the first thing the keyboard reaches, and it is visible", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Gå til indhold" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#indhold$/);
});

test("the health check answers in JSON", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "ok", auditSealing: { stalled: false } });
});

test("the page works on a tablet held upright", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.screenshot({ path: "test-results/screenshots/start-page-tablet.png", fullPage: true });
});

// Signed in, the start page leads with what to do now. Each test makes its own round in the spec's
// world (a LUS round of Bjørn Kjærsgaard's, whose leaders Susanne Lærke Holm and Torben Ødegaard
// take part), so the role words are the LUS ones: "leders leder" for the one who holds the conversations.

const wide = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

async function shotsAtBothWidths(page: Page, name: string) {
  for (const [size, viewport] of [
    ["1280", wide],
    ["390", phone],
  ] as const) {
    await page.setViewportSize(viewport);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${size} px`).toBe(0);
    await page.screenshot({ path: `test-results/screenshots/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(wide);
}

/** A browser of one's own (each person their own cookies), signed in and on the start page. */
async function startPageOf(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: wide })).newPage();
  await world.signInAs(page, name);
  return page;
}

/** The card of one round under a section of the start page. */
const roundCard = (page: Page, section: string, title: string) =>
  page
    .getByRole("region", { name: section })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: title, exact: true }) });

test.describe("your next step", () => {
  test("a leader, a participant, HR, an administrator and the committee each see their next step, with a link that goes there", async ({
    browser,
  }) => {
    const title = `LUS 2031 for lederne ${Date.now()}`;
    const { roundId } = await publishedRoundFor(world.email("bjoern.kjaersgaard"), title, "LUS");
    // The round is in Sundhed og Omsorg: the world's MED committee (Børn og Unge) covers that area too.
    await sql(
      `insert into "MedCommitteeUnit" ("committeeId", "unitId")
       select c.id, u.id from "MedCommittee" c join "Municipality" k on k.id = c."municipalityId"
       join "Unit" u on u."municipalityId" = k.id and u.name = 'Sundhed og Omsorg'
       where k.name = $1 on conflict do nothing`,
      [world.municipality],
    );
    // Torben's conversation is booked and his sheet shared; Susanne has done nothing yet.
    await sql(
      `insert into "Conversation" (id, "participantId", "startsAt", "durationMinutes", location, "icsUid", "updatedAt")
       select gen_random_uuid(), p.id, '2031-02-03T08:30:00Z', 60, 'Mødelokale 2', gen_random_uuid()::text, now()
       from "RoundParticipant" p join "Person" person on person.id = p."personId" where p."roundId" = $1 and person.email = $2`,
      [roundId, world.email("torben.oedegaard")],
    );
    await sql(
      `insert into "PreparationSheet" (id, "participantId", state, "submittedAt", "updatedAt")
       select gen_random_uuid(), p.id, 'SUBMITTED', now(), now()
       from "RoundParticipant" p join "Person" person on person.id = p."personId" where p."roundId" = $1 and person.email = $2`,
      [roundId, world.email("torben.oedegaard")],
    );

    // The leader's leader: book the conversations, 1 of 2 booked.
    let page = await startPageOf(browser, "Bjørn Kjærsgaard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dit næste skridt");
    const leading = roundCard(page, "Runder du leder", title);
    await expect(leading).toContainText("Din rolle: leders leder");
    await expect(leading.getByRole("heading", { level: 4 })).toHaveText("Book samtalerne");
    await expect(leading).toContainText("1 af 2 samtaler er booket.");
    await shotsAtBothWidths(page, "home-leader");
    await expectNoAxeViolations(page);
    await leading.getByRole("link", { name: "Book samtalerne" }).click();
    await expect(page).toHaveURL(new RegExp(`/runder/${roundId}/samtaler$`));
    await expect(page.getByRole("heading", { level: 2, name: "Samtaler" })).toBeVisible();

    // A participant (in LUS, a leader): fill in the sheet, with the material beside it.
    page = await startPageOf(browser, "Susanne Lærke Holm");
    const susanne = roundCard(page, "Runder du deltager i", title);
    await expect(susanne).toContainText("Din rolle: leder");
    await expect(susanne).toContainText("Din samtale med Bjørn Kjærsgaard er ikke booket endnu.");
    await expect(susanne.getByRole("link", { name: "Læs rundens materiale" })).toHaveAttribute("href", `/runder/${roundId}/materiale`);
    await shotsAtBothWidths(page, "home-participant");
    await expectNoAxeViolations(page);
    await susanne.getByRole("link", { name: "Udfyld dit forberedelsesskema" }).click();
    await expect(page).toHaveURL(new RegExp(`/runder/${roundId}/forberedelse$`));
    await expect(page.getByRole("heading", { name: "Mit forberedelsesskema" })).toBeVisible();
    // The material leads to the sheet too, and does not say it opens later: it is open.
    await page.goto(`/runder/${roundId}/materiale`);
    await expect(page.getByRole("link", { name: "Udfyld dit forberedelsesskema" })).toHaveAttribute(
      "href",
      `/runder/${roundId}/forberedelse`,
    );
    await expect(page.getByText(/åbner for deltagerne/)).toHaveCount(0);

    // A participant with a booked conversation and a shared sheet: the conversation, when and where.
    page = await startPageOf(browser, "Torben Ødegaard");
    const torben = roundCard(page, "Runder du deltager i", title);
    await expect(torben.getByRole("heading", { level: 4 })).toHaveText("Din samtale");
    await expect(torben).toContainText("Din samtale med Bjørn Kjærsgaard er 3. februar 2031 kl. 09.30, 60 minutter, Mødelokale 2.");
    await torben.getByRole("link", { name: "Se dit delte skema" }).click();
    await expect(page).toHaveURL(new RegExp(`/runder/${roundId}/forberedelse$`));
    await page.goto(`/runder/${roundId}/materiale`);
    await expect(page.getByRole("link", { name: "Se dit delte skema" })).toBeVisible();

    // HR: the signed plans of HR's own municipality waiting to be filed, counted as the filing desk counts them.
    const { rows } = await sql(
      `with latest as (
         select distinct on (v."planId") v."planId", v."filedAt" from "PlanVersion" v
         join "Plan" plan on plan.id = v."planId" join "RoundParticipant" p on p.id = plan."participantId"
         join "Round" r on r.id = p."roundId" join "Municipality" m on m.id = r."municipalityId"
         where v."signedAt" is not null and m.name = $1 order by v."planId", v.number desc)
       select count(*)::int as n from latest where "filedAt" is null`,
      [world.municipality],
    );
    const unfiled: number = rows[0].n;
    page = await startPageOf(browser, "Birgitte Dalsgaard");
    const filing = page.getByRole("region", { name: "Journalisering" });
    await expect(filing).toContainText(
      unfiled === 0
        ? "Alle underskrevne planer er journaliseret."
        : `${unfiled} ${unfiled === 1 ? "underskreven plan venter" : "underskrevne planer venter"} på at blive journaliseret`,
    );
    await shotsAtBothWidths(page, "home-hr");
    await filing.getByRole("link", { name: unfiled === 0 ? "Se rundernes fremdrift" : "Gå til journaliseringen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Journalisering" })).toBeVisible();

    // An administrator: the organisation's pages.
    page = await startPageOf(browser, "Peter Skov Jæger");
    await shotsAtBothWidths(page, "home-admin");
    await page.getByRole("region", { name: "Administration" }).getByRole("link", { name: "Importér personer" }).click();
    await expect(page).toHaveURL(/\/admin\/import$/);

    // A committee member: the round's shared material.
    page = await startPageOf(browser, "Anne Sofie Mørch");
    const followed = roundCard(page, "Runder du følger i MED-udvalget", title);
    await shotsAtBothWidths(page, "home-committee");
    await followed.getByRole("link", { name: "Gå til materialet" }).click();
    await expect(page).toHaveURL(new RegExp(`/runder/${roundId}/materiale$`));
  });

  test("a round's tabs and phases follow its phase; after publishing, booking is the main button", async ({ page }) => {
    const title = `LUS 2031, faserne ${Date.now()}`;
    const { roundId } = await publishedRoundFor(world.email("bjoern.kjaersgaard"), title, "LUS");
    const base = `/runder/${roundId}`;
    const tabs = page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link");
    const planning = ["Forløb", "Opstart", "Grupper og spørgsmål", "Deltagere", "Materiale"];
    const planned = ["Forløb", "Opstart, udført", "Grupper og spørgsmål, udført", "Deltagere, udført", "Materiale"];
    const expected: Record<string, string[]> = {
      PLANNING: planning,
      PREPARATION: [...planned, "Samtaler", "Deltagernes forberedelse"],
      CONVERSATIONS: [...planned, "Samtaler", "Deltagernes forberedelse", "GRUS"],
      WRAP_UP: [...planned, "Samtaler, udført", "Deltagernes forberedelse, udført", "GRUS", "Overblik", "Fælles opsamling"],
      FOLLOW_UP: [
        ...planned,
        "Samtaler, udført",
        "Deltagernes forberedelse, udført",
        "GRUS, udført",
        "Overblik, udført",
        "Fælles opsamling, udført",
        "Opfølgning",
      ],
    };
    const phaseName: Record<string, string> = {
      PLANNING: "Planlægning",
      PREPARATION: "Forberedelse",
      CONVERSATIONS: "Samtaler",
      WRAP_UP: "Fælles opsamling",
      FOLLOW_UP: "Opfølgning",
    };
    await world.signInAs(page, "Bjørn Kjærsgaard");
    for (const state of Object.keys(expected)) {
      await sql(`update "Round" set state = $2::"RoundState" where id = $1`, [roundId, state]);
      await page.goto(base);
      await expect(tabs, state).toHaveText(expected[state]);
      await expect(page.locator('li[aria-current="step"]'), state).toContainText(phaseName[state]);
      await expect(page.locator('li[aria-current="step"]'), state).toContainText("Nu");
    }

    // Planning: the material is a preview, and says the sheet opens once it is published.
    await sql(`update "Round" set state = 'PLANNING' where id = $1`, [roundId]);
    await page.goto(`${base}/materiale`);
    await expect(
      page.getByText("Det elektroniske forberedelsesskema åbner for deltagerne, når materialet er offentliggjort.").first(),
    ).toBeVisible();

    // After publishing: book the conversations (how many are booked), and the phase button second.
    await sql(`update "Round" set state = 'PREPARATION' where id = $1`, [roundId]);
    await page.goto(base);
    const next = page.getByRole("region", { name: "Det næste" });
    await expect(next).toContainText("0 af 2 samtaler er booket.");
    await expect(page.getByRole("button", { name: "Start samtalefasen" })).toHaveCSS("background-color", "rgb(255, 255, 255)");
    await expect(next.getByRole("link", { name: "Book samtalerne" })).toHaveCSS("background-color", "rgb(29, 79, 140)");
    await expect(page.locator('li[aria-current="step"]')).toContainText("Forberedelse");
    await shotsAtBothWidths(page, "round-course-preparation");
    await expectNoAxeViolations(page);
    await next.getByRole("link", { name: "Book samtalerne" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/samtaler$`));
    await expect(tabs.filter({ hasText: "Samtaler" })).toHaveAttribute("aria-current", "page");
  });
});
