import { randomUUID } from "node:crypto";
import { sql } from "./database";

// A published round straight into the database, for the specs that start where planning ends:
// MUS unless told otherwise; everyone reporting to the leader takes part (for LUS, their leaders).
// (Planning itself is driven through the screens in rounds.spec.ts.) `run` is the test database's
// SQL unless a spec brings a database of its own.

export async function publishedRoundFor(
  leaderEmail: string,
  title: string,
  kind: "MUS" | "LUS" = "MUS",
  run: typeof sql = sql,
): Promise<{ roundId: string; questions: string[] }> {
  const roundId = randomUUID();
  const groupId = randomUUID();
  const themeId = randomUUID();
  const questions = ["Hvordan oplever du samarbejdet i dit team?", "Hvad giver dig energi i arbejdet?"];
  await run(
    `insert into "Round" (id, "municipalityId", "unitId", "leaderId", kind, year, title, state, "templateName",
       "kickoffDate", "conversationsFrom", "conversationsTo", "wrapUpDate", "followUpDate", "coreTask", "publishedAt", "updatedAt")
     select $1, p."municipalityId", p."unitId", p.id, $4::"RoundKind", 2031, $2, 'PREPARATION', 'Test',
       '2031-01-10', '2031-02-01', '2031-03-31', '2031-04-20', '2031-10-01', 'Omsorg og pleje i borgerens hjem', now(), now()
     from "Person" p where p.email = $3`,
    [roundId, title, leaderEmail, kind],
  );
  await run(`insert into "RoundGroup" (id, "roundId", position, name) values ($1, $2, 0, 'Alle deltagere')`, [groupId, roundId]);
  await run(`insert into "RoundTheme" (id, "roundId", position, title) values ($1, $2, 0, 'Trivsel og samarbejde i opgaveløsningen')`, [
    themeId,
    roundId,
  ]);
  for (const [position, text] of questions.entries()) {
    await run(`insert into "RoundQuestion" (id, "themeId", "groupId", position, text) values ($1, $2, $3, $4, $5)`, [
      randomUUID(),
      themeId,
      groupId,
      position,
      text,
    ]);
  }
  await run(
    `insert into "RoundParticipant" (id, "roundId", "personId", "groupId", "invitedAt")
     select gen_random_uuid(), $1, p.id, $2, now() from "Person" p join "Person" m on m.id = p."managerId"
     where m.email = $3 and p.active`,
    [roundId, groupId, leaderEmail],
  );
  return { roundId, questions };
}
