import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/database";
import { mailsTo, waitForMail } from "./support/mailbox";
import { publishedRoundFor } from "./support/round-fixture";

const header = (page: Page) => page.getByRole("banner");

async function demoSignIn(page: Page, name: string) {
  await page.goto("/log-ind");
  await page
    .getByRole("button", { name: new RegExp(`^Log ind som ${name}`) })
    .first()
    .click();
  await expect(header(page)).toContainText(`Logget ind som ${name}`);
}

test.describe("sign-in by e-mail link", () => {
  test("a link caught by the SMTP server signs the person in, once; signing out ends the session on the server", async ({
    page,
    browser,
  }) => {
    const address = "jonas.broendum@vesteraa.example";
    const before = mailsTo(address).length;
    await page.goto("/log-ind");
    await page.getByLabel("Din e-mailadresse på arbejdet").fill("Jonas.Broendum@Vesteraa.example");
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
    const address = "ukendt.person@vesteraa.example";
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
  test("a deactivated person is shown the no-access page, not signed in", async ({ page }) => {
    await sql(`update "Person" set active = false, "deactivatedAt" = now() at time zone 'utc' where email = 'tove.bech@vesteraa.example'`);
    try {
      const csrf = await (await page.request.get("/api/auth/csrf")).json();
      const response = await page.request.post("/api/auth/callback/demo", {
        form: { csrfToken: csrf.csrfToken, email: "tove.bech@vesteraa.example", callbackUrl: "/", json: "true" },
      });
      const { url } = await response.json();
      expect(url).toContain("/ingen-adgang");
      await page.goto(url);
      await expect(page.getByRole("heading", { name: "Du har ikke adgang til MUS og LUS" })).toBeVisible();
      await expect(header(page).getByRole("link", { name: "Log ind" })).toBeVisible();
    } finally {
      await sql(`update "Person" set active = true, "deactivatedAt" = null where email = 'tove.bech@vesteraa.example'`);
    }
  });

  test("deactivating a signed-in person ends their session at the next request", async ({ page }) => {
    await demoSignIn(page, "Yasmin Holt");
    await sql(`update "Person" set active = false where email = 'yasmin.holt@vesteraa.example'`);
    try {
      await page.reload();
      await expect(header(page).getByRole("link", { name: "Log ind" })).toBeVisible();
      const ended = await sql(
        `select "endReason" from "AuthSession" s join "Person" p on p.id = s."personId" where p.email = 'yasmin.holt@vesteraa.example'`,
      );
      expect(ended.rows.map((row) => row.endReason)).toContain("deactivated");
    } finally {
      await sql(`update "Person" set active = true where email = 'yasmin.holt@vesteraa.example'`);
    }
  });

  test("a session idle for more than 30 minutes is over", async ({ page }) => {
    await demoSignIn(page, "Signe Dahl");
    await sql(
      `update "AuthSession" s set "lastSeenAt" = (now() at time zone 'utc') - interval '31 minutes' from "Person" p where p.id = s."personId" and p.email = 'signe.dahl@vesteraa.example' and s."endedAt" is null`,
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
    const { roundId } = await publishedRoundFor("ole.baekgaard@vesteraa.example", "MUS 2031 på Åbyskolen (tilbage)");
    const material = `/runder/${roundId}/materiale`;
    // The round's layout asks for sign-in before the page does: the way back is the page, not the layout's path.
    await page.goto(`${material}?fra=mail`);
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(`${material}?fra=mail`);
    await page
      .getByRole("button", { name: /^Log ind som Kasper Nørgaard/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`${material}\\?fra=mail$`));
    await expect(page.getByRole("heading", { name: /^Dit forberedelsesskema/ })).toBeVisible();

    // A download link opened signed out goes to sign-in and back too, not to a bare "401".
    const guide = await request.get(`/runder/${roundId}/samtaleguide/pdf`, { maxRedirects: 0 });
    expect(guide.status()).toBe(307);
    expect(guide.headers().location).toBe(`/log-ind?callbackUrl=${encodeURIComponent(`/runder/${roundId}/samtaleguide/pdf`)}`);
  });
});

test("a conversation page left open does not keep its session alive: only what the person does counts", async ({ page }) => {
  const { roundId } = await publishedRoundFor("ole.baekgaard@vesteraa.example", "MUS 2031 på Åbyskolen (tomgang)");
  const { rows } = await sql(
    `select p.id from "RoundParticipant" p join "Person" person on person.id = p."personId" where person.email = 'kasper.noergaard@vesteraa.example' and p."roundId" = $1`,
    [roundId],
  );
  await demoSignIn(page, "Kasper Nørgaard");
  await page.goto(`/runder/${roundId}/samtale/${rows[0].id}`);
  await expect(
    page
      .getByRole("region", { name: "Planen" })
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ }),
  ).toBeVisible({ timeout: 15_000 });
  const session = `from "Person" p where p.id = s."personId" and p.email = 'kasper.noergaard@vesteraa.example' and s."endedAt" is null`;
  await sql(`update "AuthSession" s set "lastSeenAt" = (now() at time zone 'utc') - interval '29 minutes' ${session}`);
  // The page's presence heartbeat (every 10 seconds) and its live stream go on meanwhile.
  await page.waitForTimeout(12_000);
  const idle = await sql(
    `select extract(epoch from ((now() at time zone 'utc') - s."lastSeenAt"))::int as seconds from "AuthSession" s join "Person" p on p.id = s."personId" where p.email = 'kasper.noergaard@vesteraa.example' and s."endedAt" is null`,
  );
  expect(idle.rows[0].seconds).toBeGreaterThanOrEqual(29 * 60);
  await sql(`update "AuthSession" s set "lastSeenAt" = (now() at time zone 'utc') - interval '31 minutes' ${session}`);
  await page.reload();
  await expect(header(page).getByRole("link", { name: "Log ind" })).toBeVisible();
});

test("signing out on a shared computer: unsent edits are named per person, announced, and removed", async ({ page }) => {
  const { roundId } = await publishedRoundFor("ole.baekgaard@vesteraa.example", "MUS 2031 på Åbyskolen (fælles computer)");
  await demoSignIn(page, "Kasper Nørgaard");
  await page.goto(`/runder/${roundId}/forberedelse`);
  await expect(page.getByRole("heading", { name: "Mit forberedelsesskema" })).toBeVisible();
  // The saves do not get through (the network is down for them), so the text waits in the browser.
  await page.route(`**/runder/${roundId}/forberedelse`, (route) =>
    route.request().method() === "POST" ? route.abort() : route.continue(),
  );
  await page.getByLabel("Andet individuelt").fill("Noget, kun jeg skal se.");
  await expect(page.getByRole("status").filter({ hasText: "Ikke gemt – prøver igen" })).toBeVisible({ timeout: 10_000 });
  const kasper = (await sql(`select id from "Person" where email = 'kasper.noergaard@vesteraa.example'`)).rows[0].id as string;
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
  const { roundId } = await publishedRoundFor("ole.baekgaard@vesteraa.example", "MUS 2031 på Åbyskolen (afvist)");
  await demoSignIn(page, "Jonas Brøndum");
  expect((await page.goto(`/runder/${roundId}/materiale`))?.status()).toBe(404);
  expect((await page.request.get(`/runder/${roundId}/samtaleguide/pdf`)).status()).toBe(404);
  const refused = await sql(
    `select e."resourceId" from "AuditEvent" e join "Person" p on p.id = e."actorId" where p.email = 'jonas.broendum@vesteraa.example' and e.action = 'access.refused' order by e.id`,
  );
  expect(refused.rows.map((row) => row.resourceId)).toEqual(
    expect.arrayContaining([`GET /runder/${roundId}/materiale`, `GET /runder/${roundId}/samtaleguide/pdf`]),
  );
});
