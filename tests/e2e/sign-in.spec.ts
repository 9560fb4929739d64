import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/database";
import { mailsTo, waitForMail } from "./support/mailbox";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

// The sign-in screens themselves. Everyone signing in (by link, through the identity provider) or
// being deactivated, idled or refused is a person of this spec's own world; only the demo buttons,
// which admit the seeded demo people alone, are tried on the demo organisation, and only read it.

let world: World;
test.beforeAll(async () => {
  world = await newWorld("sign-in");
});

const header = (page: Page) => page.getByRole("banner");

/** The demo buttons on the sign-in page (demo mode only): the seeded demo organisation's people. */
async function demoSignIn(page: Page, name: string) {
  await page.goto("/log-ind");
  await page
    .getByRole("button", { name: new RegExp(`^Log ind som ${name}`) })
    .first()
    .click();
  await expect(header(page)).toContainText(`Logget ind som ${name}`);
}

/** Through the local identity provider from the sign-in page the browser is on (it takes any login; the login is the e-mail). */
async function signInThroughProvider(page: Page, login: string) {
  await page.getByRole("button", { name: "Log ind med Vesterå Login" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("hvad-som-helst");
  await page.locator('button[type="submit"]').click();
  // The provider's consent screen (a municipality's own provider would skip it for its own app).
  await page.getByRole("button", { name: "Continue" }).click();
}

test.describe("sign-in by e-mail link", () => {
  test("a link caught by the SMTP server signs the person in, once; signing out ends the session on the server", async ({
    page,
    browser,
  }) => {
    const address = world.email("jonas.broendum");
    const before = mailsTo(address).length;
    await page.goto("/log-ind");
    // Typed with capitals, as people do: the address is matched however it is written.
    await page.getByLabel("Din e-mailadresse på arbejdet").fill(`Jonas.Broendum@${world.domain.toUpperCase()}`);
    await page.getByRole("button", { name: "Send mig et login-link" }).click();
    await expect(page.getByRole("heading", { name: "Tjek din e-mail" })).toBeVisible();

    const mail = await waitForMail(address, before);
    expect(mail.subject).toBe("Dit login-link til MUS og LUS");
    expect(mail.text).toContain("kan kun bruges én gang");
    const link = mail.text.match(/https?:\/\/\S+/)?.[0];
    expect(link).toBeTruthy();

    await page.goto(link!);
    await expect(header(page)).toContainText("Logget ind som Jonas Brøndum");
    const cookies = await page.context().cookies();

    await page.goto("/log-ud");
    await page.getByRole("button", { name: "Log ud" }).click();
    await expect(header(page).getByRole("link", { name: "Log ind" })).toBeVisible();

    // The cookie from before signing out no longer opens anything: the session ended on the server.
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const replayPage = await replay.newPage();
    await replayPage.goto("/");
    await expect(header(replayPage).getByRole("link", { name: "Log ind" })).toBeVisible();
    await replay.close();

    // The same link a second time is refused.
    await page.goto(link!);
    await expect(page.getByText("Linket er udløbet eller allerede brugt")).toBeVisible();
  });

  test("an address nobody has looks the same as a known one, and no mail is sent", async ({ page }) => {
    const address = world.email("ukendt.person");
    await page.goto("/log-ind");
    await page.getByLabel("Din e-mailadresse på arbejdet").fill(address);
    await page.getByRole("button", { name: "Send mig et login-link" }).click();
    await expect(page.getByRole("heading", { name: "Tjek din e-mail" })).toBeVisible();
    await page.waitForTimeout(1_000);
    expect(mailsTo(address)).toHaveLength(0);
  });

  test("a malformed address is refused next to the field, and what was typed stays", async ({ page }) => {
    await page.goto("/log-ind");
    const field = page.getByLabel("Din e-mailadresse på arbejdet");
    await field.fill("jonas.broendum@");
    await page.getByRole("button", { name: "Send mig et login-link" }).click();
    await expect(page.getByText("Skriv en gyldig e-mailadresse")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveValue("jonas.broendum@");
  });
});

test.describe("demo sign-in", () => {
  test("every role is one click away, and the administrator sees Administration", async ({ page }) => {
    await page.goto("/log-ind");
    for (const group of ["Administrator", "HR", "MED-repræsentant", "Leders leder", "Leder", "Medarbejder"]) {
      await expect(page.getByRole("heading", { level: 3, name: group, exact: true })).toBeVisible();
    }
    await demoSignIn(page, "Peter Skov Jæger");
    await expect(header(page).getByRole("link", { name: "Administration" })).toBeVisible();
  });

  test("an employee does not get the administration link", async ({ page }) => {
    await demoSignIn(page, "Freja Lund");
    await expect(header(page).getByRole("link", { name: "Administration" })).toHaveCount(0);
  });
});

test.describe("people without access", () => {
  // The people stay deactivated: the world is this spec's own, and no test after these signs them in.
  test("a deactivated person is shown the no-access page, not signed in", async ({ page }) => {
    const address = world.email("tove.bech");
    await sql(`update "Person" set active = false, "deactivatedAt" = now() at time zone 'utc' where email = $1`, [address]);
    // The identity provider still knows her (it is the municipality's people directory that says she left).
    await page.goto("/log-ind");
    await signInThroughProvider(page, address);
    await expect(page).toHaveURL(/\/ingen-adgang$/);
    await expect(page.getByRole("heading", { name: "Du har ikke adgang til MUS og LUS" })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Log ind" })).toBeVisible();
  });

  test("deactivating a signed-in person ends their session at the next request", async ({ page }) => {
    await world.signInAs(page, "Yasmin Holt");
    await sql(`update "Person" set active = false where email = $1`, [world.email("yasmin.holt")]);
    await page.reload();
    await expect(header(page).getByRole("link", { name: "Log ind" })).toBeVisible();
    const ended = await sql(`select "endReason" from "AuthSession" s join "Person" p on p.id = s."personId" where p.email = $1`, [
      world.email("yasmin.holt"),
    ]);
    expect(ended.rows.map((row) => row.endReason)).toContain("deactivated");
  });

  test("a session idle for more than 30 minutes is over", async ({ page }) => {
    await world.signInAs(page, "Signe Dahl");
    await sql(
      `update "AuthSession" s set "lastSeenAt" = (now() at time zone 'utc') - interval '31 minutes' from "Person" p where p.id = s."personId" and p.email = $1 and s."endedAt" is null`,
      [world.email("signe.dahl")],
    );
    await page.reload();
    await expect(header(page).getByRole("link", { name: "Log ind" })).toBeVisible();
  });
});

test.describe("back to the page asked for", () => {
  test("a signed-out person following a link to a participant's page or a download is returned to exactly it", async ({
    page,
    request,
  }) => {
    const { roundId } = await publishedRoundFor(world.email("ole.baekgaard"), "MUS 2031 på Åbyskolen (tilbage)");
    const material = `/runder/${roundId}/materiale`;
    // The round's layout asks for sign-in before the page does: the way back is the page, not the layout's path.
    await page.goto(`${material}?fra=mail`);
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(`${material}?fra=mail`);
    await signInThroughProvider(page, world.email("kasper.noergaard"));
    await expect(page).toHaveURL(new RegExp(`${material}\\?fra=mail$`));
    await expect(page.getByRole("heading", { name: /^Dit forberedelsesskema/ })).toBeVisible();

    // A download link opened signed out goes to sign-in and back too, not to a bare "401".
    const guide = await request.get(`/runder/${roundId}/samtaleguide/pdf`, { maxRedirects: 0 });
    expect(guide.status()).toBe(307);
    expect(guide.headers().location).toBe(`/log-ind?callbackUrl=${encodeURIComponent(`/runder/${roundId}/samtaleguide/pdf`)}`);
  });
});

test("a conversation page left open does not keep its session alive: only what the person does counts", async ({ page }) => {
  const kasper = world.email("kasper.noergaard");
  const { roundId } = await publishedRoundFor(world.email("ole.baekgaard"), "MUS 2031 på Åbyskolen (tomgang)");
  const { rows } = await sql(
    `select p.id from "RoundParticipant" p join "Person" person on person.id = p."personId" where person.email = $1 and p."roundId" = $2`,
    [kasper, roundId],
  );
  await world.signInAs(page, "Kasper Nørgaard");
  await page.goto(`/runder/${roundId}/samtale/${rows[0].id}`);
  await expect(
    page
      .getByRole("region", { name: "Planen" })
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ }),
  ).toBeVisible({ timeout: 15_000 });
  const session = `from "Person" p where p.id = s."personId" and p.email = $1 and s."endedAt" is null`;
  await sql(`update "AuthSession" s set "lastSeenAt" = (now() at time zone 'utc') - interval '29 minutes' ${session}`, [kasper]);
  // The page's presence heartbeat (every 10 seconds) and its live stream go on meanwhile.
  await page.waitForTimeout(12_000);
  const idle = await sql(
    `select extract(epoch from ((now() at time zone 'utc') - s."lastSeenAt"))::int as seconds from "AuthSession" s join "Person" p on p.id = s."personId" where p.email = $1 and s."endedAt" is null`,
    [kasper],
  );
  expect(idle.rows[0].seconds).toBeGreaterThanOrEqual(29 * 60);
  await sql(`update "AuthSession" s set "lastSeenAt" = (now() at time zone 'utc') - interval '31 minutes' ${session}`, [kasper]);
  await page.reload();
  await expect(header(page).getByRole("link", { name: "Log ind" })).toBeVisible();
});

test("signing out on a shared computer: unsent edits are named per person, announced, and removed", async ({ page }) => {
  const { roundId } = await publishedRoundFor(world.email("ole.baekgaard"), "MUS 2031 på Åbyskolen (fælles computer)");
  await world.signInAs(page, "Kasper Nørgaard");
  await page.goto(`/runder/${roundId}/forberedelse`);
  await expect(page.getByRole("heading", { name: "Mit forberedelsesskema" })).toBeVisible();
  // The saves do not get through (the network is down for them), so the text waits in the browser.
  await page.route(`**/runder/${roundId}/forberedelse`, (route) =>
    route.request().method() === "POST" ? route.abort() : route.continue(),
  );
  await page.getByLabel("Andet individuelt").fill("Noget, kun jeg skal se.");
  await expect(page.getByRole("status").filter({ hasText: "Ikke gemt – prøver igen" })).toBeVisible({ timeout: 10_000 });
  const kasper = (await sql(`select id from "Person" where email = $1`, [world.email("kasper.noergaard")])).rows[0].id as string;
  const drafts = () => page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("mus-kladde:")));
  const keys = await drafts();
  expect(keys).toHaveLength(1);
  expect(keys[0].startsWith(`mus-kladde:${kasper}:forberedelse:`)).toBe(true);

  page.once("dialog", (dialog) => void dialog.accept()); // leaving with unsent changes asks first
  await page.goto("/log-ud");
  await expect(page.getByRole("alert").filter({ hasText: "endnu ikke er nået frem" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/sign-out-unsent.png" });
  await page.getByRole("button", { name: "Log ud og slet de ikke-gemte ændringer" }).click();
  await expect(header(page).getByRole("link", { name: "Log ind" })).toBeVisible();
  expect(await drafts()).toEqual([]);
});

test("a signed-in person asking for someone else's round is refused, and the refusal is in the audit log", async ({ page }) => {
  const { roundId } = await publishedRoundFor(world.email("ole.baekgaard"), "MUS 2031 på Åbyskolen (afvist)");
  await world.signInAs(page, "Jonas Brøndum");
  expect((await page.goto(`/runder/${roundId}/materiale`))?.status()).toBe(404);
  expect((await page.request.get(`/runder/${roundId}/samtaleguide/pdf`)).status()).toBe(404);
  const refused = await sql(
    `select e."resourceId" from "AuditEvent" e join "Person" p on p.id = e."actorId" where p.email = $1 and e.action = 'access.refused' order by e.id`,
    [world.email("jonas.broendum")],
  );
  expect(refused.rows.map((row) => row.resourceId)).toEqual(
    expect.arrayContaining([`GET /runder/${roundId}/materiale`, `GET /runder/${roundId}/samtaleguide/pdf`]),
  );
});
