import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database, Transaction } from "@/lib/db-client";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";
import { conversationStarted, participantContext, questionIdsOf, type ParticipantContext } from "./context";
import { applyChanges, partitionChanges, type FieldChange, type FieldMap, type RevisionMap, type SaveOutcome } from "./fields";
import { noteFieldError, sheetFieldError } from "./schema";

const e = da.sheets.errors;

type Locked = { id: string; state: "DRAFT" | "SUBMITTED"; fields: FieldMap; revisions: RevisionMap };

/**
 * The participant's sheet or note row, created on first use, locked until the transaction ends.
 * The common case (the row exists) costs one round trip; the first save creates it.
 */
async function lockDocument(tx: Transaction, table: "PreparationSheet" | "LeaderNote", participantId: string): Promise<Locked> {
  const name = Prisma.raw(`"${table}"`);
  const state = Prisma.raw(table === "PreparationSheet" ? "state" : "'DRAFT' as state");
  const select = () => tx.$queryRaw<Locked[]>`
    select id, ${state}, fields, revisions from ${name} where "participantId" = ${participantId}::uuid for update`;
  const [existing] = await select();
  if (existing) return existing;
  await tx.$executeRaw`
    insert into ${name} (id, "participantId", "updatedAt") values (gen_random_uuid(), ${participantId}::uuid, now())
    on conflict ("participantId") do nothing`;
  const [created] = await select();
  return created;
}

/** The checks every change to one's own sheet passes: owner, still a draft, round open, conversation not begun. */
function assertEditable(actor: Actor, context: ParticipantContext, state: "DRAFT" | "SUBMITTED", action: "update" | "submit") {
  if (actor.id !== context.personId) throw new AccessDenied();
  if (action === "update" && state === "SUBMITTED") throw new FormError(e.submitted);
  authorize(actor, action, { kind: "preparationSheet", ownerId: context.personId, leaderId: context.round.leaderId, submitted: state === "SUBMITTED" && action === "update" });
  if (!allowedActions(context.round.state).includes("fillSheet")) throw new FormError(e.notOpen);
  if (conversationStarted(context)) throw new FormError(e.conversationStarted);
}

/** Stores the changed fields of one's own sheet (autosave). Conflicting fields are returned, not stored. */
export async function saveSheetChanges(database: Database, actor: Actor, participantId: string, changes: FieldChange[]) {
  return database.$transaction(async (tx) => {
    const context = await participantContext(tx, participantId);
    if (!context) throw new AccessDenied();
    const sheet = await lockDocument(tx, "PreparationSheet", participantId);
    assertEditable(actor, context, sheet.state, "update");
    // Answer fields name their question; only then is the group's question list needed.
    const questionIds = changes.some((change) => change.key.startsWith("answer.")) ? await questionIdsOf(tx, context.groupId) : new Set<string>();
    const { valid, refused } = partitionChanges(changes, (change) => sheetFieldError(change.key, change.value, questionIds));
    if (valid.length === 0) return { saved: {}, conflicts: [], refused } satisfies SaveOutcome;
    const applied = applyChanges(sheet.fields, sheet.revisions, valid);
    await tx.preparationSheet.updateMany({
      where: { id: sheet.id },
      data: { fields: applied.fields as Prisma.InputJsonValue, revisions: applied.revisions as Prisma.InputJsonValue },
    });
    await recordAudit(tx, { actorId: actor.id, action: "sheet.update", resourceKind: "preparationSheet", resourceId: sheet.id, subjectId: context.personId, purpose: "preparation" });
    return { saved: applied.saved, conflicts: applied.conflicts, refused } satisfies SaveOutcome;
  });
}

/** Shares the sheet with the leader, or takes it back, until the conversation begins. */
export async function setSheetSubmitted(database: Database, actor: Actor, participantId: string, submitted: boolean) {
  return database.$transaction(async (tx) => {
    const context = await participantContext(tx, participantId);
    if (!context) throw new AccessDenied();
    const sheet = await lockDocument(tx, "PreparationSheet", participantId);
    assertEditable(actor, context, sheet.state, "submit");
    await tx.preparationSheet.update({ where: { id: sheet.id }, data: { state: submitted ? "SUBMITTED" : "DRAFT", submittedAt: submitted ? new Date() : null } });
    await recordAudit(tx, { actorId: actor.id, action: submitted ? "sheet.submit" : "sheet.withdraw", resourceKind: "preparationSheet", resourceId: sheet.id, subjectId: context.personId, purpose: "preparation" });
    return { submitted };
  });
}

/** The leader's own notes about a participant (autosave, same field rules as the sheet). */
export async function saveLeaderNoteChanges(database: Database, actor: Actor, participantId: string, changes: FieldChange[]) {
  return database.$transaction(async (tx) => {
    const context = await participantContext(tx, participantId);
    if (!context) throw new AccessDenied();
    authorize(actor, "update", { kind: "leaderNote", leaderId: context.round.leaderId, aboutId: context.personId, shared: false });
    if (context.round.state === "CLOSED" || context.round.state === "PLANNING") throw new FormError(e.notOpen);
    const { valid, refused } = partitionChanges(changes, (change) => noteFieldError(change.key, change.value));
    if (valid.length === 0) return { saved: {}, conflicts: [], refused } satisfies SaveOutcome;
    const note = await lockDocument(tx, "LeaderNote", participantId);
    const applied = applyChanges(note.fields, note.revisions, valid);
    await tx.leaderNote.update({
      where: { id: note.id },
      data: { fields: applied.fields as Prisma.InputJsonValue, revisions: applied.revisions as Prisma.InputJsonValue },
    });
    await recordAudit(tx, { actorId: actor.id, action: "note.update", resourceKind: "leaderNote", resourceId: note.id, subjectId: context.personId, purpose: "preparation" });
    return { saved: applied.saved, conflicts: applied.conflicts, refused } satisfies SaveOutcome;
  });
}
