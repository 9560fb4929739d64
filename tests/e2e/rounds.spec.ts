import { expect, test, type Page } from "@playwright/test";
import ical from "node-ical";
import { mailsTo, waitForMail } from "./support/mailbox";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

let world: World;
test.beforeAll(async () => {
  world = await newWorld("rounds");
});

// Next year: the conversation booked below must lie within the meeting window (lib/dates/calendar.ts).
const year = new Date().getFullYear() + 1;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

async function fillTimeline(page: Page, dates: [string, string, string, string, string]) {
  const labels = ["Opstartsmøde", "Samtaler fra", "Samtaler til", "Fælles opsamling", "Opfølgning"];
  for (const [index, label] of labels.entries()) await page.getByLabel(label, { exact: true }).fill(dates[index]);
}

function calendarEvent(content: string) {
  const parsed = ical.sync.parseICS(content);
  return Object.values(parsed).find((component) => component?.type === "VEVENT") as ical.VEvent;
}

test.describe.serial("planning a round", () => {
  let roundPath = "";

  test("a leader plans a MUS round from template to publish, with two groups that have different questions", async ({ page }) => {
    await world.signInAs(page, "Mette Søndergård");
    await page.getByRole("banner").getByRole("link", { name: "Runder" }).click();
    // The start page has a "Runder du leder" too (with its own "Opret ny runde"): wait for the list.
    await expect(page).toHaveURL(/\/runder$/);
    await expect(page.getByRole("heading", { name: "Runder du leder" })).toBeVisible();
    await page.getByRole("link", { name: "Opret ny runde" }).click();
    await expect(page.getByRole("heading", { name: "Opret ny runde" })).toBeVisible();

    await page.getByRole("radio", { name: /^Tønder-konceptet/ }).check();
    await page.getByLabel("Titel").fill(`MUS ${year} i Solstrålen`);
    await page.getByLabel("År", { exact: true }).fill(`${year}`);
    await page.getByLabel("Årets særlige fokus").fill("Samarbejdet mellem stuerne");
    await fillTimeline(page, [`12-01-${year}`, `01-02-${year}`, `20-01-${year}`, `20-04-${year}`, `01-10-${year}`]);
    await page.getByRole("button", { name: "Opret runde" }).click();
    await expect(page.getByText("Datoen skal ligge samme dag som eller efter »samtaler fra«.")).toBeVisible();
    await expect(page.getByLabel("Samtaler til")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Titel")).toHaveValue(`MUS ${year} i Solstrålen`);
    await shot(page, "round-new-error");

    // Dates are typed as Danes write them, whatever the browser's language; no such day is refused at the field.
    await page.getByLabel("Samtaler til").fill(`31-02-${year}`);
    await page.getByRole("button", { name: "Opret runde" }).click();
    await expect(page.getByText("Skriv datoen som dd-mm-åååå, f.eks. 10-02-2027.")).toBeVisible();
    await expect(page.getByLabel("Opstartsmøde", { exact: true })).toHaveValue(`12-01-${year}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "round-new-date-error-390");
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, "round-new-date-error-1280");
    await page.getByLabel("Samtaler til").fill(`31-03-${year}`);
    await page.getByRole("button", { name: "Opret runde" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `MUS ${year} i Solstrålen` })).toBeVisible();
    roundPath = new URL(page.url()).pathname;

    // Publishing before the kick-off is written is refused, with the reason.
    await page.getByRole("button", { name: "Offentliggør og send invitationer" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Skriv enhedens kerneopgave" })).toHaveText(
      "Skriv enhedens kerneopgave, før materialet offentliggøres.",
    );

    await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Opstart" }).click();
    await page.getByLabel("Enhedens kerneopgave").fill("<b>Trygge rammer</b> for børns leg, læring og udvikling <script>alert(1)</script>");
    await page.getByRole("button", { name: "Tilføj udviklingsmål" }).click();
    await page.getByRole("textbox", { name: "Udviklingsmål 1", exact: true }).fill("Mere udeliv året rundt");
    await page.getByRole("button", { name: "Tilføj udviklingsmål" }).click();
    await page.getByRole("textbox", { name: "Udviklingsmål 2", exact: true }).fill("Sprogarbejde i små grupper");
    await page.getByLabel("Noter fra opstartsmødet").fill("Vi talte om levereglerne og valgte at lægge vægt på samarbejdet.");
    await page.getByRole("button", { name: "Gem" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Gemt." })).toBeVisible();
    await shot(page, "round-kickoff");

    // A second group with its own questions.
    await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Grupper og spørgsmål" }).click();
    await page.getByLabel("Gruppens navn").fill("Pædagogmedhjælpere");
    await page.getByRole("button", { name: "Opret gruppe" }).click();
    await expect(page.getByRole("heading", { name: "Spørgsmål for gruppen »Pædagogmedhjælpere«" })).toBeVisible();
    const faglighed = page.getByRole("group", { name: "Faglighed i opgaveløsningen" });
    await faglighed.getByRole("button", { name: "Tilføj spørgsmål" }).click();
    await faglighed.getByRole("textbox", { name: "Spørgsmål 3", exact: true }).fill("Hvordan bruger du legen i hverdagen?");
    await faglighed.getByRole("button", { name: "Flyt spørgsmål 3 op" }).click();
    await expect(faglighed.getByRole("textbox", { name: "Spørgsmål 2", exact: true })).toHaveValue("Hvordan bruger du legen i hverdagen?");
    await faglighed.getByRole("checkbox", { name: "Prioriteret" }).nth(1).check();
    await faglighed.getByRole("button", { name: "Fjern spørgsmål 1" }).click();
    await page.getByText("Hent fra spørgsmålsbanken").click();
    await page.getByLabel("Spørgsmålsbank", { exact: true }).selectOption({ label: "Vitaliseringsmodellen – Mestring: nøgleord" });
    await page.getByLabel("Tilføj til temaet").selectOption({ label: "Andet individuelt" });
    await page.getByRole("button", { name: "Tilføj »Udvikling af kompetencer«" }).click();
    await expect(
      page.getByRole("group", { name: "Andet individuelt" }).getByRole("textbox", { name: "Spørgsmål 2", exact: true }),
    ).toHaveValue("Udvikling af kompetencer");
    await page.getByRole("button", { name: "Gem spørgsmålene" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Spørgsmålene er gemt." })).toBeVisible();
    await shot(page, "round-questions");

    await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Deltagere" }).click();
    // Every employee reporting to Mette is there from the start.
    const reports = await sql(
      `select count(*)::int as n from "Person" p join "Person" m on m.id = p."managerId"
      where m.email = $1 and p.active and not exists (select 1 from "Person" r where r."managerId" = p.id and r.active)`,
      [world.email("mette.soendergaard")],
    );
    const participants: number = reports.rows[0].n;
    await expect(page.getByRole("row")).toHaveCount(participants + 1);
    await page.getByLabel("Gruppe for Åse Kirkegaard").selectOption({ label: "Pædagogmedhjælpere" });
    await page.getByLabel("Tilbyd Åse Kirkegaard en seniorsamtale").check();
    await page.getByLabel("Tilbyd Mikkel Thøgersen ledertalentudvikling").check();
    await page.getByRole("button", { name: "Gem deltagerne" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deltagerne er gemt." })).toBeVisible();
    await shot(page, "round-participants");

    await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Forløb" }).click();
    const seen = mailsTo(world.email("aase.kirkegaard")).length;
    await page.getByRole("button", { name: "Offentliggør og send invitationer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Materialet blev offentliggjort" })).toContainText(
      `og ${participants} deltagere er inviteret.`,
    );
    await expect(page.getByText("Fase: forberedelse")).toBeVisible();
    await shot(page, "round-published");

    const invitation = await waitForMail(world.email("aase.kirkegaard"), seen);
    expect(invitation.subject).toBe(`MUS: forbered dig til din samtale (MUS ${year} i Solstrålen)`);
    expect(invitation.text).toContain(`${roundPath}/materiale`);
  });

  test("each participant sees their own group's questions, and text is shown as text", async ({ page, browser }) => {
    await world.signInAs(page, "Åse Kirkegaard");
    await page.goto(`${roundPath}/materiale`);
    await expect(page.getByRole("heading", { name: "Dit forberedelsesskema (gruppen »Pædagogmedhjælpere«)" })).toBeVisible();
    await expect(page.getByText("Hvordan bruger du legen i hverdagen?")).toBeVisible();
    await expect(page.getByText("Hvordan bruger du legen i hverdagen?").getByText("Prioriteret")).toBeVisible();
    await expect(page.getByText("Udvikling af kompetencer", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("<b>Trygge rammer</b> for børns leg, læring og udvikling <script>alert(1)</script>")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Du tilbydes også" })).toBeVisible();
    await expect(page.getByText("en seniorsamtale")).toBeVisible();
    // A participant's tabs: the material and their own sheet, none of the leader's planning.
    await expect(page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link")).toHaveText([
      "Materiale",
      "Mit forberedelsesskema",
      "Information til dig",
    ]);
    await shot(page, "round-material-participant");
    // The leader's planning pages are not there for a participant.
    expect((await page.goto(roundPath))?.status()).toBe(404);

    const other = await browser.newPage();
    await world.signInAs(other, "Jonas Brøndum");
    await other.goto(`${roundPath}/materiale`);
    await expect(other.getByRole("heading", { name: "Dit forberedelsesskema (gruppen »Alle deltagere«)" })).toBeVisible();
    await expect(other.getByText("Hvordan bruger du legen i hverdagen?")).toHaveCount(0);
    await expect(other.getByText("Har du en passende opgavemængde?")).toBeVisible();
    await other.close();
  });

  test("a booked conversation reaches both calendars; moving it updates the same event", async ({ page }) => {
    await world.signInAs(page, "Mette Søndergård");
    await page.goto(`${roundPath}/samtaler`);
    const aase = page.getByRole("form", { name: "Samtale med Åse Kirkegaard" });
    await aase.getByLabel("Dato").fill(`03-02-${year}`);
    await aase.getByLabel("Klokkeslæt").fill("09:30");
    await aase.getByLabel("Varighed (minutter)").fill("60");
    await aase.getByLabel("Sted eller videolink").fill("Personalerummet");
    const seen = mailsTo(world.email("aase.kirkegaard")).length;
    await aase.getByRole("button", { name: "Book samtale" }).click();
    await expect(aase.getByRole("status").filter({ hasText: "Samtalen er booket" })).toBeVisible();
    const booked = await waitForMail(world.email("aase.kirkegaard"), seen);
    expect(booked.calendar?.method).toBe("REQUEST");
    const first = calendarEvent(booked.calendar!.content);
    expect(first.start.toISOString()).toBe(`${year}-02-03T08:30:00.000Z`);
    expect(String(first.sequence)).toBe("0");
    expect(mailsTo(world.email("mette.soendergaard")).at(-1)?.calendar?.method).toBe("REQUEST");

    await aase.getByLabel("Klokkeslæt").fill("13:00");
    await aase.getByRole("button", { name: "Flyt samtalen" }).click();
    await expect(aase.getByRole("status").filter({ hasText: "Samtalen er flyttet" })).toBeVisible();
    const moved = await waitForMail(world.email("aase.kirkegaard"), seen + 1);
    const second = calendarEvent(moved.calendar!.content);
    expect(second.uid).toBe(first.uid);
    expect(String(second.sequence)).toBe("1");
    expect(second.start.toISOString()).toBe(`${year}-02-03T12:00:00.000Z`);
    await expect(page.getByText(`3. februar ${year} kl. 13.00, 60 minutter, Personalerummet`)).toBeVisible();
    await shot(page, "round-conversations");
    await expect(page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Samtaler" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    await page.getByRole("banner").getByRole("link", { name: "Runder" }).click();
    await expect(page.getByRole("table").getByRole("row", { name: new RegExp(`MUS ${year} i Solstrålen`) })).toContainText("forberedelse");
    await shot(page, "rounds-list");
  });
});

test("a second save on an older version is refused and keeps what was typed; long text is refused next to its field", async ({
  browser,
}) => {
  const first = await browser.newPage();
  await world.signInAs(first, "Ole Bækgaard");
  await first.goto("/runder/ny");
  await first.getByLabel("Titel").fill(`MUS ${year} på Åbyskolen`);
  await first.getByLabel("År", { exact: true }).fill(`${year}`);
  await fillTimeline(first, [`05-01-${year}`, `01-02-${year}`, `31-03-${year}`, `20-04-${year}`, `01-10-${year}`]);
  await first.getByRole("button", { name: "Opret runde" }).click();
  await expect(first.getByRole("heading", { level: 1, name: `MUS ${year} på Åbyskolen` })).toBeVisible();
  const kickoff = `${new URL(first.url()).pathname}/opstart`;

  const second = await browser.newPage();
  await world.signInAs(second, "Ole Bækgaard");
  await first.goto(kickoff);
  await second.goto(kickoff);

  await first.getByLabel("Enhedens kerneopgave").fill("Elevernes læring og trivsel");
  await first.getByRole("button", { name: "Gem" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Gemt." })).toBeVisible();

  await second.getByLabel("Enhedens kerneopgave").fill("x".repeat(20_000));
  await second.getByRole("button", { name: "Gem" }).click();
  await expect(second.getByText("Højst 4.000 tegn; teksten har 20.000.")).toBeVisible();
  await second.getByLabel("Enhedens kerneopgave").fill("Undervisning, der giver alle elever lyst til at lære");
  await second.getByRole("button", { name: "Gem" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Runden er ændret af en anden" })).toBeVisible();
  await expect(second.getByLabel("Enhedens kerneopgave")).toHaveValue("Undervisning, der giver alle elever lyst til at lære");
  await shot(second, "round-conflict");
  const stored = await sql(`select "coreTask" from "Round" where id = $1`, [kickoff.split("/")[2]]);
  expect(stored.rows[0].coreTask).toBe("Elevernes læring og trivsel");

  // Another unit's leader finds nothing there; a committee member reads the shared material only.
  const roundPath = kickoff.replace(/\/opstart$/, "");
  const outsider = await browser.newPage();
  await world.signInAs(outsider, "Mette Søndergård");
  expect((await outsider.goto(`${roundPath}/materiale`))?.status()).toBe(404);
  expect((await outsider.goto(kickoff))?.status()).toBe(404);
  const committee = await browser.newPage();
  await world.signInAs(committee, "Anne Sofie Mørch");
  expect((await committee.goto(`${roundPath}/materiale`))?.status()).toBe(200);
  await expect(committee.getByText("Elevernes læring og trivsel")).toBeVisible();
  expect((await committee.goto(kickoff))?.status()).toBe(404);
});
