import "server-only";
import * as Y from "yjs";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import { sqlOn, withSqlTransaction, type Database, type Sql } from "@/lib/db-client";
import { personRestrictedSql, refuseIfRestricted } from "@/lib/domain/restriction/processing";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";
import { carriesByItself, carryAudit, earlierActions } from "@/lib/domain/plans/carry-over/data";
import { planProblem, repairUnstorable, seededPlan } from "@/lib/domain/plans/doc";

// Storing the plan's edits. An update is checked (the sender is one of the plan's two parties, the
// round's phase allows plan work, the bytes are a real Yjs update, no field passes its limit),
// appended and merged into the plan's state, and announced with NOTIFY, all in one statement: the
// browser is told "saved" only after it committed, so a killed server loses nothing it acked.
//
// A keystroke's update is stored optimistically: the plan is read without a lock, the update is
// merged in memory, and one statement appends it, stores the merged state and announces it, on the
// condition that the plan's latest update, its parties and its round's phase are still those read.
// If anything moved meanwhile (the other party's keystroke, mostly), the statement changes nothing
// and the merge is done again on a fresh read. Two round trips instead of a transaction's four:
// with 400 people typing (bench:plans, 200 pairs), the transaction's round trips were most of the
// server's and Postgres' work per keystroke.
//
// Nothing is stored while the employee party's processing is restricted (GDPR art. 18,
// lib/domain/restriction/processing.ts): the plan's read says so, and the storing statement holds a
// share lock on the person's row, so a restriction placed meanwhile waits for it or stops it.

export const planChannel = "plan_updates";
export const maxUpdateBytes = 256 * 1024;

type PlanRow = {
  id: string;
  state: Uint8Array;
  employeeId: string;
  leaderId: string;
  roundState: string;
  roundId: string;
  participantId: string;
  lastSeq: bigint | null;
  /** The employee party's processing is restricted: nothing may be stored. */
  restricted: boolean;
};

const planRowQuery = `select pl.id, pl.state, p."personId" as "employeeId", r."leaderId", r.state as "roundState", r.id as "roundId", p.id as "participantId", pl."lastSeq",
       ${personRestrictedSql} as restricted
     from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId" join "Round" r on r.id = p."roundId"
       join "Person" person on person.id = p."personId"
     where pl.id = $1::uuid`;

/**
 * The plan's row, locked for the rest of the transaction, with its two parties and round; the
 * employee's row is locked for share (the person first, in the order an erasure takes them).
 */
export async function lockPlan(sql: Sql, planId: string): Promise<PlanRow | undefined> {
  return readPlanRow(sql, planId, true);
}

async function readPlanRow(sql: Sql, planId: string, lock: boolean): Promise<PlanRow | undefined> {
  const [row] = await sql<Omit<PlanRow, "lastSeq"> & { lastSeq: string | bigint | null }>(
    lock ? `${planRowQuery} for share of person for update of pl` : planRowQuery,
    [planId],
    { prepared: true },
  );
  // node-postgres gives bigint columns as text, Prisma as bigint.
  return row && { ...row, lastSeq: row.lastSeq === null ? null : BigInt(row.lastSeq) };
}

/**
 * The plan of a participant, created the first time either party opens it: empty, or with the
 * unfinished actions of the person's previous plan (carried over, marked with that round) when the
 * policy lets this plan's leader read that plan, i.e. the leader has not changed. The carrying is
 * audited in the transaction that creates the plan, naming `openedBy`.
 */
export async function ensurePlan(database: Database, participantId: string, openedBy: string | null = null): Promise<string> {
  const existing = await database.plan.findUnique({ where: { participantId }, select: { id: true } });
  if (existing) return existing.id;
  const [participant, earlier] = await Promise.all([
    database.roundParticipant.findUnique({
      where: { id: participantId },
      select: { round: { select: { leader: { select: { id: true, active: true, roles: { select: { role: true } } } } } } },
    }),
    earlierActions(database, participantId),
  ]);
  const leader = participant?.round.leader;
  const carry =
    earlier && leader && carriesByItself(earlier, { id: leader.id, active: leader.active, roles: leader.roles.map((entry) => entry.role) })
      ? earlier
      : null;
  const state = seededPlan({ actions: carry?.actions ?? [] });
  return database.$transaction(async (tx) => {
    // Not for someone erased (lib/domain/erasure/erase.ts) or restricted (lib/domain/restriction/):
    // the share lock on the person waits for an erasure or a restriction under way, which then
    // leaves the person anonymised or restricted and nothing is created.
    const [inserted] = await tx.$queryRaw<{ id: string }[]>`
      insert into "Plan" (id, "participantId", state, "updatedAt")
      select gen_random_uuid(), p.id, ${Buffer.from(state)}, now() from "RoundParticipant" p join "Person" person on person.id = p."personId"
      where p.id = ${participantId}::uuid and person."anonymisedAt" is null and person."restrictedAt" is null for share of person
      on conflict ("participantId") do nothing returning id`;
    if (!inserted) {
      // Someone else made it first (and audited what it carried), or the person is erased or restricted.
      const made = await tx.plan.findUnique({ where: { participantId }, select: { id: true } });
      if (made) return made.id;
      const [person] = await tx.$queryRaw<{ restricted: boolean }[]>`
        select ${Prisma.raw(personRestrictedSql)} as restricted from "RoundParticipant" p join "Person" person on person.id = p."personId"
        where p.id = ${participantId}::uuid and person."anonymisedAt" is null`;
      refuseIfRestricted(person?.restricted);
      throw new FormError(da.errors.notFound);
    }
    if (carry) await recordAudit(tx, carryAudit(carry, openedBy, inserted.id, "automatic"));
    return inserted.id;
  });
}

export function assertPlanParty(actor: Actor, plan: { employeeId: string; leaderId: string }, action: "read" | "update" | "sign") {
  authorize(actor, action, { kind: "plan", employeeId: plan.employeeId, leaderId: plan.leaderId, signed: false });
}

/** Tries before the optimistic store gives way to the plan's row lock (a plan written to that busily is rare). */
const optimisticTries = 4;

/**
 * Appends one update; returns its sequence number (or the latest one when it changed nothing).
 * `fromClient` names the browser tab that sent it: that tab's own stream does not echo it back.
 */
export async function appendPlanUpdate(
  database: Database,
  actor: Actor,
  planId: string,
  update: Uint8Array,
  fromClient: string | null = null,
): Promise<{ seq: bigint; changed: boolean }> {
  if (update.byteLength === 0 || update.byteLength > maxUpdateBytes) throw new FormError(da.plans.errors.badUpdate);
  for (let attempt = 0; attempt < optimisticTries; attempt += 1) {
    const plan = await readPlanRow(sqlOn(database), planId, false);
    const doc = checkedDoc(actor, plan);
    // A plan stored before its texts were checked is mended under the lock, below.
    if (repairUnstorable(doc)) break;
    if (!mergeInto(doc, update)) return { seq: plan!.lastSeq ?? BigInt(0), changed: false };
    const seq = await storeIfUnchanged(database, plan!, actor.id, update, doc, fromClient);
    if (seq !== null) return { seq, changed: true };
  }
  return withSqlTransaction(database, async (sql) => {
    const plan = await lockPlan(sql, planId);
    const doc = checkedDoc(actor, plan);
    // A plan stored before its texts were checked is mended first, as a change of its own.
    const repair = repairUnstorable(doc);
    if (repair) plan!.lastSeq = await storeUpdate(sql, plan!, actor.id, repair, doc);
    if (!mergeInto(doc, update)) return { seq: plan!.lastSeq ?? BigInt(0), changed: false };
    return { seq: await storeUpdate(sql, plan!, actor.id, update, doc, fromClient), changed: true };
  });
}

/** The plan's merged state as a document, once the sender is known to be a party and the phase allows plan work. */
function checkedDoc(actor: Actor, plan: PlanRow | undefined): Y.Doc {
  if (!plan) throw new AccessDenied();
  assertPlanParty(actor, plan, "update");
  if (!allowedActions(plan.roundState as never).includes("editPlan")) throw new FormError(da.plans.errors.notOpen);
  refuseIfRestricted(plan.restricted);
  // A guid of its own: Yjs would otherwise draw a random one, 31 calls for random numbers a keystroke.
  const doc = new Y.Doc({ guid: plan.id });
  Y.applyUpdate(doc, plan.state);
  return doc;
}

/**
 * Merges the update into `doc`: false for a replay (nothing new); refused when the bytes are no Yjs
 * update or a field would pass its limit.
 */
function mergeInto(doc: Y.Doc, update: Uint8Array): boolean {
  const before = Y.encodeStateVector(doc);
  try {
    Y.applyUpdate(doc, update);
  } catch {
    throw new FormError(da.plans.errors.badUpdate);
  }
  const after = Y.encodeStateVector(doc);
  if (Buffer.compare(Buffer.from(before), Buffer.from(after)) === 0 && !hasDeletes(update)) return false;
  const problem = planProblem(doc);
  if (problem) throw new FormError(da.plans.errors[problem]);
  return true;
}

/**
 * Appends the update, stores the merged state and announces it in one statement, if the plan's
 * latest update, its parties and its round's phase are still the ones `plan` was read with, and the
 * employee's processing is not restricted (checked under a share lock on their row); else changes
 * nothing and returns null. The plan's row lock, taken by the update, orders two writers: the second
 * sees the first's new latest update and changes nothing.
 */
async function storeIfUnchanged(
  database: Database,
  plan: PlanRow,
  authorId: string,
  update: Uint8Array,
  merged: Y.Doc,
  fromClient: string | null,
): Promise<bigint | null> {
  const data = Buffer.from(update).toString("base64");
  const [row] = await sqlOn(database)<{ id: string | bigint }>(
    `with processable as (select 1 from "Person" where id = $9::uuid and "restrictedAt" is null for share),
     claimed as (
       update "Plan" pl set state = $4, "updatedAt" = now(), "lastSeq" = nextval(pg_get_serial_sequence('"PlanUpdate"', 'id'))
       where pl.id = $1::uuid and pl."lastSeq" = $6::bigint
         and exists (select 1 from processable)
         and exists (select 1 from "RoundParticipant" p join "Round" r on r.id = p."roundId"
                     where p.id = pl."participantId" and p."personId" = $9::uuid and r."leaderId" = $10::uuid and r.state::text = $11)
       returning pl."lastSeq" as id),
     added as (insert into "PlanUpdate" (id, "planId", "authorId", "clientId", data) select id, $1::uuid, $2::uuid, nullif($8, '')::uuid, $3 from claimed returning id)
     select id, (select count(*) from pg_notify($5, $1 || ':' || id || ':' || $6 || ':' || $2 || ':' || $7 || ':' || $8))::int as notified
     from added`,
    [
      plan.id,
      authorId,
      Buffer.from(update),
      Buffer.from(Y.encodeStateAsUpdate(merged)),
      planChannel,
      String(plan.lastSeq ?? 0),
      data.length <= maxNotifiedChars ? data : "",
      fromClient ?? "",
      plan.employeeId,
      plan.leaderId,
      plan.roundState,
    ],
    { prepared: true },
  );
  return row ? BigInt(row.id) : null;
}

/**
 * Appends an update already merged into `merged`, stores the merged state and announces it, in
 * one statement. The announcement carries the update itself (when it fits in a notification), the
 * number of the one before it, so a stream that sent that one can pass it on without a query, and
 * the tab it came from (if known), whose own stream need not send it back.
 */
export async function storeUpdate(
  sql: Sql,
  plan: Pick<PlanRow, "id" | "lastSeq">,
  authorId: string,
  update: Uint8Array,
  merged: Y.Doc,
  fromClient: string | null = null,
): Promise<bigint> {
  const data = Buffer.from(update).toString("base64");
  const [row] = await sql<{ id: string | bigint }>(
    `with added as (insert into "PlanUpdate" ("planId", "authorId", "clientId", data) values ($1::uuid, $2::uuid, nullif($8, '')::uuid, $3) returning id),
       merged as (update "Plan" set state = $4, "updatedAt" = now(), "lastSeq" = (select id from added) where id = $1::uuid)
     select id, (select count(*) from pg_notify($5, $1 || ':' || id || ':' || $6 || ':' || $2 || ':' || $7 || ':' || $8))::int as notified
     from added`,
    [
      plan.id,
      authorId,
      Buffer.from(update),
      Buffer.from(Y.encodeStateAsUpdate(merged)),
      planChannel,
      String(plan.lastSeq ?? 0),
      data.length <= maxNotifiedChars ? data : "",
      fromClient ?? "",
    ],
    { prepared: true },
  );
  return BigInt(row.id);
}

/** NOTIFY payloads are limited to 8,000 bytes; a larger update is fetched by the streams instead. */
const maxNotifiedChars = 7_000;

/** Whether an update carries deletions (which do not move the state vector). */
function hasDeletes(update: Uint8Array): boolean {
  return Y.decodeUpdate(update).ds.clients.size > 0;
}

/** What a browser starts from: the merged state and the sequence number it is current to. */
export async function loadPlanState(database: Database, actor: Actor, planId: string) {
  // lastSeq is the latest update merged into state, kept by every write (storeUpdate, storeIfUnchanged).
  const [plan] = await database.$queryRaw<(PlanRow & { seq: bigint | null })[]>`
    select pl.id, pl.state, p."personId" as "employeeId", r."leaderId", r.state as "roundState", pl."lastSeq" as seq
    from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId" join "Round" r on r.id = p."roundId"
    where pl.id = ${planId}::uuid`;
  if (!plan) throw new AccessDenied();
  assertPlanParty(actor, plan, "read");
  return { state: plan.state, seq: plan.seq ?? BigInt(0), parties: { employeeId: plan.employeeId, leaderId: plan.leaderId } };
}

/** The plan's two parties (for checks that need nothing else), or null when there is no such plan. */
export async function planPartiesOf(database: Database, planId: string): Promise<{ employeeId: string; leaderId: string } | null> {
  const [row] = await database.$queryRaw<{ employeeId: string; leaderId: string }[]>`
    select p."personId" as "employeeId", r."leaderId"
    from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId" join "Round" r on r.id = p."roundId"
    where pl.id = ${planId}::uuid`;
  return row ?? null;
}

export async function updatesAfter(database: Database, planId: string, seq: bigint) {
  return database.planUpdate.findMany({
    where: { planId, id: { gt: seq } },
    orderBy: { id: "asc" },
    select: { id: true, authorId: true, clientId: true, data: true },
  });
}
