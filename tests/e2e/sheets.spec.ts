import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/database";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

let world: World;
test.beforeAll(async () => {
  world = await newWorld("sheets");
});

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
const saved = (page: Page) =>
  expect(
    page
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ })
      .first(),
  ).toBeVisible({ timeout: 10_000 });

test.describe.serial("preparation sheets", () => {
  let roundId = "";
  let questions: string[] = [];

  test.beforeAll(async () => {
    ({ roundId, questions } = await publishedRoundFor(world.email("susanne.holm"), "MUS 2031 i Hjemmeplejen Vest"));
  });

  test("an employee fills in the sheet; it survives a reload, a dropped network and a second tab", async ({ page, context }) => {
    await world.signInAs(page, "Hanne Bjerregaard");
    await page.goto("/runder");
    await page.getByRole("link", { name: "MUS 2031 i Hjemmeplejen Vest" }).click();
    await page.getByRole("navigation", { name: "Rundens trin" }).getByRole("link", { name: "Mit forberedelsesskema" }).click();
    await expect(page.getByRole("heading", { name: "Mit forberedelsesskema" })).toBeVisible();

    await page.getByRole("group", { name: "Mestring: hvordan opleves den lige nu?" }).getByText("7", { exact: true }).first().click();
    await page.getByRole("group", { name: "Mening: hvordan opleves den lige nu?" }).getByText("9", { exact: true }).first().click();
    await page.getByLabel("Kommentar til mestring (valgfri)").fill("Jeg er tryg ved de nye hjælpemidler.");
    const first = page.getByRole("group", { name: questions[0] });
    await first
      .getByLabel("Hvordan bidrager du, og kunne du gøre andet/mere?")
      .fill("Jeg deler mine ruter, når en kollega er syg. <b>fed</b>");
    await saved(page);
    await expect(
      page.getByRole("table", { name: "Dine vurderinger af de fire dimensioner" }).getByRole("row", { name: /Mestring/ }),
    ).toContainText("7");

    await page.reload();
    await expect(page.getByLabel("Kommentar til mestring (valgfri)")).toHaveValue("Jeg er tryg ved de nye hjælpemidler.");
    await expect(page.getByRole("radio", { name: "7", exact: true }).first()).toBeChecked();
    // The chosen score stands out: filled, bold and checked, against white for the others.
    const mestring = page.getByRole("group", { name: "Mestring: hvordan opleves den lige nu?" });
    const chosen = mestring.locator("label").filter({ has: page.getByRole("radio", { checked: true }) });
    await expect(chosen).toHaveCSS("background-color", "rgb(29, 79, 140)");
    await expect(chosen).toHaveCSS("font-weight", "700");
    await expect(chosen.locator("svg")).toBeVisible();
    const unchosen = mestring
      .locator("label")
      .filter({ has: page.getByRole("radio", { checked: false }) })
      .first();
    await expect(unchosen).toHaveCSS("background-color", "rgb(255, 255, 255)");
    await expect(unchosen.locator("svg")).toBeHidden();

    // The network drops: the change waits, is kept in the browser, and goes when the network returns.
    await context.setOffline(true);
    await first.getByLabel("Hvad udfordres du af, og hvad mangler du?").fill("Tid til at sparre med sygeplejersken.");
    await expect(page.getByRole("status").filter({ hasText: "Ikke gemt – prøver igen" })).toBeVisible({ timeout: 10_000 });
    const queued = await page.evaluate(() =>
      Object.keys(window.localStorage).find((key) => /^mus-kladde:[0-9a-f-]{36}:forberedelse:/.test(key)),
    );
    expect(queued).toBeTruthy();
    // Leaving now asks first; the person leaves anyway. (Staying would leave this tab open to send
    // the change itself once online, racing the tab opened below.)
    let asked = false;
    page.once("dialog", async (dialog) => {
      asked = dialog.type() === "beforeunload";
      await dialog.accept();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toBe(true);
    await expect.poll(() => page.isClosed()).toBe(true);
    await context.setOffline(false);
    // The page was closed with the change unsent; opening the sheet again sends it from the browser's store.
    const again = await context.newPage();
    await again.goto(`/runder/${roundId}/forberedelse`);
    await expect(again.getByRole("group", { name: questions[0] }).getByLabel("Hvad udfordres du af, og hvad mangler du?")).toHaveValue(
      "Tid til at sparre med sygeplejersken.",
    );
    await saved(again);
    const stored = await sql(
      `select s.fields from "PreparationSheet" s join "RoundParticipant" p on p.id = s."participantId" join "Person" person on person.id = p."personId" where person.email = $2 and p."roundId" = $1`,
      [roundId, world.email("hanne.bjerregaard")],
    );
    expect(Object.values(stored.rows[0].fields)).toContain("Tid til at sparre med sygeplejersken.");

    // Two tabs: different fields merge; the same field is not overwritten, the person chooses.
    const other = await context.newPage();
    await other.goto(`/runder/${roundId}/forberedelse`);
    await other.waitForLoadState("networkidle");
    await again.getByLabel("Andet individuelt").fill("Jeg vil gerne tale om aftenvagter.");
    await saved(again);
    await other.getByLabel("Andet fælles").fill("Vores overlevering mellem vagterne.");
    await saved(other);
    await other.getByLabel("Andet individuelt").fill("Jeg vil gerne tale om efteruddannelse.");
    await expect(other.getByRole("alert").filter({ hasText: "Feltet er ændret et andet sted" })).toBeVisible({ timeout: 10_000 });
    await expect(other.getByRole("alert").filter({ hasText: "Feltet er ændret et andet sted" })).toContainText(
      "Jeg vil gerne tale om aftenvagter.",
    );
    await expect(other.getByLabel("Andet individuelt")).toHaveValue("Jeg vil gerne tale om efteruddannelse.");
    await other.getByRole("button", { name: "Behold min tekst" }).click();
    await saved(other);
    await shot(other, "sheet-own");
    await other.close();

    await again.reload();
    await expect(again.getByLabel("Andet individuelt")).toHaveValue("Jeg vil gerne tale om efteruddannelse.");
    await expect(again.getByLabel("Andet fælles")).toHaveValue("Vores overlevering mellem vagterne.");
    await again.getByRole("button", { name: "Del skemaet med min leder" }).click();
    await expect(again.getByText(/Du delte skemaet .*Din leder kan nu læse det\./)).toBeVisible();
    await expect(again.getByLabel("Andet fælles")).toBeDisabled();

    // On paper: the print view and the PDF hold what was written.
    await again.getByRole("link", { name: "Skemaet til udskrift" }).click();
    await expect(again.getByText("Jeg vil gerne tale om efteruddannelse.")).toBeVisible();
    await again.emulateMedia({ media: "print" });
    await expect(again.getByRole("banner")).toBeHidden();
    await shot(again, "sheet-print");
    const pdf = await again.request.get(`/runder/${roundId}/forberedelse/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("the leader reads a shared sheet, not a draft, and writes notes the employee never sees", async ({ page, browser }) => {
    await world.signInAs(page, "Susanne Lærke Holm");
    await page.goto(`/runder/${roundId}/deltagerforberedelse`);
    await expect(page.getByRole("row", { name: /Hanne Bjerregaard/ })).toContainText("Delt");
    await expect(page.getByRole("row", { name: /Jørgen Mølby/ })).toContainText("Ikke påbegyndt");
    await shot(page, "sheet-leader-list");
    await page.getByRole("link", { name: "Forberedelse til samtalen med Hanne Bjerregaard" }).click();
    await expect(page.getByText("Jeg deler mine ruter, når en kollega er syg. <b>fed</b>")).toBeVisible();
    await expect(page.getByText("Jeg vil gerne tale om efteruddannelse.")).toBeVisible();
    await page
      .getByLabel(/Hvad er din oplevelse af medarbejderen\?/)
      .fill("Hanne er en stærk kollega; jeg forventer, at hun tager mere ansvar for de nye.");
    await saved(page);
    await shot(page, "sheet-leader");
    const reads = await sql(
      `select count(*)::int as n from "AuditEvent" a join "Person" p on p.id = a."subjectId" where a.action = 'sheet.read' and p.email = $1`,
      [world.email("hanne.bjerregaard")],
    );
    expect(reads.rows[0].n).toBeGreaterThan(0);

    await page.goto(`/runder/${roundId}/deltagerforberedelse`);
    await page.getByRole("link", { name: "Forberedelse til samtalen med Jørgen Mølby" }).click();
    await expect(page.getByText("Skemaet er ikke delt endnu.")).toBeVisible();

    const hanne = await browser.newPage();
    await world.signInAs(hanne, "Hanne Bjerregaard");
    await hanne.goto(`/runder/${roundId}/forberedelse`);
    await expect(hanne.getByText("jeg forventer, at hun tager mere ansvar")).toHaveCount(0);
    const participant = await sql(
      `select p.id from "RoundParticipant" p join "Person" person on person.id = p."personId" where person.email = $2 and p."roundId" = $1`,
      [roundId, world.email("hanne.bjerregaard")],
    );
    expect((await hanne.goto(`/runder/${roundId}/deltagerforberedelse/${participant.rows[0].id}`))?.status()).toBe(404);
    expect((await hanne.goto(`/runder/${roundId}/deltagerforberedelse`))?.status()).toBe(404);
    // The sheet's PDF is its owner's: the leader gets nothing from that address.
    expect((await page.request.get(`/runder/${roundId}/forberedelse/pdf`)).status()).toBe(404);
    await hanne.close();
  });
});

test("a pasted control character and half an emoji are saved as shown; a field the server fails on holds back no other", async ({
  page,
}) => {
  const { roundId } = await publishedRoundFor(world.email("susanne.holm"), `MUS 2031 med uheldige tegn ${randomUUID().slice(0, 6)}`);
  const fields = async () => {
    const { rows } = await sql(
      `select s.fields from "PreparationSheet" s join "RoundParticipant" p on p.id = s."participantId" join "Person" person on person.id = p."personId" where person.email = $2 and p."roundId" = $1`,
      [roundId, world.email("joergen.moelby")],
    );
    return (rows[0]?.fields ?? {}) as Record<string, unknown>;
  };
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") sent.push(request.postData() ?? "");
  });
  await world.signInAs(page, "Jørgen Mølby");
  await page.goto(`/runder/${roundId}/forberedelse`);
  await page.getByLabel("Andet fælles").fill("Før\u0000efter og en halv \uD83D");
  await saved(page);
  expect(sent.some((body) => body.includes("\\u0000"))).toBe(true); // it did reach the server
  expect((await fields()).otherCommon).toBe("Førefter og en halv \uFFFD");

  // The server fails on one field (a fault, not a refusal): the field typed with it is still saved.
  await page.route(`**/runder/${roundId}/forberedelse`, (route) =>
    route.request().method() === "POST" && (route.request().postData() ?? "").includes("SERVERFEJL")
      ? route.fulfill({ status: 500, body: "" })
      : route.fallback(),
  );
  await page.getByLabel("Andet individuelt").fill("SERVERFEJL i dette felt");
  await page.getByLabel("Kommentar til mestring (valgfri)").fill("Gemmes alligevel.");
  await expect.poll(async () => (await fields())["comment.mestring"], { timeout: 15_000 }).toBe("Gemmes alligevel.");
  await expect(page.getByRole("status").filter({ hasText: "Ikke gemt – prøver igen" })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByLabel("Andet individuelt")).toHaveValue("SERVERFEJL i dette felt");
  // When the server takes it again, it goes.
  await page.unrouteAll();
  await saved(page);
  expect((await fields()).otherIndividual).toBe("SERVERFEJL i dette felt");
});

test("signed out while typing: the text waits in the browser with a message, and goes once the person is signed in again", async ({
  page,
  context,
}) => {
  const { roundId } = await publishedRoundFor(world.email("susanne.holm"), `MUS 2031 log ud undervejs ${randomUUID().slice(0, 6)}`);
  await world.signInAs(page, "Jørgen Mølby");
  await page.goto(`/runder/${roundId}/forberedelse`);
  await expect(page.getByRole("heading", { name: "Mit forberedelsesskema" })).toBeVisible();
  await sql(
    `update "AuthSession" s set "endedAt" = now() from "Person" p where p.id = s."personId" and p.email = $1 and s."endedAt" is null`,
    [world.email("joergen.moelby")],
  );
  await page.getByLabel("Andet fælles").fill("Skrevet efter, at sessionen udløb.");
  await expect(page.getByRole("alert").filter({ hasText: "Du er blevet logget ud" })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole("status").filter({ hasText: "Ikke gemt – se beskeden" })).toBeVisible();
  await expect(page.getByLabel("Andet fælles")).toHaveValue("Skrevet efter, at sessionen udløb.");

  // Signed in again in another tab; back in this one, what waited is sent.
  const again = await context.newPage();
  await world.signInAs(again, "Jørgen Mølby");
  await again.close();
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await saved(page);
  const { rows } = await sql(
    `select s.fields from "PreparationSheet" s join "RoundParticipant" p on p.id = s."participantId" join "Person" person on person.id = p."personId" where person.email = $2 and p."roundId" = $1`,
    [roundId, world.email("joergen.moelby")],
  );
  expect(rows[0].fields.otherCommon).toBe("Skrevet efter, at sessionen udløb.");
});
