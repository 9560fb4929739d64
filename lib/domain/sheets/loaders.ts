import "server-only";
import { notFound } from "next/navigation";
import { can, type Actor } from "@/lib/access/policy";
import { recordAudits, type AuditEntry } from "@/lib/audit/record";
import type { SessionActor } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { participantMay } from "@/lib/domain/rounds/state-machine";
import { readFieldMap, readRevisionMap } from "./stored-fields";
import type { SheetLayout } from "./layout";
import { dimensionIds } from "./schema";
import { refuse } from "@/lib/auth/page-guard";

// Page loaders for the sheets. Reading someone else's sheet or a note about someone is recorded
// in the audit log, in the same breath as the read.

const sheetSelect = { state: true, fields: true, revisions: true, submittedAt: true } as const;

export async function groupQuestions(groupId: string) {
  const [themes, questions] = await Promise.all([
    db().roundTheme.findMany({
      where: { questions: { some: { groupId } } },
      orderBy: { position: "asc" },
      select: { id: true, title: true, description: true },
    }),
    db().roundQuestion.findMany({
      where: { groupId },
      orderBy: { position: "asc" },
      select: { id: true, themeId: true, text: true, prioritised: true },
    }),
  ]);
  return themes.map((theme) => ({ ...theme, questions: questions.filter((question) => question.themeId === theme.id) }));
}

/**
 * Scores from the person's sheet in their previous round of the same kind, as `reader` may see them.
 * Only from a sheet the person shared (a draft, or a sheet taken back, was never given to anyone),
 * and, for anyone but the person, only when the reader led that earlier round: a new leader does not
 * inherit what was shared with the previous one. A read by someone else is returned as an audit
 * entry, for the caller to record with its other reads.
 */
async function previousScores(
  reader: Actor,
  personId: string,
  round: { id: string; kind: "MUS" | "LUS"; createdAt: Date },
  purpose: string,
) {
  const none = { scores: null, audit: [] as AuditEntry[] };
  // The latest earlier participation, shared or not: "last round" is that round, never one further back.
  const earlier = await db().roundParticipant.findFirst({
    // A participation left behind when the person moved to a new leader's round is this round's, not last round's.
    where: {
      personId,
      round: { kind: round.kind, id: { not: round.id }, createdAt: { lt: round.createdAt } },
      OR: [{ absence: null }, { absence: { not: "NEW_LEADER" } }],
    },
    orderBy: { round: { createdAt: "desc" } },
    select: { round: { select: { leaderId: true } }, sheet: { select: { id: true, state: true, fields: true } } },
  });
  if (!earlier?.sheet) return none;
  const shared = earlier.sheet.state === "SUBMITTED";
  if (!can(reader, "read", { kind: "earlierScores", ownerId: personId, earlierLeaderId: earlier.round.leaderId, shared })) return none;
  const fields = readFieldMap(earlier.sheet.fields);
  const scores = Object.fromEntries(
    dimensionIds.flatMap((id) => (typeof fields[`score.${id}`] === "number" ? [[id, fields[`score.${id}`] as number]] : [])),
  );
  if (Object.keys(scores).length === 0) return none;
  const audit: AuditEntry[] =
    reader.id === personId
      ? []
      : [
          {
            actorId: reader.id,
            action: "sheet.readEarlierScores",
            resourceKind: "preparationSheet",
            resourceId: earlier.sheet.id,
            subjectId: personId,
            purpose,
          },
        ];
  return { scores: scores as Record<string, number>, audit };
}

/** One's own sheet in a published round (or null): questions of one's group, stored answers, revisions. */
export async function findOwnSheet(actor: SessionActor, roundId: string) {
  const participant = await db().roundParticipant.findUnique({
    where: { roundId_personId: { roundId, personId: actor.id } },
    select: {
      id: true,
      groupId: true,
      personId: true,
      catchUpAt: true,
      absence: true,
      person: { select: { name: true, jobTitle: true, restrictedAt: true } },
      round: {
        select: {
          id: true,
          title: true,
          kind: true,
          state: true,
          leaderId: true,
          createdAt: true,
          hasScores: true,
          answerLayout: true,
          leader: { select: { name: true } },
          municipality: { select: { name: true } },
        },
      },
      conversation: { select: { startsAt: true, durationMinutes: true, location: true } },
      sheet: { select: { ...sheetSelect, registeredBy: { select: { name: true } } } },
      paperSheet: { select: { fields: true, registeredBy: { select: { name: true } } } },
    },
  });
  if (!participant || participant.round.state === "PLANNING") return null;
  const layout: SheetLayout = { hasScores: participant.round.hasScores, answerLayout: participant.round.answerLayout };
  // A round without scores shows no comparison with last round's: there is nothing to compare.
  const [themes, previous] = await Promise.all([
    groupQuestions(participant.groupId),
    layout.hasScores ? previousScores(actor, actor.id, participant.round, "preparation") : { scores: null },
  ]);
  const started = participant.conversation !== null && participant.conversation.startsAt.getTime() <= Date.now();
  return {
    participantId: participant.id,
    person: { name: participant.person.name, jobTitle: participant.person.jobTitle },
    round: participant.round,
    // Read-only once the conversation has begun, or when the round's phase has no sheets, or when
    // the participation moved to a new leader's round (its sheet went along; this one is kept as it was).
    locked: started || participant.absence === "NEW_LEADER" || !participantMay(participant.round.state, "fillSheet", participant),
    // The person's processing is restricted (GDPR art. 18): read-only too, with its own notice.
    restricted: participant.person.restrictedAt !== null,
    conversation: participant.conversation,
    state: participant.sheet?.state ?? "DRAFT",
    submittedAt: participant.sheet?.submittedAt ?? null,
    // The leader typed it in from the person's paper form (lib/domain/sheets/paper.ts).
    registeredBy: participant.sheet?.registeredBy?.name ?? null,
    // A paper form the leader typed in beside this sheet: the person reads what it says.
    paper: participant.paperSheet
      ? { fields: readFieldMap(participant.paperSheet.fields), registeredBy: participant.paperSheet.registeredBy.name }
      : null,
    // No sheet row yet reads as the empty sheet it will start as.
    fields: participant.sheet ? readFieldMap(participant.sheet.fields) : {},
    revisions: participant.sheet ? readRevisionMap(participant.sheet.revisions) : {},
    themes,
    layout,
    previous: previous.scores,
  };
}

export async function loadOwnSheet(actor: SessionActor, roundId: string) {
  return (await findOwnSheet(actor, roundId)) ?? notFound();
}

/** The leader's list: each participant's sheet state, conversation and offers. No content. */
export async function loadPreparationOverview(roundId: string) {
  return db().roundParticipant.findMany({
    where: { roundId },
    orderBy: { person: { name: "asc" } },
    select: {
      id: true,
      offerSeniorConversation: true,
      offerTalentDevelopment: true,
      person: { select: { name: true, jobTitle: true } },
      conversation: { select: { startsAt: true } },
      sheet: { select: { state: true, updatedAt: true, registeredById: true } },
      paperSheet: { select: { id: true } },
    },
  });
}

/** The state the leader's list shows: the sheet's, or that a paper form was typed in (lib/domain/sheets/paper.ts). */
export function preparationState(participant: {
  sheet: { state: "DRAFT" | "SUBMITTED"; registeredById: string | null } | null;
  paperSheet: { id: string } | null;
}): "NONE" | "DRAFT" | "SUBMITTED" | "PAPER" | "BOTH" {
  if (participant.paperSheet) return participant.sheet?.state === "SUBMITTED" ? "SUBMITTED" : "BOTH";
  if (participant.sheet?.registeredById) return "PAPER";
  return participant.sheet?.state ?? "NONE";
}

/**
 * One participant's sheet as their leader sees it (only once submitted) and the leader's own notes.
 * Both reads are recorded against the participant.
 */
export async function loadParticipantForLeader(
  actor: SessionActor,
  roundId: string,
  participantId: string,
  purpose: "preparation" | "conversation" = "preparation",
) {
  const participant = await db().roundParticipant.findFirst({
    where: { id: participantId, roundId },
    select: {
      id: true,
      groupId: true,
      personId: true,
      offerSeniorConversation: true,
      offerTalentDevelopment: true,
      absence: true,
      person: { select: { name: true, jobTitle: true, restrictedAt: true } },
      round: { select: { id: true, kind: true, leaderId: true, createdAt: true, state: true, hasScores: true, answerLayout: true } },
      conversation: { select: { startsAt: true, durationMinutes: true, location: true } },
      sheet: { select: { id: true, ...sheetSelect, registeredBy: { select: { name: true } } } },
      // A paper form kept beside the employee's own sheet (lib/domain/sheets/paper.ts): the leader typed it in.
      paperSheet: { select: { id: true, fields: true, registeredBy: { select: { name: true } } } },
      // Only the actor's own: a round handed over keeps the old leader's notes with their author.
      leaderNotes: { where: { authorId: actor.id }, select: { id: true, fields: true, revisions: true } },
    },
  });
  if (!participant) notFound();
  const submitted = participant.sheet?.state === "SUBMITTED";
  // Moved to a new leader's round: the old leader sees the sheet no more, and their notes read-only.
  const moved = participant.absence === "NEW_LEADER";
  const sheetResource = {
    kind: "preparationSheet",
    ownerId: participant.personId,
    leaderId: participant.round.leaderId,
    submitted,
    moved,
  } as const;
  const leaderNote = participant.leaderNotes[0] ?? null;
  const noteResource = {
    kind: "leaderNote",
    authorId: actor.id,
    leaderId: participant.round.leaderId,
    aboutId: participant.personId,
    shared: false,
    moved,
  } as const;
  if (!can(actor, "read", noteResource)) await refuse(actor);
  // The policy decides (a leader reads a sheet once it is shared): no second check here.
  const showSheet = can(actor, "read", sheetResource);
  const showPaper =
    participant.paperSheet !== null && can(actor, "read", { kind: "paperRegistration", leaderId: participant.round.leaderId });
  const layout: SheetLayout = { hasScores: participant.round.hasScores, answerLayout: participant.round.answerLayout };
  // Last round's scores go with the shared sheet only: read (and audited) only when it is shown.
  const [themes, previous] = showSheet
    ? await Promise.all([
        groupQuestions(participant.groupId),
        layout.hasScores ? previousScores(actor, participant.personId, participant.round, purpose) : null,
      ])
    : showPaper
      ? [await groupQuestions(participant.groupId), null]
      : [[], null];
  await recordAudits(db(), [
    ...(previous?.audit ?? []),
    ...(showSheet
      ? [
          {
            actorId: actor.id,
            action: "sheet.read" as const,
            resourceKind: "preparationSheet",
            resourceId: participant.sheet!.id,
            subjectId: participant.personId,
            purpose,
          },
        ]
      : []),
    ...(showPaper
      ? [
          {
            actorId: actor.id,
            action: "sheet.read" as const,
            resourceKind: "paperSheet",
            resourceId: participant.paperSheet!.id,
            subjectId: participant.personId,
            purpose,
          },
        ]
      : []),
    {
      actorId: actor.id,
      action: "note.read",
      resourceKind: "leaderNote",
      resourceId: leaderNote?.id ?? participant.id,
      subjectId: participant.personId,
      purpose,
    },
  ]);
  return {
    participant,
    sheet: showSheet
      ? {
          fields: readFieldMap(participant.sheet!.fields),
          submittedAt: participant.sheet!.submittedAt,
          // Typed in by the leader from the employee's paper form: shown as such.
          registeredBy: participant.sheet!.registeredBy?.name ?? null,
          themes,
          layout,
          previous: previous?.scores ?? null,
        }
      : null,
    paper: showPaper
      ? { fields: readFieldMap(participant.paperSheet!.fields), registeredBy: participant.paperSheet!.registeredBy.name, themes, layout }
      : null,
    sheetState: participant.sheet?.state ?? "DRAFT",
    // The participant's processing is restricted (GDPR art. 18): nothing about them can be changed.
    restricted: participant.person.restrictedAt !== null,
    moved,
    note: leaderNote
      ? { fields: readFieldMap(leaderNote.fields), revisions: readRevisionMap(leaderNote.revisions) }
      : { fields: {}, revisions: {} },
  };
}
