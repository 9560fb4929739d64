import "server-only";
import { can, type Actor } from "@/lib/access/policy";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { da } from "@/lib/i18n/da";
import { upwardResults, type UpwardResults } from "./results";
import { startToken } from "./started";
import { teamSize, teamSizes, teamWhere } from "./team";
import { surveyThreshold, windowPhase } from "./window";

// Reads of upward input. Access is decided here, through the one policy; the pages rely on it.

/** The questions as the employees see them: the municipality's wording, or the shipped one. */
export function questionsOf(survey: { question1: string; question2: string }): [string, string] {
  return [survey.question1 || da.upward.defaultQuestion1, survey.question2 || da.upward.defaultQuestion2];
}

export type Questionnaire =
  | { state: "self" | "restricted" }
  | { state: "teamTooSmall"; threshold: number }
  | { state: "notOpen" | "answered"; leader: string }
  | { state: "closed"; leader: string; closesOn: Date }
  | {
      state: "open";
      leader: string;
      closesOn: Date;
      questions: [string, string];
      showFreeText: boolean;
      threshold: number;
      startToken: string;
    };

/** The questionnaire about one participating leader, for one of their own employees; null: not theirs to see. */
export async function loadQuestionnaire(
  database: Database,
  actor: Actor,
  participantId: string,
  now = new Date(),
): Promise<Questionnaire | null> {
  const participant = await database.roundParticipant.findUnique({
    where: { id: participantId },
    select: {
      personId: true,
      absence: true,
      person: { select: { name: true } },
      round: { select: { kind: true, upwardSurvey: true } },
    },
  });
  const survey = participant?.round.upwardSurvey;
  if (!participant || !survey || participant.round.kind !== "LUS" || participant.absence) return null;
  // Said plainly, rather than "not found": the organisation lists this leader in their own team.
  if (participant.personId === actor.id) return { state: "self" };
  const me = await database.person.findUniqueOrThrow({ where: { id: actor.id }, select: { managerId: true, restrictedAt: true } });
  if (!can(actor, "read", { kind: "upwardQuestionnaire", leaderId: participant.personId, respondentManagerId: me.managerId })) return null;
  if (me.restrictedAt) return { state: "restricted" };
  const leader = participant.person.name;
  const threshold = surveyThreshold(survey, env().OVERVIEW_MIN_PEOPLE);
  if ((await teamSize(database, participant.personId)) < threshold) return { state: "teamTooSmall", threshold };
  const answered = await database.upwardRespondent.count({ where: { participantId, personId: actor.id } });
  if (answered > 0) return { state: "answered", leader };
  const phase = windowPhase(survey, now);
  if (phase === "notOpen") return { state: "notOpen", leader };
  // In the grace period the form is shown only to say it closed: a start now is not in time.
  if (phase !== "open") return { state: "closed", leader, closesOn: survey.closesOn };
  return {
    state: "open",
    leader,
    closesOn: survey.closesOn,
    questions: questionsOf(survey),
    showFreeText: survey.showFreeText,
    threshold,
    startToken: startToken(actor.id, participantId, now),
  };
}

/**
 * What the participating leader, and the round's leader, may read of the answers about the leader:
 * null when the round has no upward input. Refused to anyone else (AccessDenied).
 */
export async function loadUpwardResults(
  database: Database,
  actor: Actor,
  participantId: string,
  now = new Date(),
): Promise<UpwardResults | null> {
  const participant = await database.roundParticipant.findUnique({
    where: { id: participantId },
    select: { personId: true, round: { select: { leaderId: true, upwardSurvey: true } } },
  });
  if (!participant) throw new AccessDenied();
  const survey = participant.round.upwardSurvey;
  // The leader who opened the questionnaire reads it, not one the round was handed to later.
  authorize(actor, "read", {
    kind: "upwardResults",
    participantId: participant.personId,
    leaderId: survey?.readerId ?? participant.round.leaderId,
  });
  if (!survey) return null;
  const phase = windowPhase(survey, now);
  const [size, answers] = await Promise.all([
    teamSize(database, participant.personId),
    // Read only once the window has closed: until then nothing of them is shown.
    phase === "closed"
      ? database.upwardAnswer.findMany({
          where: { participantId },
          select: { mestring: true, mening: true, samhoerighed: true, autonomi: true, answer1: true, answer2: true },
        })
      : [],
  ]);
  return upwardResults({
    phase,
    closesOn: survey.closesOn,
    teamSize: size,
    answers,
    threshold: surveyThreshold(survey, env().OVERVIEW_MIN_PEOPLE),
    showFreeText: survey.showFreeText,
    questions: questionsOf(survey),
  });
}

/** The round's setting and, once there are participants, how many teams are large enough to ask. */
export async function loadUpwardPlanning(database: Database, roundId: string) {
  const [survey, participants] = await Promise.all([
    database.upwardSurvey.findUnique({ where: { roundId }, select: { closesOn: true, openedAt: true } }),
    database.roundParticipant.findMany({ where: { roundId, absence: null }, select: { personId: true } }),
  ]);
  const threshold = env().OVERVIEW_MIN_PEOPLE;
  const sizes = await teamSizes(
    database,
    participants.map((participant) => participant.personId),
  );
  const large = [...sizes.values()].filter((size) => size >= threshold).length;
  return { survey, threshold, teams: { shown: large, tooSmall: sizes.size - large } };
}

/** The questionnaires open for this person (about their own leader) that they have not answered: the home page's next step. */
export async function loadOpenQuestionnaires(database: Database, personId: string, now = new Date()) {
  const me = await database.person.findUnique({ where: { id: personId }, select: { managerId: true, restrictedAt: true } });
  if (!me?.managerId || me.managerId === personId || me.restrictedAt) return [];
  const rows = await database.roundParticipant.findMany({
    where: {
      personId: me.managerId,
      absence: null,
      round: { kind: "LUS", upwardSurvey: { openedAt: { not: null } } },
      upwardRespondents: { none: { personId } },
    },
    select: {
      id: true,
      person: { select: { name: true } },
      round: { select: { upwardSurvey: { select: { openedAt: true, closesOn: true } } } },
    },
  });
  const threshold = env().OVERVIEW_MIN_PEOPLE;
  if (rows.length === 0 || (await database.person.count({ where: teamWhere(me.managerId) })) < threshold) return [];
  return rows
    .filter((row) => row.round.upwardSurvey && windowPhase(row.round.upwardSurvey, now) === "open")
    .map((row) => ({ participantId: row.id, leader: row.person.name, closesOn: row.round.upwardSurvey!.closesOn }));
}
