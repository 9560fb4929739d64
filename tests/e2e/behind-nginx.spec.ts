import { expect, test, type Browser, type Page } from "@playwright/test";
import * as Y from "yjs";
import { planContent } from "../../lib/domain/plans/doc";
import { freePort } from "../support/postgres";
import { startAppServer, type AppServer } from "./support/app-server";
import { sql } from "./support/database";
import { startNginx, type Nginx } from "./support/nginx";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

// Production as the README describes it: two instances on one Postgres behind nginx, both
// parties going through nginx only. Then a rolling restart while both type: each instance in
// turn is stopped with SIGTERM (which must end its open plan streams, or it never stops), and
// started again. Nothing either party typed is lost, and each sees the other's text.

const plan = (page: Page) => page.getByRole("region", { name: "Planen" });
const saved = (page: Page) =>
  expect(
    plan(page)
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ }),
  ).toBeVisible({ timeout: 15_000 });

let world: World;
test.beforeAll(async () => {
  world = await newWorld("behind-nginx");
});

async function partyPage(browser: Browser, baseURL: string, name: string, path: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  // The world's session cookie is for host 127.0.0.1, any port: nginx's public address is on it too.
  await world.signInAs(page, name);
  await page.goto(path);
  await saved(page);
  return page;
}

test("two instances behind nginx: both serve the two parties, and a rolling restart mid-edit loses nothing", async ({ browser }) => {
  test.setTimeout(90_000);
  const { roundId } = await publishedRoundFor(world.email("ole.baekgaard"), `MUS bag nginx ${Date.now()}`);
  const { rows } = await sql(
    `select p.id from "RoundParticipant" p join "Person" person on person.id = p."personId" where person.email = $1 and p."roundId" = $2`,
    [world.email("frederik.boegh"), roundId],
  );
  const participantId = rows[0].id as string;
  const path = `/runder/${roundId}/samtale/${participantId}`;

  const [portA, portB, publicPort] = [await freePort(), await freePort(), await freePort()];
  const publicUrl = `http://127.0.0.1:${publicPort}`;
  // Both instances know only the public address, as behind a real proxy.
  const start = (port: number) => startAppServer(port, { NEXTAUTH_URL: publicUrl });
  let nginx: Nginx | null = null;
  const instances: Record<number, AppServer | null> = { [portA]: null, [portB]: null };
  try {
    nginx = await startNginx(publicPort, [portA, portB]);
    [instances[portA], instances[portB]] = await Promise.all([start(portA), start(portB)]);

    const leader = await partyPage(browser, publicUrl, "Ole Bækgaard", path);
    const employee = await partyPage(browser, publicUrl, "Frederik Bøgh", path);
    const goals = (page: Page) => page.getByLabel("Mål", { exact: true });
    const evaluation = (page: Page) => page.getByLabel("Evaluering af samtalen");

    await goals(leader).pressSequentially("Ole: ", { delay: 20 });
    await evaluation(employee).pressSequentially("Frederik: ", { delay: 20 });
    await expect(goals(employee)).toHaveValue("Ole: ", { timeout: 10_000 });
    await expect(evaluation(leader)).toHaveValue("Frederik: ", { timeout: 10_000 });
    const served = new Set(nginx.upstreamPorts());
    expect(served).toEqual(new Set([portA, portB]));

    // The rolling restart, while both keep typing, each in a field of their own.
    let restarting = true;
    const restart = (async () => {
      try {
        for (const port of [portA, portB]) {
          await instances[port]!.stop();
          instances[port] = null;
          instances[port] = await start(port);
        }
      } finally {
        restarting = false;
      }
    })();
    const typeUntilRestarted = async (field: () => ReturnType<typeof goals>, who: string) => {
      let typed = "";
      for (let n = 1; restarting || n <= 2; n += 1) {
        const piece = `${who}${n} `;
        await field().pressSequentially(piece, { delay: 30 });
        typed += piece;
      }
      return typed;
    };
    const [, leaderTyped, employeeTyped] = await Promise.all([
      restart,
      typeUntilRestarted(() => goals(leader), "o"),
      typeUntilRestarted(() => evaluation(employee), "f"),
    ]);

    const expectedGoals = `Ole: ${leaderTyped}`;
    const expectedEvaluation = `Frederik: ${employeeTyped}`;
    await saved(leader);
    await saved(employee);
    for (const page of [leader, employee]) {
      await expect(goals(page)).toHaveValue(expectedGoals, { timeout: 15_000 });
      await expect(evaluation(page)).toHaveValue(expectedEvaluation, { timeout: 15_000 });
    }
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await sql(`select state from "Plan" where "participantId" = $1`, [participantId])).rows[0].state as Buffer);
    expect(planContent(stored)).toMatchObject({ goals: expectedGoals, evaluation: expectedEvaluation });
    await leader.context().close();
    await employee.context().close();
  } finally {
    await Promise.all(Object.values(instances).map((instance) => instance?.kill()));
    await nginx?.stop();
  }
});
