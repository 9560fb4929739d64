import "server-only";
import type { Actor } from "@/lib/access/policy";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { committeeCoversFor } from "@/lib/domain/committees/coverage";
import type { Download } from "@/lib/http/download";
import { da } from "@/lib/i18n/da";
import { processablePerson } from "@/lib/domain/restriction/processing";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { renderBlankPlanPdf } from "@/lib/pdf/blank-plan";
import { renderInvitationLettersPdf } from "@/lib/pdf/invitation-letters";
import { renderBlankSheetPdf } from "@/lib/pdf/blank-sheet";
import { renderTableQuestionsPdf } from "@/lib/pdf/table-questions";
import { answerParts } from "@/lib/domain/sheets/layout";
import { inKind, skema2, skema3, vitalisationDimensions } from "./question-banks";

// The paper route: blank forms to print for those who prepare and talk without a PC (kitchen,
// cleaning, care and day-care staff often have neither e-mail nor a PC). They hold nothing about
// any one person, only the round's shared material, so they are read as the round's material is
// (the policy's "roundMaterial"): the leader at any time, the cooperation committee, and the
// participants once the round is published, a participant only their own group's sheet. Like the
// conversation guide and the sheet's PDF, they are small and render on the request's thread.

/** The round as the forms need it, once the policy lets `actor` read its material. */
async function readableRound(database: Database, actor: Actor, roundId: string) {
  const round = await database.round.findUnique({
    where: { id: roundId },
    select: {
      title: true,
      kind: true,
      hasScores: true,
      answerLayout: true,
      leaderId: true,
      unionRepId: true,
      unitId: true,
      state: true,
      coreTask: true,
      developmentGoals: true,
      municipality: { select: { name: true } },
      unit: { select: { name: true } },
      leader: { select: { name: true } },
      participants: { select: { personId: true, groupId: true } },
      groups: { orderBy: { position: "asc" }, select: { id: true, name: true } },
    },
  });
  if (!round) throw new AccessDenied();
  const participantIds = round.state === "PLANNING" ? [] : round.participants.map((participant) => participant.personId);
  const committeeCovers = !participantIds.includes(actor.id) && (await committeeCoversFor(database, actor, round.unitId));
  const unionRep = round.unionRepId === actor.id;
  authorize(actor, "read", { kind: "roundMaterial", leaderId: round.leaderId, participantIds, committeeCovers, unionRep });
  return round;
}

/**
 * A group's preparation sheet (Skema 1), blank: the group's themes and questions exactly as the
 * round has them, in the sheet's order. A participant gets their own group's; the leader and the
 * committee `group`'s, or the first group's when none is named. A group not of this round is not found.
 */
export async function blankSheetPdf(database: Database, actor: Actor, roundId: string, group: string | undefined): Promise<Download> {
  const round = await readableRound(database, actor, roundId);
  const ownGroup = round.participants.find((participant) => participant.personId === actor.id)?.groupId;
  const wanted = actor.id !== round.leaderId && ownGroup ? ownGroup : (group ?? round.groups[0]?.id);
  const shown = round.groups.find((candidate) => candidate.id === wanted);
  if (!shown) throw new AccessDenied();
  // The same themes and order as the sheet on screen (sheets/loaders.ts, groupQuestions).
  const themes = await database.roundTheme.findMany({
    where: { roundId, questions: { some: { groupId: shown.id } } },
    orderBy: { position: "asc" },
    select: {
      title: true,
      description: true,
      questions: { where: { groupId: shown.id }, orderBy: { position: "asc" }, select: { text: true, prioritised: true } },
    },
  });
  const body = await renderBlankSheetPdf({
    municipality: round.municipality.name,
    roundTitle: round.title,
    group: shown.name,
    coreTask: round.coreTask,
    developmentGoals: round.developmentGoals,
    // The round's sheet, as on screen (sheets/layout.ts): the four dimensions to score only where the
    // round has scores, and each question's boxes in the round's answer layout.
    dimensions: round.hasScores ? vitalisationDimensions.map(({ name, definition }) => ({ name, definition })) : [],
    answerParts: answerParts(round),
    themes,
  });
  return { fileName: da.paper.sheet.fileName(shown.name, round.title), contentType: "application/pdf", body };
}

/** Skema 2 and 3, the Tønder culture questions, from the question banks the leader picks from. */
export async function tableQuestionsPdf(database: Database, actor: Actor, roundId: string): Promise<Download> {
  const round = await readableRound(database, actor, roundId);
  const body = await renderTableQuestionsPdf({
    municipality: round.municipality.name,
    roundTitle: round.title,
    forms: [skema2, skema3].map((bank) => ({
      title: bank.title,
      lead: bank.lead ?? "",
      questions: bank.questions.map((question) => inKind(question.text, round.kind)),
    })),
  });
  return { fileName: da.paper.tables.fileName(round.title), contentType: "application/pdf", body };
}

/** The competence development plan, blank, with room for two practice actions and both signatures. */
export async function blankPlanPdf(database: Database, actor: Actor, roundId: string): Promise<Download> {
  const round = await readableRound(database, actor, roundId);
  const body = await renderBlankPlanPdf({
    municipality: round.municipality.name,
    unit: round.unit.name,
    round: { title: round.title, kind: round.kind },
    leaderName: round.leader.name,
    dimensions: round.hasScores ? vitalisationDimensions.map((dimension) => dimension.name) : [],
    actions: 2,
  });
  return { fileName: da.paper.plan.fileName(round.title), contentType: "application/pdf", body };
}

/**
 * Invitations on paper (lib/pdf/invitation-letters.tsx): a letter to each participant without an
 * e-mail address (or to the one named), with their booked time and place. For the round's leader,
 * who hands them out; people marked "not this round" get none.
 */
export async function invitationLettersPdf(
  database: Database,
  actor: Actor,
  roundId: string,
  participantId: string | undefined,
): Promise<Download> {
  const round = await database.round.findUnique({
    where: { id: roundId },
    select: {
      title: true,
      kind: true,
      leaderId: true,
      conversationsFrom: true,
      conversationsTo: true,
      municipality: { select: { name: true } },
      unit: { select: { name: true } },
      leader: { select: { name: true } },
      state: true,
      participants: {
        // Nobody marked "not this round", restricted (GDPR art. 18) or erased gets a letter; one named
        // by the leader may have an address and still want it on paper.
        where: participantId
          ? { id: participantId, absence: null, person: processablePerson }
          : { absence: null, person: { ...processablePerson, email: null } },
        orderBy: { person: { name: "asc" } },
        select: {
          person: { select: { name: true } },
          conversation: { select: { startsAt: true, durationMinutes: true, location: true } },
        },
      },
    },
  });
  if (!round) throw new AccessDenied();
  authorize(actor, "update", { kind: "roundMaterial", leaderId: round.leaderId, participantIds: [] });
  // Invitations are for a published round that is still running (a catch-up conversation included).
  if (round.state === "PLANNING" || round.state === "CLOSED" || round.participants.length === 0) throw new AccessDenied();
  const body = await renderInvitationLettersPdf({
    municipality: round.municipality.name,
    unit: round.unit.name,
    round: { title: round.title, kind: round.kind },
    leaderName: round.leader.name,
    period: { from: formatDate(round.conversationsFrom), to: formatDate(round.conversationsTo) },
    printedOn: formatDate(new Date()),
    letters: round.participants.map(({ person, conversation }) => ({
      name: person.name,
      when: conversation ? formatDateTime(conversation.startsAt) : null,
      minutes: conversation?.durationMinutes ?? null,
      location: conversation?.location ?? null,
    })),
  });
  return { fileName: da.paper.letters.fileName(round.title), contentType: "application/pdf", body };
}
