import pg from "pg";
import * as Y from "yjs";

// A municipality at a large city's size, written with set-based SQL so it takes seconds, not
// hours: 40,000 people (a director, HR, ten area chiefs, 2,500 unit leaders and their employees),
// ten areas with 250 units each, and three years of MUS rounds for every unit: the two earlier
// years closed with every sheet shared and every plan signed by both, this year's in the
// conversations with every sheet shared and a plan begun. Who is who is returned for the page
// benchmark.

export type MunicipalitySize = { people: number; leaders: number; areas: number; years: number[] };
export const copenhagen: MunicipalitySize = { people: 40_000, leaders: 2_500, areas: 10, years: [2024, 2025, 2026] };

export type SeededMunicipality = {
  municipalityId: string;
  directorId: string;
  hrId: string;
  leaders: { id: string; currentRoundId: string; closedRoundId: string; participantId: string }[];
  employees: { id: string; currentRoundId: string; participantId: string }[];
  counts: Record<string, number>;
};

/** A plan's document as the editor leaves it: goals, an action with a sub-task. */
function planState(): Buffer {
  const doc = new Y.Doc();
  doc.getText("goals").insert(0, "Blive skarpere i sprogarbejdet med de yngste børn");
  const action = new Y.Map<unknown>();
  doc.getArray("actions").push([action]);
  action.set("what", new Y.Text("Sidemandsoplæring i sprogarbejde"));
  action.set("byWhen", "2026-06-01");
  return Buffer.from(Y.encodeStateAsUpdate(doc));
}

const signedContent = JSON.stringify({
  startWith: "mestring",
  motivated: "yes",
  expectations: "Tryghed i hverdagen",
  goals: "Blive skarpere i sprogarbejdet",
  evaluation: "God samtale",
  followUpDate: "2026-09-01",
  actions: [
    {
      what: "Sidemandsoplæring i sprogarbejde",
      how: "Med en erfaren kollega",
      support: "Tid i planlægningen",
      who: "Medarbejderen",
      byWhen: "2026-06-01",
      theme: "Trivsel og samarbejde",
      form: "sparring",
      waitsForWrapUp: false,
      carriedFrom: "",
      subtasks: [{ text: "Aftale med kollega", state: "done" }],
    },
  ],
});

export async function seedMunicipality(url: string, size: MunicipalitySize = copenhagen): Promise<SeededMunicipality> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const run = (sql: string, values: unknown[] = []) => client.query(sql, values);
  try {
    await run("begin");
    const {
      rows: [municipality],
    } = await run(`insert into "Municipality" (id, name) values (gen_random_uuid(), 'Storby Kommune') returning id`);
    const m = municipality.id as string;
    const staff = (
      await run(
        `insert into "Unit" (id, "municipalityId", kind, name, "updatedAt") values (gen_random_uuid(), $1, 'AREA', 'Stab og direktion', now()) returning id`,
        [m],
      )
    ).rows[0].id;
    await run(
      `insert into "Unit" (id, "municipalityId", kind, name, "updatedAt") select gen_random_uuid(), $1, 'AREA', 'Område ' || a, now() from generate_series(1, $2) a`,
      [m, size.areas],
    );
    await run(
      `insert into "Unit" (id, "municipalityId", "parentId", kind, name, "updatedAt")
       select gen_random_uuid(), $1, (select id from "Unit" where "municipalityId" = $1 and name = 'Område ' || (1 + u % $2)), 'UNIT', 'Enhed ' || u || ' Ærtebjerg', now()
       from generate_series(1, $3) u`,
      [m, size.areas, size.leaders],
    );
    // The director and HR, in the staff area's own unit.
    const directorUnit = (
      await run(
        `insert into "Unit" (id, "municipalityId", "parentId", kind, name, "updatedAt") values (gen_random_uuid(), $1, $2, 'UNIT', 'Direktionen', now()) returning id`,
        [m, staff],
      )
    ).rows[0].id;
    const directorId = (
      await run(
        `insert into "Person" (id, "municipalityId", name, email, "jobTitle", "unitId", "updatedAt") values (gen_random_uuid(), $1, 'Direktør Dalgaard', 'direktoer@storby.example', 'Kommunaldirektør', $2, now()) returning id`,
        [m, directorUnit],
      )
    ).rows[0].id;
    const hrId = (
      await run(
        `insert into "Person" (id, "municipalityId", name, email, "jobTitle", "unitId", "managerId", "updatedAt") values (gen_random_uuid(), $1, 'Hanne HR Højgaard', 'hr@storby.example', 'HR-konsulent', $2, $3, now()) returning id`,
        [m, directorUnit, directorId],
      )
    ).rows[0].id;
    await run(
      `insert into "RoleAssignment" (id, "personId", role) values (gen_random_uuid(), $1, 'ADMINISTRATOR'), (gen_random_uuid(), $2, 'HR')`,
      [directorId, hrId],
    );
    // Area chiefs, then a leader for each unit under the chief of its area, then the employees.
    await run(
      `insert into "Person" (id, "municipalityId", name, email, "jobTitle", "unitId", "managerId", "updatedAt")
       select gen_random_uuid(), $1, 'Områdechef ' || a || ' Østergaard', 'chef' || a || '@storby.example', 'Områdechef', $2, $3, now() from generate_series(1, $4) a`,
      [m, directorUnit, directorId, size.areas],
    );
    await run(
      `insert into "Person" (id, "municipalityId", name, email, "jobTitle", "unitId", "managerId", "updatedAt")
       select gen_random_uuid(), $1, 'Leder ' || u || ' Bækgaard', 'leder' || u || '@storby.example', 'Leder', unit.id,
              (select id from "Person" where email = 'chef' || (1 + u % $2) || '@storby.example'), now()
       from generate_series(1, $3) u join "Unit" unit on unit."municipalityId" = $1 and unit.name = 'Enhed ' || u || ' Ærtebjerg'`,
      [m, size.areas, size.leaders],
    );
    const employees = size.people - size.leaders - size.areas - 2;
    await run(
      `insert into "Person" (id, "municipalityId", name, email, "jobTitle", "unitId", "managerId", "updatedAt")
       select gen_random_uuid(), $1, (array['Anne','Søren','Mette','Jørgen','Åse','Lærke','Bjørn','Ida'])[1 + e % 8] || ' Mølgaard ' || e,
              'person' || e || '@storby.example', case when e % 7 = 0 then 'Pædagog' else 'Social- og sundhedsassistent' end, leader."unitId", leader.id, now()
       from generate_series(1, $2) e join "Person" leader on leader.email = 'leder' || (1 + e % $3) || '@storby.example'`,
      [m, employees, size.leaders],
    );

    // A round per unit and year: the last year in the conversations, the earlier ones closed.
    const current = Math.max(...size.years);
    for (const year of size.years) {
      const state = year === current ? "CONVERSATIONS" : "CLOSED";
      await run(
        `insert into "Round" (id, "municipalityId", "unitId", "leaderId", kind, year, title, state, "templateName", "kickoffDate", "conversationsFrom", "conversationsTo", "wrapUpDate", "followUpDate", "publishedAt", "closedAt", "updatedAt", "createdAt", "wrapUpStartedAt")
         select gen_random_uuid(), $1, leader."unitId", leader.id, 'MUS', $2, 'MUS ' || $2::int || ' ' || unit.name, $3::"RoundState", 'Tønder',
                make_date($2::int, 1, 10), make_date($2::int, 2, 1), make_date($2::int, 3, 31), make_date($2::int, 4, 20), make_date($2::int, 10, 1), now(), case when $3 = 'CLOSED' then now() end, now(),
                -- As a year runs: every round created in January, the closed ones in their wrap-up from April
                -- (the organisation's overview counts a year's figures from then, lib/domain/organisation-overview/release.ts).
                make_date($2::int, 1, 2), case when $3 = 'CLOSED' then make_date($2::int, 4, 20) end
         from "Person" leader join "Unit" unit on unit.id = leader."unitId" where leader.email like 'leder%@storby.example'`,
        [m, year, state],
      );
    }
    await run(
      `insert into "RoundTheme" (id, "roundId", position, title) select gen_random_uuid(), id, 0, 'Trivsel og samarbejde' from "Round" where "municipalityId" = $1`,
      [m],
    );
    await run(
      `insert into "RoundGroup" (id, "roundId", position, name) select gen_random_uuid(), id, 0, 'Alle deltagere' from "Round" where "municipalityId" = $1`,
      [m],
    );
    await run(
      `insert into "RoundQuestion" (id, "themeId", "groupId", position, text)
       select gen_random_uuid(), t.id, g.id, q.n, (array['Hvordan oplever du samarbejdet i dit team?', 'Hvad giver dig energi i arbejdet?'])[q.n + 1]
       from "RoundTheme" t join "RoundGroup" g on g."roundId" = t."roundId" cross join generate_series(0, 1) q(n)`,
    );
    await run(
      `insert into "RoundParticipant" (id, "roundId", "personId", "groupId", "invitedAt")
       select gen_random_uuid(), r.id, p.id, g.id, now() from "Round" r join "RoundGroup" g on g."roundId" = r.id join "Person" p on p."managerId" = r."leaderId" where r."municipalityId" = $1`,
      [m],
    );
    await run(
      `insert into "PreparationSheet" (id, "participantId", state, fields, "submittedAt", "updatedAt")
       select gen_random_uuid(), rp.id, 'SUBMITTED',
              jsonb_build_object('score.mestring', 1 + (hashtext(rp.id::text) & 7), 'score.mening', 3 + (hashtext(rp.id::text) & 5), 'score.samhoerighed', 5, 'score.autonomi', 2 + (hashtext(rp.id::text) & 3), 'otherCommon', 'Vores overlevering mellem vagterne.'),
              now(), now()
       from "RoundParticipant" rp`,
    );
    await run(
      `insert into "Plan" (id, "participantId", state, "updatedAt") select gen_random_uuid(), id, $1, now() from "RoundParticipant"`,
      [planState()],
    );
    await run(
      `insert into "PlanVersion" (id, "planId", number, content, "contentHash", "signedAt")
       select gen_random_uuid(), pl.id, 1, $1::jsonb, 'seeded', make_date(r.year, 3, 15) from "Plan" pl join "RoundParticipant" rp on rp.id = pl."participantId" join "Round" r on r.id = rp."roundId" where r.state = 'CLOSED'`,
      [signedContent],
    );
    await run(
      `insert into "PlanApproval" (id, "versionId", "personId")
       select gen_random_uuid(), v.id, who.id from "PlanVersion" v join "Plan" pl on pl.id = v."planId" join "RoundParticipant" rp on rp.id = pl."participantId" join "Round" r on r.id = rp."roundId"
       cross join lateral (values (rp."personId"), (r."leaderId")) who(id)`,
    );
    await run("commit");
    await run("analyze");

    const { rows: leaders } = await run(
      `select l.id, cur.id as "currentRoundId", old.id as "closedRoundId", (select rp.id from "RoundParticipant" rp where rp."roundId" = cur.id limit 1) as "participantId"
       from "Person" l join "Round" cur on cur."leaderId" = l.id and cur.year = $1 join "Round" old on old."leaderId" = l.id and old.year = $1 - 1
       where l.email like 'leder%@storby.example' order by l.email limit 200`,
      [current],
    );
    const { rows: employeesRows } = await run(
      `select p.id, rp."roundId" as "currentRoundId", rp.id as "participantId" from "Person" p join "RoundParticipant" rp on rp."personId" = p.id join "Round" r on r.id = rp."roundId" and r.year = $1
       where p.email like 'person%@storby.example' order by p.email limit 200`,
      [current],
    );
    const counts: Record<string, number> = {};
    for (const table of ["Person", "Unit", "Round", "RoundParticipant", "PreparationSheet", "Plan", "PlanVersion", "PlanApproval"]) {
      counts[table] = Number((await run(`select count(*)::int as n from "${table}"`)).rows[0].n);
    }
    return { municipalityId: m, directorId, hrId, leaders, employees: employeesRows, counts };
  } catch (error) {
    await run("rollback").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
