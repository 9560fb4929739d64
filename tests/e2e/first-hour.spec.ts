import { expect, test, type Browser, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { demoPeople } from "../../prisma/seed/demo-organisation";
import { expectNoAxeViolations } from "./support/axe";
import { npmStart, type NpmStart } from "./support/npm-start";

// A newcomer's first hour, on the README's default: `npm start` on the embedded database, the
// address it prints, mail read from its log. A leader plans and publishes a round; the employee,
// signed out, follows the invitation on a phone, prepares and shares; both write the plan at the
// same time and see each other's typing, presence and approval without reloading; HR files it.

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/first-hour-${name}.png`, fullPage: true });
const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

async function person(browser: Browser, viewport: typeof desktop, isMobile = false) {
  const context = await browser.newContext({ viewport, isMobile, hasTouch: isMobile, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  return context.newPage();
}

async function signInHere(page: Page, name: string) {
  await page
    .getByRole("button", { name: new RegExp(`^Log ind som ${name}`) })
    .first()
    .click();
  await expect(page.getByRole("banner")).toContainText(`Logget ind som ${name}`);
}

/** The page fits the screen: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
}

test.describe.serial("the first hour on npm start", () => {
  test.setTimeout(300_000);
  let app: NpmStart;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    app = await npmStart();
  });
  test.afterAll(async ({}, testInfo) => {
    // What the server printed is the first thing to read when this walk fails.
    if (testInfo.status !== testInfo.expectedStatus) console.log(app?.output());
    await app?.stop();
  });

  test("plan, publish, follow the invitation, prepare, write the plan together live, sign, file", async ({ browser }) => {
    const { address } = app;
    expect(address).toMatch(/^http:\/\/localhost:\d+$/);
    const leader = await person(browser, desktop);

    // Another name of the same server leads to the printed address before anyone signs in.
    await leader.goto(address.replace("localhost", "127.0.0.1") + "/log-ind");
    expect(new URL(leader.url()).origin).toBe(address);
    await signInHere(leader, "Mette Søndergård");

    // The start page says what to do now: plan this year's round. The leader plans it and publishes.
    await expect(leader.getByRole("heading", { name: "Dit næste skridt" })).toBeVisible();
    await leader.getByRole("link", { name: "Opret ny runde" }).first().click();
    // The combined standard: its sheet has the four scores the employee gives below (Tønder's has none).
    await leader.getByRole("radio", { name: /^Standard \(Tønder-konceptet/ }).check();
    await leader.getByLabel("Titel").fill("MUS 2027 i Solstrålen (første time)");
    await leader.getByLabel("År", { exact: true }).fill("2027");
    const labels = ["Opstartsmøde", "Samtaler fra", "Samtaler til", "Fælles opsamling", "Opfølgning"];
    const dates = ["12-01-2027", "01-02-2027", "31-03-2027", "20-04-2027", "01-10-2027"];
    for (const [index, label] of labels.entries()) await leader.getByLabel(label, { exact: true }).fill(dates[index]);
    await leader.getByRole("button", { name: "Opret runde" }).click();
    await expect(leader.getByRole("heading", { level: 1, name: "MUS 2027 i Solstrålen (første time)" })).toBeVisible();
    const roundPath = new URL(leader.url()).pathname;
    await leader.getByRole("link", { name: "Gå til opstarten" }).click();
    await leader.getByLabel("Enhedens kerneopgave").fill("Trygge rammer for børns leg, læring og udvikling");
    await leader.getByRole("button", { name: "Gem" }).click();
    await expect(leader.getByRole("status").filter({ hasText: "Gemt." })).toBeVisible();
    await leader.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Forløb" }).click();
    await leader.getByRole("button", { name: "Offentliggør og send invitationer" }).click();
    await expect(leader.getByRole("status").filter({ hasText: "Materialet blev offentliggjort" })).toBeVisible();
    // What comes next is booking the conversations, not moving the round on.
    await expect(leader.getByRole("link", { name: "Book samtalerne" }).first()).toBeVisible();

    // The invitation, as printed to the log, links to the round's material at the printed address.
    await expect.poll(() => app.mailsTo("jonas.broendum@vesteraa.example").length, { timeout: 15_000 }).toBe(1);
    const invitation = app.mailsTo("jonas.broendum@vesteraa.example")[0];
    const link = /(http:\/\/\S+\/materiale)/.exec(invitation.text)?.[1];
    expect(link).toBe(`${address}${roundPath}/materiale`);

    // The employee, signed out and on a phone, follows it, signs in and lands on exactly that page.
    const employee = await person(browser, phone, true);
    await employee.goto(link!);
    await expect(employee).toHaveURL(/\/log-ind\?callbackUrl=/);
    await signInHere(employee, "Jonas Brøndum");
    await expect(employee).toHaveURL(link!);
    await expect(employee.getByRole("heading", { name: /^Dit forberedelsesskema/ })).toBeVisible();
    await expectNoSidewaysScroll(employee);
    await shot(employee, "material-phone");

    // The employee prepares and shares the sheet, straight from the material.
    await employee.getByRole("link", { name: "Udfyld dit forberedelsesskema" }).click();
    await employee.getByRole("group", { name: "Mening: hvordan opleves den lige nu?" }).getByText("8", { exact: true }).first().click();
    await employee.getByLabel("Andet individuelt").fill("Jeg vil gerne tale om sprogarbejdet på stuen.");
    await expect(
      employee
        .getByRole("status")
        .filter({ hasText: /^Gemt$/ })
        .first(),
    ).toBeVisible({ timeout: 10_000 });
    await expectNoSidewaysScroll(employee);
    await employee.getByRole("button", { name: "Del skemaet med min leder" }).click();
    await expect(employee.getByText(/Du delte skemaet .*Din leder kan nu læse det\./)).toBeVisible();
    await shot(employee, "sheet-phone");

    // Both open the conversation: the leader from the shared sheet, the employee from their own.
    await leader.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Deltagernes forberedelse" }).click();
    await leader
      .getByRole("link", { name: /Jonas Brøndum/ })
      .first()
      .click();
    await leader.getByRole("link", { name: "Åbn samtalen og planen" }).click();
    await leader.waitForURL(/\/samtale\//);
    const conversation = new URL(leader.url()).pathname;
    await employee.getByRole("link", { name: "Jeres kompetenceudviklingsplan" }).click();
    await employee.waitForURL(`${address}${conversation}`);
    const saved = (page: Page) =>
      expect(
        page
          .getByRole("region", { name: "Planen" })
          .getByRole("status")
          .filter({ hasText: /^Gemt$/ }),
      ).toBeVisible({ timeout: 15_000 });
    await saved(leader);
    await saved(employee);

    // Live, without a reload: presence, typing in one field, what each writes.
    await expect(leader.getByText("Til stede nu: Jonas Brøndum")).toBeVisible({ timeout: 10_000 });
    await expect(employee.getByText("Til stede nu: Mette Søndergård")).toBeVisible({ timeout: 10_000 });
    const goals = (page: Page) => page.getByLabel("Mål", { exact: true });
    await goals(leader).click();
    await expect(employee.getByText("Mette Søndergård skriver her")).toBeVisible({ timeout: 5_000 });
    await goals(leader).pressSequentially("Sprogarbejde i små grupper", { delay: 20 });
    await expect(goals(employee)).toHaveValue("Sprogarbejde i små grupper", { timeout: 5_000 });
    await employee.getByLabel("Evaluering af samtalen").fill("Godt at skrive planen sammen.");
    await expect(leader.getByLabel("Evaluering af samtalen")).toHaveValue("Godt at skrive planen sammen.", { timeout: 5_000 });
    await saved(leader);
    await saved(employee);
    await expectNoSidewaysScroll(employee);
    await shot(employee, "plan-phone");
    await shot(leader, "plan-desktop");

    // Both sign; the leader sees the employee's approval arrive.
    await employee.getByRole("button", { name: "Godkend planen, som den står nu" }).click();
    await expect(employee.getByText("Du har godkendt udgave 1. Den venter på den anden part.")).toBeVisible();
    await expect(leader.getByText(/Godkendt af Jonas Brøndum/)).toBeVisible({ timeout: 5_000 });
    await leader.getByRole("button", { name: "Godkend planen, som den står nu" }).click();
    await expect(leader.getByText("Udgave 1 er underskrevet af jer begge.")).toBeVisible();
    await expect(employee.getByText(/Underskrevet af jer begge/).first()).toBeVisible({ timeout: 5_000 });

    // HR downloads the signed plan and files it.
    const hr = await person(browser, desktop);
    await hr.goto(`${address}/log-ind`);
    await signInHere(hr, "Birgitte Dalsgaard");
    await hr.getByRole("link", { name: "Gå til journaliseringen" }).click();
    const unfiled = hr.getByRole("region", { name: "Underskrevne planer, der ikke er journaliseret" });
    const pdf = await hr.request.get(
      new URL((await unfiled.getByRole("link", { name: "Hent PDF for Jonas Brøndum" }).getAttribute("href"))!, address).toString(),
    );
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const fields = (await PDFDocument.load(await pdf.body()))
      .getForm()
      .getFields()
      .map((field) => field.getName());
    expect(fields).toContain("goals");
    await unfiled.getByRole("button", { name: "Markér som journaliseret: planen for Jonas Brøndum" }).click();
    await expect(hr.getByText("Planen for Jonas Brøndum er markeret som journaliseret.")).toBeVisible();
    await shot(hr, "hr");
  });
  test("the demo shows every phase: the sign-in page says what each person finds, and every front page opens and passes axe", async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const { address } = app;
    const page = await person(browser, desktop);
    await page.goto(`${address}/log-ind`);
    await expect(page.getByText("Leder med en MUS-runde i samtalefasen.")).toBeVisible();
    await expect(
      page.getByText(/^Leder med en MUS-runde i den fælles opsamling og en afsluttet MUS-runde fra \d{4}\. Deltager i en LUS-runde/),
    ).toBeVisible();
    await shot(page, "demo-sign-in");
    const labels = await page.getByRole("button", { name: /^Log ind som / }).allTextContents();
    const names = labels.map((label) => /^Log ind som (.+?)(?: · |$)/.exec(label)![1]);
    expect(names.length).toBe(demoPeople.length);

    // Signed in as each (the demo sign-in's own request, as its button sends it), the front page.
    const emailOf = new Map(demoPeople.map((demo) => [demo.name, demo.email]));
    const signInAs = async (name: string) => {
      await page.context().clearCookies();
      const { csrfToken } = await (await page.request.get(`${address}/api/auth/csrf`)).json();
      await page.request.post(`${address}/api/auth/callback/demo`, {
        form: { csrfToken, email: emailOf.get(name)!, callbackUrl: "/", json: "true" },
      });
      await page.goto(`${address}/`);
      await expect(page.getByRole("banner")).toContainText(`Logget ind som ${name}`);
    };
    for (const name of names) {
      await signInAs(name);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("heading", { name: /kunne ikke vises/ })).toHaveCount(0);
      await expectNoAxeViolations(page);
    }

    // Torben's wrap-up: the overview has figures, compared with last year's closed round.
    await signInAs("Torben Ødegaard");
    await page.goto(`${address}/runder`);
    await page
      .getByRole("link", { name: new RegExp(`^MUS ${new Date().getFullYear()} i Plejecenter Ærtebjerghave`) })
      .first()
      .click();
    await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Overblik" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, "demo-overview");
  });
});
