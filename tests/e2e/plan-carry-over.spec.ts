import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import * as Y from "yjs";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// Across a change of leader nothing of the previous plan comes along by itself; the employee sees
// the offer to bring their unfinished actions, and the new leader, only what the employee brought.

/** A round led by `leaderEmail` with only `employeeEmail` taking part, in `state`, made `ago` days back. */
async function roundWith(leaderEmail: string, employeeEmail: string, title: string, state: string, ago: number) {
  const roundId = randomUUID();
  const groupId = randomUUID();
  await sql(
    `insert into "Round" (id, "municipalityId", "unitId", "leaderId", kind, year, title, state, "templateName",
       "kickoffDate", "conversationsFrom", "conversationsTo", "wrapUpDate", "followUpDate", "publishedAt", "createdAt", "updatedAt")
     select $1, p."municipalityId", p."unitId", p.id, 'MUS', 2031, $2, $4::"RoundState", 'Test',
       '2031-01-10', '2031-02-01', '2031-03-31', '2031-04-20', '2031-10-01', now(), now() - make_interval(days => $5), now()
     from "Person" p where p.email = $3`,
    [roundId, title, leaderEmail, state, ago],
  );
  await sql(`insert into "RoundGroup" (id, "roundId", position, name) values ($1, $2, 0, 'Alle deltagere')`, [groupId, roundId]);
  await sql(`insert into "RoundTheme" (id, "roundId", position, title) values (gen_random_uuid(), $1, 0, 'Faglighed i opgaveløsningen')`, [
    roundId,
  ]);
  const participantId = randomUUID();
  await sql(
    `insert into "RoundParticipant" (id, "roundId", "personId", "groupId", "invitedAt") select $1, $2, p.id, $3, now() from "Person" p where p.email = $4`,
    [participantId, roundId, groupId, employeeEmail],
  );
  return { roundId, participantId };
}

let world: World;
test.beforeAll(async () => {
  world = await newWorld("plan-carry-over");
});

test("a new leader gets nothing of the old plan; the employee chooses to bring the unfinished actions", async ({ browser }) => {
  const nanna = world.email("nanna.friis");
  const earlier = await roundWith(
    world.email("lone.moelgaard"),
    nanna,
    `MUS 2030 (tidligere leder) ${randomUUID().slice(0, 6)}`,
    "CLOSED",
    400,
  );
  const planId = randomUUID();
  await sql(`insert into "Plan" (id, "participantId", state, "updatedAt") values ($1, $2, $3, now())`, [
    planId,
    earlier.participantId,
    Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())),
  ]);
  const action = {
    what: "Lære den nye sagsbehandling at kende",
    how: "Sidemandsoplæring",
    support: "Tid i kalenderen",
    who: "Nanna",
    byWhen: "2030-12-01",
    theme: "",
    form: "",
    waitsForWrapUp: false,
    carriedFrom: "",
    subtasks: [],
  };
  const content = {
    startWith: "",
    expectations: "",
    goals: "Fortroligt mål fra sidste år",
    motivated: "",
    followUpDate: "",
    evaluation: "",
    actions: [action],
  };
  await sql(
    `insert into "PlanVersion" (id, "planId", number, content, "contentHash", "signedAt") values (gen_random_uuid(), $1, 1, $2, 'x', now())`,
    [planId, JSON.stringify(content)],
  );
  const next = await roundWith(world.email("henrik.aagaard"), nanna, "MUS 2031 i Digitalisering (ny leder)", "PREPARATION", 0);
  const path = `/runder/${next.roundId}/samtale/${next.participantId}`;

  const leader = await (await browser.newContext()).newPage();
  await world.signInAs(leader, "Henrik Aagaard");
  await leader.goto(path);
  await expect(leader.getByRole("region", { name: "Planen" })).toBeVisible({ timeout: 15_000 });
  await expect(leader.getByText("Lære den nye sagsbehandling at kende")).toHaveCount(0);
  await expect(leader.getByRole("button", { name: "Tag mine ufærdige øvebaner med fra sidste plan" })).toHaveCount(0);

  const employee = await (await browser.newContext()).newPage();
  await world.signInAs(employee, "Nanna Friis");
  await employee.goto(path);
  await employee.getByRole("button", { name: "Tag mine ufærdige øvebaner med fra sidste plan" }).click();
  await expect(employee.getByRole("button", { name: "Tag mine ufærdige øvebaner med fra sidste plan" })).toHaveCount(0);
  await expect(employee.getByLabel("Hvad", { exact: true }).first()).toHaveValue("Lære den nye sagsbehandling at kende", {
    timeout: 15_000,
  });
  // The leader's screen gets it live; the earlier plan's goals stay where they were.
  await expect(leader.getByLabel("Hvad", { exact: true }).first()).toHaveValue("Lære den nye sagsbehandling at kende", { timeout: 15_000 });
  await expect(leader.getByLabel("Mål", { exact: true })).toHaveValue("");
  const { rows } = await sql(
    `select count(*)::int as n from "AuditEvent" where action = 'plan.carryActions' and "resourceId"::text = (select id::text from "Plan" where "participantId" = $1::uuid)`,
    [next.participantId],
  );
  expect(rows[0].n).toBe(1);
  // Both parties' openings of the new plan are in the log, from the page and from its live stream.
  const reads = await sql(
    `select p.email, a.details->>'via' as via from "AuditEvent" a join "Person" p on p.id = a."actorId"
      where a.action = 'plan.read' and a."resourceId" = (select id::text from "Plan" where "participantId" = $1::uuid) group by 1, 2 order by 1, 2`,
    [next.participantId],
  );
  expect(reads.rows).toEqual([
    { email: world.email("henrik.aagaard"), via: "page" },
    { email: world.email("henrik.aagaard"), via: "stream" },
    { email: nanna, via: "page" },
    { email: nanna, via: "stream" },
  ]);
});
