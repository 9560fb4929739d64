import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import { sqlIn, withSqlTransaction, type Database, type Sql, type Transaction } from "@/lib/db-client";
import { personRestrictedSql, refuseIfRestricted } from "@/lib/domain/restriction/processing";
import { refuseFormerLeader } from "@/lib/domain/rounds/handover/data";
import { participantMay } from "@/lib/domain/rounds/state-machine";
import { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";
import { conversationStarted, participantContext, type ParticipantContext } from "./context";
import { applyChanges, partitionChanges, type FieldChange, type FieldMap, type RevisionMap, type SaveOutcome } from "./fields";
import type { SheetLayout } from "./layout";
import { noteFieldError, sheetFieldError } from "./schema";
import { readFieldMap, readRevisionMap } from "./stored-fields";

const e = da.sheets.errors;

type Locked = { id: string; state: "DRAFT" | "SUBMITTED"; fields: FieldMap; revisions: RevisionMap };
/** A row as the database gives it: the maps still JSON, read once (stored-fields.ts). */
type Stored<T extends { fields: FieldMap; revisions: RevisionMap }> = Omit<T, "fields" | "revisions"> & {
  fields: unknown;
  revisions: unknown;
};
const readMaps = <T extends { fields: unknown; revisions: unknown }>(row: T) => ({
  ...row,
  fields: readFieldMap(row.fields),
  revisions: readRevisionMap(row.revisions),
});

// A sheet or note is created on first use only for someone not erased (lib/domain/erasure/erase.ts):
// the share lock on the person waits for an erasure under way, and then the person is anonymised and
// nothing is created, so a save racing the erasure is refused instead of bringing the data back.
const creatableFrom = `select gen_random_uuid(), p.id, now() from "RoundParticipant" p join "Person" person on person.id = p."personId"`;
const creatableLock = `and person."anonymisedAt" is null for share of person`;

/**
 * The participant's sheet or note row, created on first use, locked until the transaction ends.
 * The common case (the row exists) costs one round trip; the first save creates it.
 */
async function lockDocument(tx: Transaction, table: "PreparationSheet", participantId: string): Promise<Locked>;
async function lockDocument(tx: Transaction, table: "LeaderNote", participantId: string, authorId: string): Promise<Locked>;
async function lockDocument(
  tx: Transaction,
  table: "PreparationSheet" | "LeaderNote",
  participantId: string,
  authorId?: string,
): Promise<Locked> {
  const name = Prisma.raw(`"${table}"`);
  const state = Prisma.raw(table === "PreparationSheet" ? "state" : "'DRAFT' as state");
  // A participant has one sheet, and one note per leader who wrote about them (notes are their author's).
  const author = authorId ? Prisma.sql`and "authorId" = ${authorId}::uuid` : Prisma.empty;
  const select = () => tx.$queryRaw<Stored<Locked>[]>`
    select id, ${state}, fields, revisions from ${name} where "participantId" = ${participantId}::uuid ${author} for update`;
  const [existing] = await select();
  if (existing) return readMaps(existing);
  if (authorId)
    await tx.$executeRaw`
      insert into "LeaderNote" (id, "participantId", "updatedAt", "authorId")
      select gen_random_uuid(), p.id, now(), ${authorId}::uuid from "RoundParticipant" p join "Person" person on person.id = p."personId"
      where p.id = ${participantId}::uuid ${Prisma.raw(creatableLock)}
      on conflict ("participantId", "authorId") do nothing`;
  else
    await tx.$executeRaw`
      insert into ${name} (id, "participantId", "updatedAt") ${Prisma.raw(creatableFrom)} where p.id = ${participantId}::uuid ${Prisma.raw(creatableLock)}
      on conflict ("participantId") do nothing`;
  const [created] = await select();
  if (!created) throw new FormError(da.errors.notFound);
  return readMaps(created);
}

/**
 * The checks every change to one's own sheet passes: owner, still a draft, round open, conversation
 * not begun, processing not restricted (after the access checks: only the owner learns of it).
 */
function assertEditable(actor: Actor, context: ParticipantContext, state: "DRAFT" | "SUBMITTED", action: "update" | "submit") {
  if (actor.id !== context.personId) throw new AccessDenied();
  if (action === "update" && state === "SUBMITTED") throw new FormError(e.submitted);
  authorize(actor, action, {
    kind: "preparationSheet",
    ownerId: context.personId,
    leaderId: context.round.leaderId,
    submitted: state === "SUBMITTED" && action === "update",
  });
  if (!participantMay(context.round.state, "fillSheet", context)) throw new FormError(e.notOpen);
  if (conversationStarted(context)) throw new FormError(e.conversationStarted);
  refuseIfRestricted(context.restricted);
}

/**
 * A participation moved to a new leader's round (lib/domain/rounds/manager-change/) is read-only:
 * its sheet went along. The change of leader marks it before it reads the sheet, and this save holds
 * the participation's row for share, so a save is either carried along or refused here, never
 * stored where nobody looks; the refused text stays in the browser.
 */
async function refuseIfMoved(sql: Sql, context: ParticipantContext) {
  if (!context.moved) return;
  const [move] = await sql<{ leader: string | null }>(
    `select leader.name as leader from "ParticipantMove" m left join "Person" leader on leader.id = m."toLeaderId"
     where m."fromParticipantId" = $1::uuid order by m.at desc limit 1`,
    [context.id],
  );
  throw new FormError(da.managerChange.sheet.refused(move?.leader ?? ""));
}

type LockedSheet = Locked & { context: ParticipantContext; questionIds: string[]; layout: SheetLayout };
type LockedSheetRow = Omit<Stored<Locked>, "id" | "state"> & {
  id: string | null;
  state: Locked["state"] | null;
  personId: string;
  groupId: string;
  roundId: string;
  roundState: ParticipantContext["round"]["state"];
  leaderId: string;
  startsAtMs: string | null;
  catchUpAt: Date | null;
  questionIds: string[];
  restricted: boolean;
  absence: string | null;
  hasScores: boolean;
  answerLayout: SheetLayout["answerLayout"];
};

/**
 * The autosave's one read: the participant's context (round, leader, conversation), the group's
 * question ids and the sheet row, locked until the transaction ends, in one round trip; the person's
 * row is locked for share (see lib/domain/restriction/processing.ts). The sheet is created on first
 * use (its row is null until then). Undefined: no such participant.
 */
async function lockSheetWithContext(sql: Sql, participantId: string): Promise<LockedSheet | undefined> {
  const select = () =>
    sql<LockedSheetRow>(
      `select s.id, s.state::text as state, s.fields, s.revisions, p."personId", p."groupId", r.id as "roundId", r.state::text as "roundState", r."leaderId", p."catchUpAt", p.absence::text as absence, r."hasScores", r."answerLayout"::text as "answerLayout",
         (extract(epoch from c."startsAt") * 1000)::bigint::text as "startsAtMs",
         array(select q.id::text from "RoundQuestion" q where q."groupId" = p."groupId") as "questionIds",
         ${personRestrictedSql} as restricted
       from "RoundParticipant" p
       join "Round" r on r.id = p."roundId"
       join "Person" person on person.id = p."personId"
       left join "Conversation" c on c."participantId" = p.id
       left join lateral (select id, state, fields, revisions from "PreparationSheet" where "participantId" = p.id for update) s on true
       where p.id = $1::uuid
       for share of person, p`,
      [participantId],
    );
  let [row] = await select();
  if (!row) return undefined;
  if (row.id === null) {
    await sql(
      `insert into "PreparationSheet" (id, "participantId", "updatedAt") ${creatableFrom} where p.id = $1::uuid ${creatableLock}
       on conflict ("participantId") do nothing`,
      [participantId],
    );
    [row] = await select();
    if (row?.id == null) throw new FormError(da.errors.notFound);
  }
  const context: ParticipantContext = {
    id: participantId,
    personId: row.personId,
    groupId: row.groupId,
    round: { id: row.roundId, state: row.roundState, leaderId: row.leaderId },
    conversation: row.startsAtMs === null ? null : { startsAt: new Date(Number(row.startsAtMs)) },
    catchUpAt: row.catchUpAt,
    restricted: row.restricted,
    moved: row.absence === "NEW_LEADER",
  };
  return {
    id: row.id!,
    state: row.state!,
    fields: readFieldMap(row.fields),
    revisions: readRevisionMap(row.revisions),
    context,
    questionIds: row.questionIds,
    layout: { hasScores: row.hasScores, answerLayout: row.answerLayout },
  };
}

/**
 * Stores the changed fields of one's own sheet (autosave). Conflicting fields are returned, not
 * stored. Every keystroke batch of every person preparing comes here, so it is plain SQL on the
 * pool in four round trips (begin, the locked read, the update with its audit row, commit)
 * rather than a Prisma interactive transaction of seven: measured with `npm run bench:autosave`.
 */
export async function saveSheetChanges(database: Database, actor: Actor, participantId: string, changes: FieldChange[]) {
  return withSqlTransaction(database, async (sql) => {
    const sheet = await lockSheetWithContext(sql, participantId);
    if (!sheet) throw new AccessDenied();
    // The owner learns first that the sheet moved (whatever else would stop the edit here).
    if (actor.id === sheet.context.personId) await refuseIfMoved(sql, sheet.context);
    assertEditable(actor, sheet.context, sheet.state, "update");
    const shape = { questionIds: new Set(sheet.questionIds), layout: sheet.layout };
    const { valid, refused } = partitionChanges(changes, (change) => sheetFieldError(change.key, change.value, shape));
    if (valid.length === 0) return { saved: {}, conflicts: [], refused } satisfies SaveOutcome;
    const applied = applyChanges(sheet.fields, sheet.revisions, valid);
    // The audit row in the same statement as the write it records: neither exists without the other.
    await sql(
      `with saved as (update "PreparationSheet" set fields = $2::jsonb, revisions = $3::jsonb, "updatedAt" = now() where id = $1::uuid returning id)
       insert into "AuditEvent" ("actorId", action, "resourceKind", "resourceId", "subjectId", purpose)
       select $4::uuid, 'sheet.update', 'preparationSheet', saved.id::text, $5::uuid, 'preparation' from saved`,
      [sheet.id, JSON.stringify(applied.fields), JSON.stringify(applied.revisions), actor.id, sheet.context.personId],
    );
    return { saved: applied.saved, conflicts: applied.conflicts, refused } satisfies SaveOutcome;
  });
}

/** Shares the sheet with the leader, or takes it back, until the conversation begins. */
export async function setSheetSubmitted(database: Database, actor: Actor, participantId: string, submitted: boolean) {
  return database.$transaction(async (tx) => {
    const context = await participantContext(tx, participantId);
    if (!context) throw new AccessDenied();
    const sheet = await lockDocument(tx, "PreparationSheet", participantId);
    if (actor.id === context.personId) await refuseIfMoved(sqlIn(tx), context);
    assertEditable(actor, context, sheet.state, "submit");
    await tx.preparationSheet.update({
      where: { id: sheet.id },
      data: { state: submitted ? "SUBMITTED" : "DRAFT", submittedAt: submitted ? new Date() : null },
    });
    if (!submitted) await keepPaperBeside(tx, sheet.id, participantId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: submitted ? "sheet.submit" : "sheet.withdraw",
      resourceKind: "preparationSheet",
      resourceId: sheet.id,
      subjectId: context.personId,
      purpose: "preparation",
    });
    return { submitted };
  });
}

/** The leader's own notes about a participant (autosave, same field rules as the sheet). */
export async function saveLeaderNoteChanges(database: Database, actor: Actor, participantId: string, changes: FieldChange[]) {
  return database.$transaction(async (tx) => {
    // The round's row for share first: a handover (which holds it for update) is either waited for,
    // and then this save sees the new leader, or waits for this save to be stored.
    const [round] = await tx.$queryRaw<{ id: string; leaderId: string }[]>`
      select r.id, r."leaderId" from "Round" r join "RoundParticipant" p on p."roundId" = r.id where p.id = ${participantId}::uuid for share of r`;
    if (!round) throw new AccessDenied();
    if (round.leaderId !== actor.id) await refuseFormerLeader(tx, round.id, actor.id);
    const context = await participantContext(tx, participantId);
    if (!context) throw new AccessDenied();
    authorize(actor, "update", {
      kind: "leaderNote",
      authorId: actor.id,
      leaderId: context.round.leaderId,
      aboutId: context.personId,
      shared: false,
      moved: context.moved,
    });
    if (context.round.state === "CLOSED" || context.round.state === "PLANNING") throw new FormError(e.notOpen);
    refuseIfRestricted(context.restricted);
    const { valid, refused } = partitionChanges(changes, (change) => noteFieldError(change.key, change.value));
    if (valid.length === 0) return { saved: {}, conflicts: [], refused } satisfies SaveOutcome;
    const note = await lockDocument(tx, "LeaderNote", participantId, actor.id);
    const applied = applyChanges(note.fields, note.revisions, valid);
    await tx.leaderNote.update({
      where: { id: note.id },
      data: { fields: applied.fields as Prisma.InputJsonValue, revisions: applied.revisions as Prisma.InputJsonValue },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "note.update",
      resourceKind: "leaderNote",
      resourceId: note.id,
      subjectId: context.personId,
      purpose: "preparation",
    });
    return { saved: applied.saved, conflicts: applied.conflicts, refused } satisfies SaveOutcome;
  });
}

/**
 * Taking back a sheet the leader typed in from the paper form: from now on it is the employee's own
 * draft (the leader no longer reads it, and its mark goes), and what the paper said stays beside it,
 * as typed in, for the leader who was handed the paper (lib/domain/sheets/paper.ts).
 */
async function keepPaperBeside(tx: Transaction, sheetId: string, participantId: string) {
  const [registered] = await tx.$queryRaw<{ fields: unknown; revisions: unknown; registeredById: string | null }[]>`
    select fields, revisions, "registeredById" from "PreparationSheet" where id = ${sheetId}::uuid`;
  if (!registered?.registeredById) return;
  await tx.paperSheet.upsert({
    where: { participantId },
    create: {
      participantId,
      fields: registered.fields as Prisma.InputJsonValue,
      revisions: registered.revisions as Prisma.InputJsonValue,
      registeredById: registered.registeredById,
    },
    update: {},
  });
  await tx.preparationSheet.update({ where: { id: sheetId }, data: { registeredById: null } });
}
