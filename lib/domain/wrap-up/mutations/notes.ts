import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FieldError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import type { Database, Transaction } from "@/lib/db-client";
import {
  applyChanges,
  partitionChanges,
  type FieldChange,
  type FieldMap,
  type RevisionMap,
  type SaveOutcome,
} from "@/lib/domain/sheets/fields";
import { readFieldMap, readRevisionMap } from "@/lib/domain/sheets/stored-fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { feedbackMails } from "../mails";
import { noteFieldError, type NoteKind } from "../schema";
import { roundForChange } from "./round";

// The round's documents after the conversations (overview notes, GRUS per group, the wrap-up
// meeting): saved field by field as typed, with the sheet's conflict rule (a field changed
// elsewhere meanwhile comes back as a conflict, never overwritten).

const phaseOf = { overview: "editOverview", grus: "editGrus", wrapUp: "editWrapUp" } as const;

export const noteKey = (kind: NoteKind, groupId?: string) => (kind === "grus" ? `grus:${groupId}` : kind);

type Locked = { id: string; fields: FieldMap; revisions: RevisionMap };
const readMaps = (row: { id: string; fields: unknown; revisions: unknown }): Locked => ({
  id: row.id,
  fields: readFieldMap(row.fields),
  revisions: readRevisionMap(row.revisions),
});

async function lockNote(tx: Transaction, roundId: string, key: string): Promise<Locked> {
  const select = () =>
    tx.$queryRaw<
      { id: string; fields: unknown; revisions: unknown }[]
    >`select id, fields, revisions from "RoundNote" where "roundId" = ${roundId}::uuid and key = ${key} for update`;
  const [existing] = await select();
  if (existing) return readMaps(existing);
  await tx.$executeRaw`
    insert into "RoundNote" (id, "roundId", key, "updatedAt") values (gen_random_uuid(), ${roundId}::uuid, ${key}, now())
    on conflict ("roundId", key) do nothing`;
  const [created] = await select();
  return readMaps(created);
}

export async function saveRoundNote(
  database: Database,
  actor: Actor,
  input: { roundId: string; kind: NoteKind; groupId?: string; changes: FieldChange[] },
) {
  return database.$transaction(async (tx) => {
    const resource = input.kind === "wrapUp" ? "wrapUp" : "roundOverview";
    const round = await roundForChange(tx, actor, input.roundId, resource, "update", phaseOf[input.kind]);
    let members = new Set<string>();
    if (input.kind === "grus") {
      if (!input.groupId) throw new AccessDenied();
      const group = await tx.roundGroup.findFirst({
        where: { id: input.groupId, roundId: round.id },
        select: { participants: { select: { id: true } } },
      });
      if (!group) throw new AccessDenied();
      members = new Set(group.participants.map((participant) => participant.id));
    }
    const { valid, refused } = partitionChanges(input.changes, (change) => noteFieldError(input.kind, change.key, change.value, members));
    if (valid.length === 0) return { saved: {}, conflicts: [], refused } satisfies SaveOutcome;
    const note = await lockNote(tx, round.id, noteKey(input.kind, input.groupId));
    const applied = applyChanges(note.fields, note.revisions, valid);
    await tx.roundNote.update({
      where: { id: note.id },
      data: { fields: applied.fields as Prisma.InputJsonValue, revisions: applied.revisions as Prisma.InputJsonValue },
    });
    await recordAudit(tx, { actorId: actor.id, action: "round.note", resourceKind: "roundNote", resourceId: note.id, purpose: input.kind });
    return { saved: applied.saved, conflicts: applied.conflicts, refused } satisfies SaveOutcome;
  });
}

/** Publishes the feedback as written in the wrap-up now; every participant gets it by e-mail. */
export async function publishFeedback(database: Database, actor: Actor, roundId: string) {
  return database.$transaction(async (tx) => {
    const round = await roundForChange(tx, actor, roundId, "wrapUp", "share", "editWrapUp");
    const note = await tx.roundNote.findUnique({ where: { roundId_key: { roundId: round.id, key: "wrapUp" } }, select: { fields: true } });
    const feedback = String((note ? readFieldMap(note.fields).feedback : null) ?? "").trim();
    if (!feedback) throw new FieldError("feedback", da.wrapUp.meeting.feedbackEmpty);
    await tx.round.update({ where: { id: round.id }, data: { feedbackPublished: feedback, feedbackPublishedAt: new Date() } });
    const participants = await tx.roundParticipant.findMany({
      where: { roundId: round.id },
      select: { person: { select: { name: true, email: true, active: true } } },
    });
    const leader = await tx.person.findUniqueOrThrow({ where: { id: round.leaderId }, select: { name: true } });
    const active = participants.map((participant) => participant.person).filter((person) => person.active);
    await enqueueMails(tx, feedbackMails(round, leader.name, feedback, active));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "round.feedback",
      resourceKind: "round",
      resourceId: round.id,
      purpose: "wrapUp",
      details: { recipients: active.length },
    });
    return { recipients: active.length };
  });
}
