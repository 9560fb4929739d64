import { expect, test, type Browser, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import * as Y from "yjs";
import { sessionCookieBaseName } from "../../lib/auth/cookies";
import { createPrismaClient } from "../../lib/db-client";
import { planContent } from "../../lib/domain/plans/doc";
import { demoDomain, demoPeople } from "../../prisma/seed/demo-organisation";
import { seedOrganisation } from "../../prisma/seed/seed";
import { createAppDatabase, freePort, startTestPostgres, type TestPostgres } from "../support/postgres";
import { appServerEnv, startAppServer, type AppServer } from "./support/app-server";
import { sql } from "./support/database";
import { publishedRoundFor } from "./support/round-fixture";

// Two parties on one plan while the database is down for longer than the stream's session
// re-check: both are told the connection is broken (and not that they were signed out), both go on
// typing, and once the database is back each sees everything the other typed, and it is stored.
// The database is a cluster of this spec's own, with an app instance of its own on it, so stopping
// it disturbs no other spec. Its people are the demo's, in an organisation of this spec's own name
// (world.ts's worlds live in the shared database, which this spec's instance never reads).

const domain = "plans-outage.example";
const emailOf = (name: string) => {
  const person = demoPeople.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`no one called ${name} in the demo organisation`);
  return person.email.replace(`@${demoDomain}`, `@${domain}`);
};

const plan = (page: Page) => page.getByRole("region", { name: "Planen" });
const saved = (page: Page) =>
  expect(
    plan(page)
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ }),
  ).toBeVisible({ timeout: 30_000 });
const goals = (page: Page) => page.getByLabel("Mål", { exact: true });
const evaluation = (page: Page) => page.getByLabel("Evaluering af samtalen", { exact: true });
const interrupted = (page: Page) =>
  plan(page)
    .getByRole("status")
    .filter({ hasText: /^Forbindelsen er afbrudt – vi prøver igen/ });

let postgres: TestPostgres | undefined;
let app: AppServer | undefined;
let appUrl = "";
let query: typeof sql;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  postgres = await startTestPostgres();
  const urls = await createAppDatabase(postgres, "mus_outage_e2e");
  appUrl = urls.appUrl;
  query = (text, values = []) => sql(text, values, appUrl);
  const database = createPrismaClient(appUrl, 1);
  await seedOrganisation(database, { municipality: "Testkommune plans-outage", domain });
  await database.$disconnect();
  // A session re-check every 2 seconds: the outage below spans several of them.
  app = await startAppServer(await freePort(), { DATABASE_URL: appUrl, PLAN_STREAM_RECHECK_SECONDS: "2" });
});

test.afterAll(async () => {
  await app?.kill();
  postgres?.stop();
});

/** Signs the named person in as world.ts's signInAs does, with the session in this spec's own database. */
async function signInAs(page: Page, name: string) {
  const { rows } = await query(
    `insert into "AuthSession" (id, "personId", provider) select gen_random_uuid(), id, 'e2e' from "Person" where email = $1 returning id, "personId"`,
    [emailOf(name)],
  );
  const token = await encode({
    token: { sub: rows[0].personId, sid: rows[0].id },
    secret: appServerEnv(Number(new URL(app!.url).port)).NEXTAUTH_SECRET,
  });
  await page
    .context()
    .addCookies([{ name: sessionCookieBaseName, value: token, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" }]);
  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText(`Logget ind som ${name}`);
}

async function openAs(browser: Browser, name: string, path: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: app!.url });
  const page = await context.newPage();
  await signInAs(page, name);
  await page.goto(path);
  await saved(page);
  return page;
}

test("both parties ride through the database being down: told so, typing kept, nothing lost", async ({ browser }) => {
  test.setTimeout(180_000);
  const { roundId } = await publishedRoundFor(emailOf("Ole Bækgaard"), "MUS 2031 – afbrydelse", "MUS", query);
  const { rows } = await query(
    `select p.id from "RoundParticipant" p join "Person" person on person.id = p."personId" where person.email = $1 and p."roundId" = $2`,
    [emailOf("Kasper Nørgaard"), roundId],
  );
  const participantId = rows[0].id as string;
  const path = `/runder/${roundId}/samtale/${participantId}`;
  const leader = await openAs(browser, "Ole Bækgaard", path);
  const employee = await openAs(browser, "Kasper Nørgaard", path);

  await goals(leader).pressSequentially("Før. ", { delay: 20 });
  await expect(goals(employee)).toHaveValue("Før. ", { timeout: 10_000 });
  await saved(leader);

  // The database goes away. Both screens say so, politely, and both go on typing.
  postgres!.halt();
  await expect(interrupted(leader)).toBeVisible({ timeout: 15_000 });
  await expect(interrupted(employee)).toBeVisible({ timeout: 15_000 });
  await expect(interrupted(leader)).toHaveAttribute("aria-live", "polite");
  await goals(leader).press("End");
  await goals(leader).pressSequentially("Ole skriver under afbrydelsen. ", { delay: 20 });
  await evaluation(employee).pressSequentially("Kasper skriver under afbrydelsen.", { delay: 20 });
  await leader.waitForTimeout(8_000); // several session re-checks fall in the outage
  await expect(interrupted(leader)).toBeVisible();
  await expect(interrupted(employee)).toBeVisible();
  await employee.screenshot({ path: "test-results/screenshots/conversation-outage.png" });

  // Back: the notice goes, each sees what the other typed meanwhile, and all of it is stored.
  postgres!.resume();
  for (const page of [leader, employee]) {
    await expect(interrupted(page)).toBeHidden({ timeout: 45_000 });
    await saved(page);
    await expect(page.getByText("Du er logget ud")).toHaveCount(0);
  }
  await expect(goals(employee)).toHaveValue("Før. Ole skriver under afbrydelsen. ", { timeout: 15_000 });
  await expect(evaluation(leader)).toHaveValue("Kasper skriver under afbrydelsen.", { timeout: 15_000 });

  // And live again, both ways, on the same streams.
  await goals(employee).press("End");
  await goals(employee).pressSequentially("Efter.", { delay: 20 });
  await expect(goals(leader)).toHaveValue("Før. Ole skriver under afbrydelsen. Efter.", { timeout: 10_000 });
  await saved(employee);
  const { rows: stored } = await query(`select state from "Plan" where "participantId" = $1`, [participantId]);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored[0].state as Buffer);
  expect(planContent(doc)).toMatchObject({
    goals: "Før. Ole skriver under afbrydelsen. Efter.",
    evaluation: "Kasper skriver under afbrydelsen.",
  });
  await leader.context().close();
  await employee.context().close();
});
