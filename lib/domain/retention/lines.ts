import "server-only";
import type { Sql } from "@/lib/db-client";
import { anonymisePeople, deletePlans } from "./erase-parts";
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
  /** Deletes (or clears) up to `limit` due rows; returns how many. 0: nothing left. */
  deleteBatch: (sql: Sql, municipalityId: string, cutoff: Date, limit: number) => Promise<number>;
};

/** True for a person under a standing legal hold: the job touches nothing of theirs. */
const held = (personId: string) => `exists (select 1 from "LegalHold" h where h."personId" = ${personId} and h."liftedAt" is null)`;

const closedParticipants = `
  select p.id from "RoundParticipant" p join "Round" r on r.id = p."roundId"
  where r."municipalityId" = $1::uuid and r.state = 'CLOSED' and r."closedAt" < $2 and not ${held(`p."personId"`)}`;

const count = async (sql: Sql, text: string, values: unknown[]) => Number((await sql<{ n: string }>(text, values))[0]?.n ?? 0);

/** Runs the sub-batches in order until one deletes something: each line may clear several tables. */
const firstThatDeletes =
  (...steps: Line["deleteBatch"][]): Line["deleteBatch"] =>
  async (sql, municipalityId, cutoff, limit) => {
    for (const step of steps) {
      const deleted = await step(sql, municipalityId, cutoff, limit);
      if (deleted > 0) return deleted;
    }
    return 0;
  };

const deleted = async (sql: Sql, text: string, values: unknown[]) => (await sql(text, values)).length;

// The sheet keeps its four scores ("score.*"); every text field goes, with its revisions.
const sheetsWithTexts = `
  select s.id from "PreparationSheet" s where s."participantId" in (${closedParticipants})
    and exists (select 1 from jsonb_object_keys(s.fields) k where k not like 'score.%')`;
const scoresOnly = (column: string) =>
  `(select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from jsonb_each(s.${column}) e(k, v) where k like 'score.%')`;

const sheetTexts: Line = {
  count: (sql, municipalityId, cutoff) =>
    count(
      sql,
      `select (select count(*) from (${sheetsWithTexts}) t) + (select count(*) from "LeaderNote" n where n."participantId" in (${closedParticipants})) as n`,
      [municipalityId, cutoff],
    ),
  deleteBatch: firstThatDeletes(
    (sql, municipalityId, cutoff, limit) =>
      deleted(
        sql,
        `update "PreparationSheet" s set fields = ${scoresOnly("fields")}, revisions = ${scoresOnly("revisions")}, "updatedAt" = now()
         where s.id in (select id from (${sheetsWithTexts} limit $3 for update of s skip locked) due) returning s.id`,
        [municipalityId, cutoff, limit],
      ),
    (sql, municipalityId, cutoff, limit) =>
      deleted(
        sql,
        `delete from "LeaderNote" where id in (select n.id from "LeaderNote" n where n."participantId" in (${closedParticipants}) limit $3 for update skip locked) returning id`,
        [municipalityId, cutoff, limit],
      ),
  ),
};

const sheetScores: Line = {
  count: (sql, municipalityId, cutoff) =>
    count(sql, `select count(*) as n from "PreparationSheet" s where s."participantId" in (${closedParticipants})`, [
      municipalityId,
      cutoff,
    ]),
  deleteBatch: (sql, municipalityId, cutoff, limit) =>
    deleted(
      sql,
      `delete from "PreparationSheet" where id in (select s.id from "PreparationSheet" s where s."participantId" in (${closedParticipants}) limit $3 for update skip locked) returning id`,
      [municipalityId, cutoff, limit],
    ),
};

const closedPlans = `select pl.id from "Plan" pl where pl."participantId" in (${closedParticipants})`;
const signedPlan = `exists (select 1 from "PlanVersion" v where v."planId" = pl.id and v."signedAt" is not null)`;
// An empty Yjs document's update: what a plan's live state is once its draft is gone.
const emptyDocument = `'\\x0000'::bytea`;

const lockedIds = async (sql: Sql, text: string, values: unknown[]) => (await sql<{ id: string }>(text, values)).map((row) => row.id);

const planDrafts: Line = {
  count: (sql, municipalityId, cutoff) =>
    count(
      sql,
      `select (select count(*) from "PlanUpdate" u where u."planId" in (${closedPlans}))
            + (select count(*) from (${closedPlans} and not ${signedPlan}) unsigned)
            + (select count(*) from "PlanVersion" v where v."planId" in (${closedPlans}) and v."signedAt" is null)
            + (select count(*) from "Plan" pl where pl.id in (${closedPlans}) and ${signedPlan} and length(pl.state) > 2) as n`,
      [municipalityId, cutoff],
    ),
  deleteBatch: firstThatDeletes(
    // The edit log.
    (sql, municipalityId, cutoff, limit) =>
      deleted(
        sql,
        `delete from "PlanUpdate" where id in (select u.id from "PlanUpdate" u where u."planId" in (${closedPlans}) limit $3 for update skip locked) returning id`,
        [municipalityId, cutoff, limit],
      ),
    // A plan never signed is a draft through and through: all of it goes.
    async (sql, municipalityId, cutoff, limit) =>
      deletePlans(
        sql,
        await lockedIds(sql, `${closedPlans} and not ${signedPlan} limit $3 for update of pl skip locked`, [municipalityId, cutoff, limit]),
      ),
    // Versions approved by one party and never signed, with their approvals.
    async (sql, municipalityId, cutoff, limit) => {
      const ids = await lockedIds(
        sql,
        `select v.id from "PlanVersion" v where v."planId" in (${closedPlans}) and v."signedAt" is null limit $3 for update skip locked`,
        [municipalityId, cutoff, limit],
      );
      if (ids.length === 0) return 0;
      await sql(`delete from "PlanApproval" where "versionId" = any($1::uuid[])`, [ids]);
      await sql(`delete from "PlanPdf" where "versionId" = any($1::uuid[])`, [ids]);
      return deleted(sql, `delete from "PlanVersion" where id = any($1::uuid[]) returning id`, [ids]);
    },
    // A signed plan's live document: the signed versions hold what was agreed.
    (sql, municipalityId, cutoff, limit) =>
      deleted(
        sql,
        `update "Plan" set state = ${emptyDocument}, "updatedAt" = now() where id in (
           select pl.id from "Plan" pl where pl.id in (${closedPlans}) and ${signedPlan} and length(pl.state) > 2 limit $3 for update of pl skip locked)
         returning id`,
        [municipalityId, cutoff, limit],
      ),
  ),
};

// Filed signed plans: the latest signed version filed before the cutoff, in a closed round.
const filedPlans = `
  select pl.id from "Plan" pl join "PlanVersion" v on v."planId" = pl.id and v."latestSigned"
  where pl."participantId" in (${closedParticipants}) and v."filedAt" < $2`;

const signedPlans: Line = {
  count: (sql, municipalityId, cutoff) => count(sql, `select count(*) as n from (${filedPlans}) due`, [municipalityId, cutoff]),
  deleteBatch: async (sql, municipalityId, cutoff, limit) =>
    deletePlans(sql, await lockedIds(sql, `${filedPlans} limit $3 for update of pl skip locked`, [municipalityId, cutoff, limit])),
};

// Someone who left, with nothing of theirs left within retention: no sheet, note or plan, and no
// round of theirs still running.
const leavers = `
  select person.id from "Person" person
  where person."municipalityId" = $1::uuid and not person.active and person."deactivatedAt" < $2 and person."anonymisedAt" is null
    and not ${held("person.id")}
    and not exists (
      select 1 from "RoundParticipant" p where p."personId" = person.id and (
        exists (select 1 from "PreparationSheet" s where s."participantId" = p.id)
        or exists (select 1 from "LeaderNote" n where n."participantId" = p.id)
        or exists (select 1 from "Plan" pl where pl."participantId" = p.id)))
    and not exists (select 1 from "Round" r where r."leaderId" = person.id and r.state <> 'CLOSED')`;

const deactivatedPeople: Line = {
  count: (sql, municipalityId, cutoff) => count(sql, `select count(*) as n from (${leavers}) due`, [municipalityId, cutoff]),
  deleteBatch: async (sql, municipalityId, cutoff, limit) => {
    const people = await sql<{ id: string; email: string }>(
      `select person.id, person.email from "Person" person where person.id in (${leavers}) limit $3 for update of person skip locked`,
      [municipalityId, cutoff, limit],
    );
    if (people.length === 0) return 0;
    return (await anonymisePeople(sql, people)).people;
  },
};

// Mail to the municipality's people, sent or given up on before the cutoff.
const oldMail = `
  select m.id from "OutgoingMail" m
  where coalesce(m."sentAt", m."deadAt") < $2
    and m."to" in (select person.email from "Person" person where person."municipalityId" = $1::uuid and not ${held("person.id")})`;

const mail: Line = {
  count: (sql, municipalityId, cutoff) => count(sql, `select count(*) as n from (${oldMail}) due`, [municipalityId, cutoff]),
  deleteBatch: (sql, municipalityId, cutoff, limit) =>
    deleted(sql, `delete from "OutgoingMail" where id in (${oldMail} limit $3 for update of m skip locked) returning id`, [
      municipalityId,
      cutoff,
      limit,
    ]),
};

// A session is over when ended, or unseen for longer than any session may last (the cutoff is a
// month or more back; a session lasts 12 hours at most).
const oldSessions = `
  select s.id from "AuthSession" s join "Person" person on person.id = s."personId"
  where person."municipalityId" = $1::uuid and coalesce(s."endedAt", s."lastSeenAt") < $2 and not ${held("person.id")}`;

const sessions: Line = {
  count: (sql, municipalityId, cutoff) => count(sql, `select count(*) as n from (${oldSessions}) due`, [municipalityId, cutoff]),
  deleteBatch: (sql, municipalityId, cutoff, limit) =>
    deleted(sql, `delete from "AuthSession" where id in (${oldSessions} limit $3 for update of s skip locked) returning id`, [
      municipalityId,
      cutoff,
      limit,
    ]),
};

export const lines: Record<RetentionKind, Line> = {
  SHEET_TEXTS: sheetTexts,
  SHEET_SCORES: sheetScores,
  PLAN_DRAFTS: planDrafts,
  SIGNED_PLANS: signedPlans,
  DEACTIVATED_PEOPLE: deactivatedPeople,
  MAIL: mail,
  SESSIONS: sessions,
};
