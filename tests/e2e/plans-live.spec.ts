import { expect, test, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import * as Y from "yjs";
import { planContent } from "../../lib/domain/plans/doc";
import { da } from "../../lib/i18n/da";
import { freePort } from "../support/postgres";
import { startAppServer, type AppServer } from "./support/app-server";
import { sql } from "./support/database";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

// The conversation page as the two parties see it, who is where, and the plan surviving two app
// instances behind one Postgres, a server killed with SIGKILL, and a server restarted mid-edit.

const plan = (page: Page) => page.getByRole("region", { name: "Planen" });
const saved = (page: Page) =>
  expect(
    plan(page)
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ }),
  ).toBeVisible({ timeout: 15_000 });
const goals = (page: Page) => page.getByLabel("Mål", { exact: true });

async function participantPath(roundId: string, email: string) {
  const { rows } = await sql(
    `select p.id from "RoundParticipant" p join "Person" person on person.id = p."personId" where person.email = $1 and p."roundId" = $2`,
    [email, roundId],
  );
  return { participantId: rows[0].id as string, path: `/runder/${roundId}/samtale/${rows[0].id}` };
}

async function storedPlan(participantId: string): Promise<Y.Doc> {
  const { rows } = await sql(`select state from "Plan" where "participantId" = $1`, [participantId]);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, rows[0].state as Buffer);
  return doc;
}

test.describe.serial("the conversation, live", () => {
  let world: World;
  let roundId = "";

  test.beforeAll(async () => {
    world = await newWorld("plans-live");
    ({ roundId } = await publishedRoundFor(world.email("ole.baekgaard"), "MUS 2031 på Åbyskolen"));
    const kasper = await participantPath(roundId, world.email("kasper.noergaard"));
    const fields = {
      "score.mening": 7,
      "comment.mening": "Jeg savner tid til at forberede undervisningen.",
      startWith: "mening",
      otherIndividual: "Jeg vil gerne tale om min arbejdstid.",
    };
    await sql(
      `insert into "PreparationSheet" (id, "participantId", state, fields, "submittedAt", "updatedAt") values (gen_random_uuid(), $1, 'SUBMITTED', $2, now(), now())`,
      [kasper.participantId, JSON.stringify(fields)],
    );
  });

  test("the live routes, answered beside Next by the app's own server, refuse what they always refused", async ({ browser, baseURL }) => {
    const { path, participantId } = await participantPath(roundId, world.email("kasper.noergaard"));
    const kasper = await browser.newPage();
    const stranger = await browser.newPage();
    try {
      await world.signInAs(kasper, "Kasper Nørgaard");
      await kasper.goto(path);
      await saved(kasper);
      await world.signInAs(stranger, "Peter Skov Jæger");
      const cookieOf = async (page: Page) => (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
      const planId = (await sql(`select id from "Plan" where "participantId" = $1`, [participantId])).rows[0].id as string;
      const url = (what: string) => `${baseURL}/api/planer/${planId}/${what}`;
      const update = new Y.Doc();
      update.getText("goals").insert(0, "fremmed tekst");
      const body = Y.encodeStateAsUpdate(update) as BodyInit;
      const own = { cookie: await cookieOf(kasper), origin: baseURL! };

      // Signed out: 401, for the stream and for an update.
      expect((await fetch(url("strom"))).status).toBe(401);
      expect((await fetch(url("opdateringer"), { method: "POST", body, headers: { origin: baseURL! } })).status).toBe(401);
      // Another origin (a page elsewhere posting with the person's cookie): 403, nothing stored.
      expect(
        (await fetch(url("opdateringer"), { method: "POST", body, headers: { cookie: own.cookie, origin: "https://evil.example" } }))
          .status,
      ).toBe(403);
      // A signed-in leader who is not a party: 404, as if there were no such plan, and the refusal is logged.
      const strangers = { cookie: await cookieOf(stranger), origin: baseURL! };
      const refused = await fetch(url("opdateringer"), { method: "POST", body, headers: strangers });
      expect(refused.status).toBe(404);
      expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
      expect((await fetch(url("strom"), { headers: strangers })).status).toBe(404);
      // HEAD on the stream would open one nobody reads (Next answers HEAD with GET): refused.
      const head = await fetch(url("strom"), { method: "HEAD", headers: own });
      expect(head.status).toBe(405);
      expect(head.headers.get("allow")).toBe("GET");
      // Not an update at all: a Danish message, and the plan unchanged.
      const garbage = await fetch(url("opdateringer"), { method: "POST", body: new Uint8Array([1, 2, 3, 255]) as BodyInit, headers: own });
      expect(garbage.status).toBe(422);
      expect(((await garbage.json()) as { error: string }).error).toBe(da.plans.errors.badUpdate);
      expect(planContent(await storedPlan(participantId)).goals).not.toContain("fremmed tekst");
      const { rows } = await sql(`select count(*)::int as n from "AuditEvent" where action = 'access.refused' and "resourceId" like $1`, [
        `%${planId}%`,
      ]);
      expect(rows[0].n).toBeGreaterThanOrEqual(2);
    } finally {
      await kasper.close();
      await stranger.close();
    }
  });

  test("the page: the shared sheet beside the leader's own notes, the guide, the wish to start with, and who is where", async ({
    browser,
  }) => {
    const { path } = await participantPath(roundId, world.email("kasper.noergaard"));
    const leader = await browser.newPage();
    const employee = await browser.newPage();
    await world.signInAs(leader, "Ole Bækgaard");
    await world.signInAs(employee, "Kasper Nørgaard");
    await leader.goto(path);
    await employee.goto(path);
    await saved(leader);
    await saved(employee);

    // The expectation alignment opens with the employee's wish from the shared sheet.
    await expect(leader.getByLabel("Vi starter med")).toHaveValue("mening");
    await expect(leader.getByLabel("Hvad er ellers vigtigt at nå omkring?")).toHaveValue("Jeg vil gerne tale om min arbejdstid.");
    await expect(employee.getByLabel("Hvad er ellers vigtigt at nå omkring?")).toHaveValue("Jeg vil gerne tale om min arbejdstid.");

    // The sheet on both screens; the leader's own notes on the leader's screen only.
    await expect(leader.getByText("Kasper Nørgaards forberedelse")).toBeVisible();
    await expect(leader.getByText("Jeg savner tid til at forberede undervisningen.")).toBeVisible();
    await expect(leader.getByText("Dine noter (kun du ser dem)")).toBeVisible();
    await expect(employee.getByText("Din forberedelse")).toBeVisible();
    await expect(employee.getByText("Dine noter (kun du ser dem)")).toHaveCount(0);
    // The guide: prompts, each dimension's keywords and the round's own questions, the round-off.
    await expect(leader.getByText("Hvad bygger du det på?")).toBeVisible();
    await leader.getByText("Samtaleguide", { exact: true }).click();
    const guide = await leader.request.get(
      (await leader.getByRole("link", { name: "Hent samtaleguiden i A3 til print" }).getAttribute("href"))!,
    );
    expect(guide.headers()["content-type"]).toBe("application/pdf");
    expect((await PDFDocument.load(await guide.body())).getPage(0).getSize()).toEqual({
      width: expect.closeTo(1190.55, 1),
      height: expect.closeTo(841.89, 1),
    });
    await expect(leader.getByText("Aktuelle arbejdsopgaver")).toBeVisible();
    await expect(
      leader.getByRole("region", { name: "Rundens spørgsmål" }).getByText("Hvordan oplever du samarbejdet i dit team?"),
    ).toBeVisible();
    await expect(leader.getByText(/balancen mellem arbejdsliv og privatliv/)).toBeVisible();

    // Presence: who has the plan open, and in which field they are typing.
    await expect(employee.getByText("Til stede nu: Ole Bækgaard")).toBeVisible({ timeout: 15_000 });
    await goals(leader).click();
    await expect(employee.getByText("Ole Bækgaard skriver her")).toBeVisible({ timeout: 5_000 });
    await expect(employee.getByText("Til stede nu: Ole Bækgaard (i Mål)")).toBeVisible();
    await leader.getByLabel("Evaluering af samtalen").click();
    await expect(employee.getByText("Til stede nu: Ole Bækgaard (i Evaluering af samtalen)")).toBeVisible({ timeout: 5_000 });

    // A practice action with a sub-task and its state, written on one screen, seen on the other.
    await employee.getByRole("button", { name: "Tilføj øvebane" }).click();
    const action = (page: Page) => page.getByRole("group", { name: "Øvebane 1" });
    await action(employee).getByLabel("Hvad", { exact: true }).fill("Planlægge et forløb sammen med en kollega");
    await action(employee).getByRole("button", { name: "Tilføj delopgave" }).click();
    await action(employee).getByLabel("Delopgave 1", { exact: true }).fill("Aftale tid med Signe");
    await action(employee).getByLabel("Status for delopgave 1").selectOption({ label: "I gang" });
    await expect(action(leader).getByLabel("Delopgave 1", { exact: true })).toHaveValue("Aftale tid med Signe");
    await expect(action(leader).getByLabel("Status for delopgave 1")).toHaveValue("started");
    await saved(employee);
    await leader.screenshot({ path: "test-results/screenshots/conversation-leader.png" }); // sticky panes: the viewport is what a person sees
    // On a tablet on the table the panels sit above the plan, folded, so the plan is within reach.
    const tablet = employee;
    await tablet.setViewportSize({ width: 820, height: 1180 });
    await tablet.reload();
    await saved(tablet);
    await expect(tablet.getByText("Din forberedelse")).toBeVisible();
    // A newly opened page learns at once who is already there.
    await expect(tablet.getByText(/^Til stede nu: Ole Bækgaard/)).toBeVisible({ timeout: 3_000 });
    await expect(tablet.getByText("Jeg savner tid til at forberede undervisningen.")).toBeHidden();
    await tablet.evaluate(() => window.scrollTo(0, 0));
    await expect(tablet.getByLabel("Vi starter med")).toBeInViewport();
    await tablet.screenshot({ path: "test-results/screenshots/conversation-tablet.png" });
    await tablet.getByText("Din forberedelse").click();
    await expect(tablet.getByText("Jeg savner tid til at forberede undervisningen.")).toBeVisible();

    // When the leader closes the page, the employee sees it.
    await leader.close();
    await expect(employee.getByText("Den anden part har ikke planen åben lige nu.")).toBeVisible({ timeout: 10_000 });
    await employee.close();
  });

  test("two app instances, one client on each; a server killed with SIGKILL loses nothing it acknowledged; restarted mid-edit, nothing typed is lost", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { participantId, path } = await participantPath(roundId, world.email("signe.dahl"));
    // A port of its own, kept for the restart below: other workers start instances too.
    const secondPort = await freePort();
    let second: AppServer | null = await startAppServer(secondPort);
    try {
      const leader = await browser.newPage();
      const employee = await browser.newPage();
      await world.signInAs(leader, "Ole Bækgaard");
      await world.signInAs(employee, "Signe Dahl"); // the session cookie is for the host, so it holds on both ports
      await leader.goto(path);
      await employee.goto(`${second.url}${path}`);
      await saved(leader);
      await saved(employee);

      // Through Postgres from one instance to the other, both ways.
      await goals(leader).pressSequentially("Fra A. ", { delay: 20 });
      await expect(goals(employee)).toHaveValue("Fra A. ", { timeout: 10_000 });
      await goals(employee).press("End");
      await goals(employee).pressSequentially("Fra B. ", { delay: 20 });
      await expect(goals(leader)).toHaveValue("Fra A. Fra B. ", { timeout: 10_000 });
      await saved(employee);

      // Every update the employee's instance answered "saved" to.
      const acknowledged: Buffer[] = [];
      employee.on("response", (response) => {
        if (new URL(response.url()).pathname.endsWith("/opdateringer") && response.status() === 200)
          acknowledged.push(response.request().postDataBuffer()!);
      });

      // Kill the employee's instance mid-typing.
      const typed = "Signe skriver videre, mens serveren dør, og bliver ved bagefter. ";
      const typing = goals(employee).pressSequentially(typed, { delay: 40 });
      await expect.poll(() => acknowledged.length, { timeout: 10_000 }).toBeGreaterThan(3);
      await second.kill();
      second = null;
      await typing;
      await expect(plan(employee).getByRole("status")).toHaveText(/Forbindelsen er afbrudt|Gemmer/, { timeout: 10_000 });

      // Nothing acknowledged is missing from Postgres: applying it to the stored plan changes nothing.
      const stored = await storedPlan(participantId);
      const before = JSON.stringify(planContent(stored));
      for (const update of acknowledged) Y.applyUpdate(stored, new Uint8Array(update));
      expect(JSON.stringify(planContent(stored))).toBe(before);
      expect(acknowledged.length).toBeGreaterThan(3);

      // The instance comes back on the same port; the browser catches up and sends the rest.
      second = await startAppServer(secondPort);
      await saved(employee);
      const expected = `Fra A. Fra B. ${typed}`;
      await expect(goals(employee)).toHaveValue(expected);
      await expect(goals(leader)).toHaveValue(expected, { timeout: 15_000 });
      expect(planContent(await storedPlan(participantId)).goals).toBe(expected);
      await leader.close();
      await employee.close();
    } finally {
      await second?.kill();
    }
  });

  test("a tab refused by the stream limit shows it is offline, then opens its stream again once there is room", async ({
    browser,
    baseURL,
  }) => {
    const { path, participantId } = await participantPath(roundId, world.email("kasper.noergaard"));
    const page = await browser.newPage();
    await world.signInAs(page, "Kasper Nørgaard");
    await page.goto(path);
    await saved(page);
    const planId = (await sql(`select id from "Plan" where "participantId" = $1`, [participantId])).rows[0].id as string;
    const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
    await page.goto("/"); // this tab's own stream closes

    // Ten streams of the same session held open elsewhere (the most one session may have).
    const holders = Array.from({ length: 10 }, () => new AbortController());
    try {
      // (The tab's own stream may take a moment to be let go; until then the tenth is refused.)
      for (const holder of holders) {
        const deadline = Date.now() + 15_000;
        while ((await fetch(`${baseURL}/api/planer/${planId}/strom`, { headers: { cookie }, signal: holder.signal })).status !== 200) {
          if (Date.now() > deadline) throw new Error("could not hold ten streams");
          await new Promise((done) => setTimeout(done, 500));
        }
      }
      await page.goto(path);
      await expect(
        plan(page)
          .getByRole("status")
          .filter({ hasText: /Forbindelsen er afbrudt/ }),
      ).toBeVisible({ timeout: 15_000 });
      for (const holder of holders) holder.abort();
      await expect(
        plan(page)
          .getByRole("status")
          .filter({ hasText: /^Gemt$/ }),
      ).toBeVisible({ timeout: 30_000 });
    } finally {
      for (const holder of holders) holder.abort();
      await page.close();
    }
  });
});
