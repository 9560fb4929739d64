import "server-only";
import { canonicalColumns, chainHash, genesisHash, type CanonicalRow } from "@/lib/audit/canonical";
import type { Sql } from "@/lib/db-client";
import { anonymisePeople, deletePlans } from "./erase-parts";
import { inHeldRound, keptPeople, personKept, roundHeld } from "./held";
import type { RetentionKind } from "./kinds";

// What each retention line deletes, as SQL: how many rows are due (the dry run), and one batch of
// them deleted (the job). A batch takes at most `limit` rows, skipping rows another transaction
// holds (someone editing), so no user's request waits on the job for longer than one small batch;
// a row skipped now is taken by the next run. Every statement is scoped to one municipality and
// counts from `cutoff`: everything whose event is older than that is due, except what belongs to a
// person under a legal hold (checked by every batch, so a hold added during a run stops it from the
// next batch on). A batch deletes only what is still there, so a run killed half-way and started
// again deletes nothing twice.

export type Line = {
  /** How many rows the next run would delete or clear. */
  count: (sql: Sql, municipalityId: string, cutoff: Date) => Promise<number>;
  /**
   * One batch: up to `limit` rows (or, for the lines that go round by round, `limit` rounds).
   * `deleted`: rows deleted or cleared; `done`: nothing left to handle.
   */
  deleteBatch: (sql: Sql, municipalityId: string, cutoff: Date, limit: number) => Promise<{ deleted: number; done: boolean }>;
};

/** A person under a hold, or whose processing is restricted: the job touches nothing of theirs. */
const held = personKept;

const closedParticipants = `
  select p.id from "RoundParticipant" p join "Round" r on r.id = p."roundId"
  where r."municipalityId" = $1::uuid and r.state = 'CLOSED' and r."closedAt" < $2
    and not ${roundHeld("r.id")} and not ${held(`p."personId"`)}`;

const count = async (sql: Sql, text: string, values: unknown[]) => Number((await sql<{ n: string }>(text, values))[0]?.n ?? 0);

const deleted = async (sql: Sql, text: string, values: unknown[]) => (await sql(text, values)).length;

/** A row line's batch: `step` deletes up to `limit` rows; done when it deleted fewer. */
const rows =
  (step: (sql: Sql, municipalityId: string, cutoff: Date, limit: number) => Promise<number>): Line["deleteBatch"] =>
  async (sql, municipalityId, cutoff, limit) => {
    const done = await step(sql, municipalityId, cutoff, limit);
    return { deleted: done, done: done < limit };
  };

// The sheets, the leader's notes and the plan drafts of a closed round all come due together, so
// those lines go round by round: a batch takes the next rounds due that the line has not finished
// (RetentionProgress), handles every row of their participants and marks them finished. Each batch
// reads only its own rounds' rows, so a run over ten years of a large city's rounds stays linear
// (selecting "the next 500 rows still due" anew for every batch had to pass every row finished
// before it). A person under a legal hold is left out; lifting the hold unmarks their rounds.

type RoundStep = (sql: Sql, participantIds: string[]) => Promise<number>;

const dueRounds = (kind: RetentionKind) => `
  select r.id from "Round" r
  where r."municipalityId" = $1::uuid and r.state = 'CLOSED' and r."closedAt" < $2 and not ${roundHeld("r.id")}
    and not exists (select 1 from "RetentionProgress" g where g."roundId" = r.id and g.kind = '${kind}')`;

/** The participants of the due, unfinished rounds (but those under a hold), for the dry run's counts. */
const dueParticipants = (kind: RetentionKind) =>
  `select p.id from "RoundParticipant" p where p."roundId" in (${dueRounds(kind)}) and not ${held(`p."personId"`)}`;

function roundLine(kind: RetentionKind, countIn: (participants: string) => string, steps: RoundStep[]): Line {
  return {
    count: (sql, municipalityId, cutoff) => count(sql, `select ${countIn(dueParticipants(kind))} as n`, [municipalityId, cutoff]),
    deleteBatch: async (sql, municipalityId, cutoff, limit) => {
      const rounds = (
        await sql<{ id: string }>(`${dueRounds(kind)} order by r."closedAt", r.id limit $3`, [municipalityId, cutoff, limit])
      ).map((round) => round.id);
      if (rounds.length === 0) return { deleted: 0, done: true };
      const participants = (
        await sql<{ id: string }>(
          `select p.id from "RoundParticipant" p where p."roundId" = any($1::uuid[]) and not ${held(`p."personId"`)}`,
          [rounds],
        )
      ).map((participant) => participant.id);
      let total = 0;
      for (const step of steps) total += await step(sql, participants);
      await sql(`insert into "RetentionProgress" ("roundId", kind) select unnest($1::uuid[]), $2::"RetentionKind" on conflict do nothing`, [
        rounds,
        kind,
      ]);
      return { deleted: total, done: false };
    },
  };
}

// The sheet keeps its four scores ("score.*"); every text field goes, with its revisions.
const hasTexts = `exists (select 1 from jsonb_object_keys(s.fields) k where k not like 'score.%')`;
const scoresOnly = (column: string) =>
  `(select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from jsonb_each(s.${column}) e(k, v) where k like 'score.%')`;

const sheetTexts = roundLine(
  "SHEET_TEXTS",
  (participants) =>
    `(select count(*) from "PreparationSheet" s where s."participantId" in (${participants}) and ${hasTexts})
     + (select count(*) from "LeaderNote" n where n."participantId" in (${participants}))
     + (select count(*) from "PaperSheet" ps where ps."participantId" in (${participants}))`,
  [
    (sql, participants) =>
      deleted(
        sql,
        `update "PreparationSheet" s set fields = ${scoresOnly("fields")}, revisions = ${scoresOnly("revisions")}, "updatedAt" = now()
         where s."participantId" = any($1::uuid[]) and ${hasTexts} returning s.id`,
        [participants],
      ),
    (sql, participants) => deleted(sql, `delete from "LeaderNote" where "participantId" = any($1::uuid[]) returning id`, [participants]),
    // A paper form kept beside the employee's own sheet: all text, so it goes whole.
    (sql, participants) => deleted(sql, `delete from "PaperSheet" where "participantId" = any($1::uuid[]) returning id`, [participants]),
  ],
);

const sheetScores = roundLine(
  "SHEET_SCORES",
  (participants) => `(select count(*) from "PreparationSheet" s where s."participantId" in (${participants}))`,
  [
    (sql, participants) =>
      deleted(sql, `delete from "PreparationSheet" where "participantId" = any($1::uuid[]) returning id`, [participants]),
  ],
);

const signedPlan = `exists (select 1 from "PlanVersion" v where v."planId" = pl.id and v."signedAt" is not null)`;
// An empty Yjs document's update: what a plan's live state is once its draft is gone.
const emptyDocument = `'\\x0000'::bytea`;

/** The ids a query returns (a row line's own query locks them: `for update … skip locked`). */
const idsOf = async (sql: Sql, text: string, values: unknown[]) => (await sql<{ id: string }>(text, values)).map((row) => row.id);

const plansOf = (participants: string) => `select pl.id from "Plan" pl where pl."participantId" in (${participants})`;

const planDrafts = roundLine(
  "PLAN_DRAFTS",
  (participants) =>
    `(select count(*) from "PlanUpdate" u where u."planId" in (${plansOf(participants)}))
     + (select count(*) from (${plansOf(participants)} and not ${signedPlan}) unsigned)
     + (select count(*) from "PlanVersion" v where v."planId" in (${plansOf(participants)} and ${signedPlan}) and v."signedAt" is null)
     + (select count(*) from "Plan" pl where pl.id in (${plansOf(participants)}) and ${signedPlan} and length(pl.state) > 2)`,
  [
    // The edit log.
    (sql, participants) =>
      deleted(sql, `delete from "PlanUpdate" where "planId" in (${plansOf("select unnest($1::uuid[])")}) returning id`, [participants]),
    // A plan never signed is a draft through and through: all of it goes.
    async (sql, participants) =>
      deletePlans(sql, await idsOf(sql, `${plansOf("select unnest($1::uuid[])")} and not ${signedPlan}`, [participants])),
    // Versions approved by one party and never signed, with their approvals.
    async (sql, participants) => {
      const ids = await idsOf(
        sql,
        `select v.id from "PlanVersion" v where v."planId" in (${plansOf("select unnest($1::uuid[])")}) and v."signedAt" is null`,
        [participants],
      );
      if (ids.length === 0) return 0;
      await sql(`delete from "PlanApproval" where "versionId" = any($1::uuid[])`, [ids]);
      await sql(`delete from "PlanPdf" where "versionId" = any($1::uuid[])`, [ids]);
      return deleted(sql, `delete from "PlanVersion" where id = any($1::uuid[]) returning id`, [ids]);
    },
    // A signed plan's live document: the signed versions hold what was agreed.
    (sql, participants) =>
      deleted(
        sql,
        `update "Plan" pl set state = ${emptyDocument}, "updatedAt" = now()
         where pl."participantId" = any($1::uuid[]) and ${signedPlan} and length(pl.state) > 2 returning pl.id`,
        [participants],
      ),
  ],
);

// Filed signed plans: the latest signed version filed before the cutoff, in a closed round.
const filedPlans = `
  select pl.id from "Plan" pl join "PlanVersion" v on v."planId" = pl.id and v."latestSigned"
  where pl."participantId" in (${closedParticipants}) and v."filedAt" < $2`;

const signedPlans: Line = {
  count: (sql, municipalityId, cutoff) => count(sql, `select count(*) as n from (${filedPlans}) due`, [municipalityId, cutoff]),
  deleteBatch: rows(async (sql, municipalityId, cutoff, limit) =>
    deletePlans(sql, await idsOf(sql, `${filedPlans} limit $3 for update of pl skip locked`, [municipalityId, cutoff, limit])),
  ),
};

// Someone who left, with nothing of theirs left within retention: no sheet, note or plan, and no
// round of theirs still running.
const leavers = `
  select person.id from "Person" person
  where person."municipalityId" = $1::uuid and not person.active and person."deactivatedAt" < $2 and person."anonymisedAt" is null
    and not ${held("person.id")} and not ${inHeldRound("person.id")}
    and not exists (
      select 1 from "RoundParticipant" p where p."personId" = person.id and (
        exists (select 1 from "PreparationSheet" s where s."participantId" = p.id)
        or exists (select 1 from "LeaderNote" n where n."participantId" = p.id)
        or exists (select 1 from "Plan" pl where pl."participantId" = p.id)))
    and not exists (select 1 from "Round" r where r."leaderId" = person.id and r.state <> 'CLOSED')`;

const deactivatedPeople: Line = {
  count: (sql, municipalityId, cutoff) => count(sql, `select count(*) as n from (${leavers}) due`, [municipalityId, cutoff]),
  deleteBatch: rows(async (sql, municipalityId, cutoff, limit) => {
    const people = await sql<{ id: string; email: string | null }>(
      `select person.id, person.email from "Person" person where person.id in (${leavers}) limit $3 for update of person skip locked`,
      [municipalityId, cutoff, limit],
    );
    if (people.length === 0) return 0;
    return (await anonymisePeople(sql, people)).people;
  }),
};

// Mail to the municipality's people, sent or given up on before the cutoff.
const oldMail = `
  select m.id from "OutgoingMail" m
  where (m."sentAt" < $2 or m."deadAt" < $2)
    and m."to" in (select person.email from "Person" person where person."municipalityId" = $1::uuid and not ${held("person.id")})`;

const mail: Line = {
  count: (sql, municipalityId, cutoff) => count(sql, `select count(*) as n from (${oldMail}) due`, [municipalityId, cutoff]),
  deleteBatch: rows((sql, municipalityId, cutoff, limit) =>
    deleted(sql, `delete from "OutgoingMail" where id in (${oldMail} limit $3 for update of m skip locked) returning id`, [
      municipalityId,
      cutoff,
      limit,
    ]),
  ),
};

// A session is over when ended, or unseen for longer than any session may last (the cutoff is a
// month or more back; a session lasts 12 hours at most).
const oldSessions = `
  select s.id from "AuthSession" s join "Person" person on person.id = s."personId"
  where person."municipalityId" = $1::uuid and coalesce(s."endedAt", s."lastSeenAt") < $2 and not ${held("person.id")}`;

const sessions: Line = {
  count: (sql, municipalityId, cutoff) => count(sql, `select count(*) as n from (${oldSessions}) due`, [municipalityId, cutoff]),
  deleteBatch: rows((sql, municipalityId, cutoff, limit) =>
    deleted(sql, `delete from "AuthSession" where id in (${oldSessions} limit $3 for update of s skip locked) returning id`, [
      municipalityId,
      cutoff,
      limit,
    ]),
  ),
};

// The audit log: from the oldest, a whole sealed range at a time, and only while every row in the
// range is older than the cutoff (the owner's function audit_prune checks it again and refuses
// anything younger than a year). The seals stay, so the rest of the chain is still checked. A
// batch is one seal's range (at most the sealer's batch, 5,000 rows), whatever `limit` says: the
// rows are old and nobody's request touches them.
const prunedTo = `coalesce((select max(pr."upToId") from "AuditPrune" pr), 0)`;

/**
 * The end of the longest run of whole seals after what is pruned, every row in it older than $1,
 * and none about or by someone a hold or a restriction keeps: the log of who read their data is
 * part of what is kept (for the case, or the claim). Pruning stops before that row's range and goes
 * on once the hold or restriction is lifted; holds are few, so little waits.
 */
const prunableUpTo = `
  select max(seal."upToId") as "upToId" from "AuditSeal" seal
  where seal."upToId" > ${prunedTo}
    and seal."upToId" < coalesce(
      (select e.id from "AuditEvent" e where e.id > ${prunedTo} and e.at >= $1::timestamptz at time zone 'UTC' order by e.id limit 1),
      9223372036854775807)
    and seal."upToId" < coalesce(least(
      (select min(e.id) from "AuditEvent" e where e.id > ${prunedTo} and e."subjectId" in (${keptPeople})),
      (select min(e.id) from "AuditEvent" e where e.id > ${prunedTo} and e."actorId" in (${keptPeople}))),
      9223372036854775807)`;

/** Whether the rows of a sealed range still hash, from the seal before it, to what was sealed. */
async function rangeHolds(sql: Sql, seal: { afterId: string; upToId: string; hash: Buffer }): Promise<boolean> {
  const [previous] = await sql<{ hash: Buffer }>(`select hash from "AuditSeal" where "upToId" = $1::bigint`, [seal.afterId]);
  const rows = await sql<CanonicalRow>(
    `select ${canonicalColumns} from "AuditEvent" entry where entry.id > $1::bigint and entry.id <= $2::bigint order by entry.id`,
    [seal.afterId, seal.upToId],
  );
  let hash = previous?.hash ?? genesisHash;
  for (const row of rows) hash = chainHash(hash, row);
  return hash.equals(seal.hash);
}

const auditEvents: Line = {
  count: (sql, _municipalityId, cutoff) =>
    count(sql, `select count(*) as n from "AuditEvent" e where e.id > ${prunedTo} and e.id <= coalesce((${prunableUpTo}), 0)`, [cutoff]),
  deleteBatch: async (sql, _municipalityId, cutoff) => {
    const [next] = await sql<{ afterId: string; upToId: string; hash: Buffer }>(
      `select seal."afterId"::text as "afterId", seal."upToId"::text as "upToId", seal.hash from "AuditSeal" seal
       where seal."upToId" > ${prunedTo} and seal."upToId" <= coalesce((${prunableUpTo}), 0)
       order by seal."upToId" limit 1`,
      [cutoff],
    );
    if (!next) return { deleted: 0, done: true };
    // A range that no longer matches its seal is evidence of tampering: it is never deleted (and
    // nothing after it), so npm run audit:verify goes on reporting it.
    if (!(await rangeHolds(sql, next))) return { deleted: 0, done: true };
    const [{ removed }] = await sql<{ removed: number }>(`select audit_prune($1::bigint, $2::timestamptz at time zone 'UTC') as removed`, [
      next.upToId,
      cutoff,
    ]);
    return { deleted: removed, done: false };
  },
};

export const lines: Record<RetentionKind, Line> = {
  SHEET_TEXTS: sheetTexts,
  SHEET_SCORES: sheetScores,
  PLAN_DRAFTS: planDrafts,
  SIGNED_PLANS: signedPlans,
  DEACTIVATED_PEOPLE: deactivatedPeople,
  MAIL: mail,
  SESSIONS: sessions,
  AUDIT_EVENTS: auditEvents,
};
