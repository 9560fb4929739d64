import { randomUUID } from "node:crypto";
import pg from "pg";
import { startPlanServer } from "./support/plan-server";

// The leader's overview of a large unit: BENCH_PEOPLE (300) participants in four groups, every
// sheet shared with four scores, every plan signed with two practice actions, the round in the
// wrap-up (so every figure is computed), and the previous round's figures beside them. Measures
// the overview page as the leader requests it from `next start`: p50/p95/p99 of the whole
// server-rendered response over BENCH_REQUESTS sequential requests after a warm-up.

const people = Number(process.env.BENCH_PEOPLE ?? 300);
const requests = Number(process.env.BENCH_REQUESTS ?? 100);
const { base, url, pairs, stop } = await startPlanServer(people);

try {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const roundId = pairs[0].roundId;
  const groups = ["Vuggestue", "Børnehave", "Køkken", "Ledelse og administration"];
  const groupIds: string[] = [];
  for (const [position, name] of groups.entries()) {
    const id = randomUUID();
    groupIds.push(id);
    await client.query(`insert into "RoundGroup" (id, "roundId", position, name) values ($1, $2, $3, $4)`, [
      id,
      roundId,
      position + 1,
      name,
    ]);
  }
  const forms = ["education", "training", "tasks", "sparring", "selfStudy", "other"];
  const themes = (
    await client.query<{ title: string }>(`select title from "RoundTheme" where "roundId" = $1 order by position`, [roundId])
  ).rows.map((row) => row.title);
  for (const [index, pair] of pairs.entries()) {
    const score = (offset: number) => 1 + ((index * 7 + offset * 3) % 10);
    const fields = { "score.mestring": score(0), "score.mening": score(1), "score.samhoerighed": score(2), "score.autonomi": score(3) };
    await client.query(`update "RoundParticipant" set "groupId" = $1 where id = $2`, [groupIds[index % groups.length], pair.participantId]);
    await client.query(
      `insert into "PreparationSheet" (id, "participantId", state, fields, "submittedAt", "updatedAt") values ($1, $2, 'SUBMITTED', $3, now(), now())`,
      [randomUUID(), pair.participantId, JSON.stringify(fields)],
    );
    const action = (n: number) => ({
      what: `Øvebane ${n} for medarbejder ${index + 1}: sidemandsoplæring i sprogarbejde`,
      how: "Med en erfaren kollega",
      support: "Tid i planlægningen",
      who: "Medarbejderen",
      byWhen: "2027-06-01",
      theme: themes[(index + n) % themes.length],
      form: forms[(index + n) % forms.length],
      waitsForWrapUp: n === 1 && index % 10 === 0,
      carriedFrom: "",
      subtasks: [{ text: "Aftale med kollega", state: "done" }],
    });
    const content = {
      startWith: "mestring",
      motivated: index % 3 === 0 ? "unclear" : "yes",
      expectations: "Tryghed",
      goals: "Blive skarpere i sprogarbejdet",
      evaluation: "God samtale",
      followUpDate: "2027-09-01",
      actions: [action(0), action(1)],
    };
    await client.query(
      `insert into "PlanVersion" (id, "planId", number, content, "contentHash", "signedAt") values ($1, $2, 1, $3, 'bench', now())`,
      [randomUUID(), pair.planId, JSON.stringify(content)],
    );
  }
  // Last year's round of the same unit, in follow-up, with the same people's sheets: the comparison.
  const previous = randomUUID();
  await client.query(
    `insert into "Round" (id, "municipalityId", "unitId", "leaderId", kind, year, title, state, "templateName", "kickoffDate", "conversationsFrom", "conversationsTo", "wrapUpDate", "followUpDate", "createdAt", "updatedAt")
     select $1, "municipalityId", "unitId", "leaderId", kind, year - 1, 'MUS forrige år', 'CLOSED', "templateName", "kickoffDate", "conversationsFrom", "conversationsTo", "wrapUpDate", "followUpDate", "createdAt" - interval '1 year', now() from "Round" where id = $2`,
    [previous, roundId],
  );
  const previousGroup = randomUUID();
  await client.query(`insert into "RoundGroup" (id, "roundId", position, name) values ($1, $2, 0, 'Alle deltagere')`, [
    previousGroup,
    previous,
  ]);
  await client.query(
    `with added as (insert into "RoundParticipant" (id, "roundId", "personId", "groupId") select gen_random_uuid(), $1, "personId", $2 from "RoundParticipant" where "roundId" = $3 returning id)
     insert into "PreparationSheet" (id, "participantId", state, fields, "submittedAt", "updatedAt") select gen_random_uuid(), id, 'SUBMITTED', '{"score.mestring": 6, "score.mening": 7, "score.samhoerighed": 5, "score.autonomi": 8}', now(), now() from added`,
    [previous, previousGroup, roundId],
  );
  await client.query(`update "Round" set state = 'WRAP_UP' where id = $1`, [roundId]);
  await client.end();

  const leader = pairs[0].leader;
  const get = async () => {
    const started = performance.now();
    const response = await fetch(`${base}/runder/${roundId}/overblik`, { headers: { cookie: leader.cookie } });
    const html = await response.text();
    if (response.status !== 200 || !html.includes(`${people} besvarelser`)) throw new Error(`unexpected answer ${response.status}`);
    return performance.now() - started;
  };
  for (let warm = 0; warm < 10; warm += 1) await get();
  const times: number[] = [];
  for (let index = 0; index < requests; index += 1) times.push(await get());
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
  console.log(
    `overview of ${people} participants (4 groups, ${people} shared sheets, ${people} signed plans, previous round compared): p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms, max ${times[times.length - 1].toFixed(1)} ms over ${requests} requests`,
  );
} finally {
  stop();
}
