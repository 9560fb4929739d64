import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import { sqlIn, type Database, type Transaction } from "@/lib/db-client";
import { assertProcessable } from "@/lib/domain/restriction/processing";
import { dateOnly, isoDay } from "@/lib/domain/rounds/dates";
import { changeRound, type RoundChange } from "@/lib/domain/rounds/mutations/planned-round";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { upwardMail } from "./mails";
import type { UpwardAnswerValues, UpwardSettingsValues } from "./schema";
import { readStartToken } from "./started";
import { teamSize, teamSizes, teamsToMail } from "./team";
import { closesAt, danishToday, latestLastDay, resultsFrom, surveyThreshold, windowPhase } from "./window";

const e = da.upward.errors;

/**
 * Turns upward input on (with its last day) or off for a LUS round while it is being planned,
 * through changeRound (row lock, the round's leader only, version check). The last day must be
 * today or later and before the conversations begin, so the results are there for them.
 */
export async function saveUpwardSettings(database: Database, change: RoundChange, values: UpwardSettingsValues, now = new Date()) {
  return changeRound(database, change, "editDetails", async (tx, round) => {
    if (round.kind !== "LUS") throw new FormError(da.upward.planning.onlyLus);
    if (round.state !== "PLANNING") throw new FormError(da.rounds.state.notNow(da.rounds.state.names[round.state]));
    if (values.enabled) {
      const { conversationsFrom } = await tx.round.findUniqueOrThrow({ where: { id: round.id }, select: { conversationsFrom: true } });
      if (values.closesOn < danishToday(now)) throw new FieldError("closesOn", da.upward.planning.errors.closesOnPast);
      if (values.closesOn > latestLastDay(isoDay(conversationsFrom)))
        throw new FieldError("closesOn", da.upward.planning.errors.closesOnLate(formatDate(conversationsFrom)));
      const closesOn = dateOnly(values.closesOn);
      await tx.upwardSurvey.upsert({ where: { roundId: round.id }, create: { roundId: round.id, closesOn }, update: { closesOn } });
    } else {
      await tx.upwardSurvey.deleteMany({ where: { roundId: round.id } });
    }
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "round.upwardInput",
      resourceKind: "round",
      resourceId: round.id,
      purpose: "planning",
      details: { enabled: values.enabled, closesOn: values.enabled ? values.closesOn : null },
    });
    return { enabled: values.enabled, closesOn: values.enabled ? values.closesOn : null };
  });
}

/**
 * Called when the round is published, in its transaction: the questionnaire opens, with the
 * municipality's questions as they stand now, and each participating leader's team is invited, unless
 * the team is smaller than the threshold (it could never be shown: nobody is asked in vain). Returns
 * how many were invited; refuses (and so stops the publication) a last day no longer possible.
 */
export async function openUpwardSurvey(tx: Transaction, roundId: string, now: Date): Promise<number> {
  const survey = await tx.upwardSurvey.findUnique({
    where: { roundId },
    select: {
      id: true,
      closesOn: true,
      round: {
        select: {
          conversationsFrom: true,
          leaderId: true,
          municipality: { select: { upwardQuestion1: true, upwardQuestion2: true, upwardShowFreeText: true } },
        },
      },
    },
  });
  if (!survey) return 0;
  // The timeline may have moved since the last day was set: the results must still come before the
  // conversations, and a last day already past would ask nobody. The publication waits for a fix.
  const last = isoDay(survey.closesOn);
  if (last < danishToday(now) || last > latestLastDay(isoDay(survey.round.conversationsFrom)))
    throw new FormError(da.upward.planning.errors.fixBeforePublish(formatDate(survey.closesOn)));
  const settings = survey.round.municipality;
  await tx.upwardSurvey.update({
    where: { id: survey.id },
    data: {
      openedAt: now,
      threshold: env().OVERVIEW_MIN_PEOPLE,
      readerId: survey.round.leaderId,
      question1: settings.upwardQuestion1,
      question2: settings.upwardQuestion2,
      showFreeText: settings.upwardShowFreeText,
    },
  });
  return mailTeams(tx, roundId, "invitation", survey.closesOn);
}

/**
 * A leader added to (or brought back into) a round whose questionnaire is open: their team is
 * invited as the others' were at publication. In the change's transaction; nothing once it closed.
 */
export async function inviteLateUpwardTeam(tx: Transaction, participantId: string, now = new Date()): Promise<number> {
  const participant = await tx.roundParticipant.findUniqueOrThrow({
    where: { id: participantId },
    select: { roundId: true, round: { select: { upwardSurvey: { select: { openedAt: true, closesOn: true } } } } },
  });
  const survey = participant.round.upwardSurvey;
  if (!survey || windowPhase(survey, now) !== "open") return 0;
  return mailTeams(tx, participant.roundId, "invitation", survey.closesOn, participantId);
}

// Every team of the round in a few queries and one insert of mails, however many leaders take part
// (a query per team made publishing a round of 40 leaders twelve times slower than without).
async function mailTeams(
  tx: Transaction,
  roundId: string,
  kind: "invitation" | "reminder",
  closesOn: Date,
  only?: string,
): Promise<number> {
  const participants = await tx.roundParticipant.findMany({
    where: { roundId, absence: null, ...(only ? { id: only } : {}) },
    select: { id: true, person: { select: { id: true, name: true } } },
  });
  const sizes = await teamSizes(
    tx,
    participants.map((participant) => participant.person.id),
  );
  const asked = participants.filter((participant) => (sizes.get(participant.person.id) ?? 0) >= env().OVERVIEW_MIN_PEOPLE);
  const members = await teamsToMail(
    tx,
    asked.map((participant) => ({ participantId: participant.id, leaderId: participant.person.id })),
  );
  const mails = asked.flatMap((participant) => {
    const facts = { participantId: participant.id, leader: participant.person.name, closesOn };
    return (members.get(participant.id) ?? []).map((member) => upwardMail(kind, facts, member));
  });
  await enqueueMails(tx, mails);
  return mails.length;
}

/**
 * One answer, stored without the person: in one transaction the "has answered" row (person and
 * questionnaire, unique: a second answer, from another tab or at the same moment, finds it and is
 * refused, and nothing of it is kept) and the answer (the participant it is about, the scores and
 * texts; no person, no time). No audit entry either: its time beside the person would be the
 * timeline this design leaves out. The answer is kept after the window closed when the person
 * began it in time (started.ts, within the grace period of window.ts).
 */
export async function submitUpwardAnswer(
  database: Database,
  actor: Actor,
  input: { participantId: string; startToken: string; values: UpwardAnswerValues },
  now = new Date(),
): Promise<{ saved: true }> {
  return database.$transaction(async (tx) => {
    const participant = await tx.roundParticipant.findUnique({
      where: { id: input.participantId },
      select: {
        personId: true,
        absence: true,
        round: {
          select: { kind: true, upwardSurvey: { select: { openedAt: true, closesOn: true, threshold: true, showFreeText: true } } },
        },
      },
    });
    const survey = participant?.round.upwardSurvey;
    if (!participant || !survey || participant.round.kind !== "LUS" || participant.absence) throw new AccessDenied();
    if (participant.personId === actor.id) throw new FormError(e.self);
    const me = await tx.person.findUniqueOrThrow({ where: { id: actor.id }, select: { managerId: true } });
    authorize(actor, "submit", { kind: "upwardQuestionnaire", leaderId: participant.personId, respondentManagerId: me.managerId });
    // "Who has answered" is data about the person: none is added while their processing is restricted.
    await assertProcessable(sqlIn(tx), actor.id, e.restricted);
    const threshold = surveyThreshold(survey, env().OVERVIEW_MIN_PEOPLE);
    if ((await teamSize(tx, participant.personId)) < threshold) throw new FormError(e.teamTooSmall(threshold));
    const phase = windowPhase(survey, now);
    if (phase === "notOpen") throw new FormError(e.notOpen);
    if (phase !== "open") {
      const started = readStartToken(input.startToken, actor.id, input.participantId);
      if (phase === "closed" || !started || started >= closesAt(survey.closesOn))
        throw new FormError(e.closed(formatDate(survey.closesOn)));
    }
    const claimed = await tx.$executeRaw`
      insert into "UpwardRespondent" ("participantId", "personId") values (${input.participantId}::uuid, ${actor.id}::uuid)
      on conflict do nothing`;
    if (claimed === 0) throw new FormError(e.twice);
    // Where the municipality shows no free text, none is asked for, and none is kept if sent.
    const values = survey.showFreeText ? input.values : { ...input.values, answer1: "", answer2: "" };
    await tx.upwardAnswer.create({ data: { participantId: input.participantId, ...values } });
    return { saved: true as const };
  });
}

/**
 * The one reminder, `daysBefore` days before the last day, to those in each team who have not
 * answered. Claimed by setting reminderSentAt where it is still empty, in the same transaction
 * that queues the mails: whichever server instance gets there first sends it, once.
 */
export async function sendUpwardReminders(database: Database, now: Date, daysBefore: number): Promise<number> {
  const horizon = new Date(now.getTime() + daysBefore * 24 * 60 * 60 * 1000);
  const candidates = await database.upwardSurvey.findMany({
    where: { openedAt: { not: null }, reminderSentAt: null, round: { state: { in: ["PREPARATION", "CONVERSATIONS"] } } },
    select: { id: true, closesOn: true },
  });
  const due = candidates.filter((survey) => {
    const end = closesAt(survey.closesOn);
    return now < end && end <= horizon;
  });
  let mailed = 0;
  for (const survey of due) {
    mailed += await database.$transaction(async (tx) => {
      const claim = await tx.upwardSurvey.updateMany({ where: { id: survey.id, reminderSentAt: null }, data: { reminderSentAt: now } });
      if (claim.count === 0) return 0;
      const { roundId } = await tx.upwardSurvey.findUniqueOrThrow({ where: { id: survey.id }, select: { roundId: true } });
      return mailTeams(tx, roundId, "reminder", survey.closesOn);
    });
  }
  return mailed;
}

/**
 * Once a questionnaire's window has closed for good (results time, window.ts), the link between who
 * answered and what is taken out of the database. Until then the two rows were written by one
 * transaction, and Postgres stamps both with its id (xmin), so anyone reading the tables could pair
 * them. Now every answer is written anew, in random order and by one transaction (one xmin for
 * all, no order left to read), the old rows are deleted, and so is "who answered", which is only
 * needed while answers can arrive (no double answer, no reminder). Backups taken during the window
 * still hold the pairs until they expire; the README says so.
 */
export async function sealClosedSurveys(database: Database, now: Date): Promise<number> {
  const open = await database.upwardSurvey.findMany({
    where: { openedAt: { not: null }, sealedAt: null },
    select: { id: true, closesOn: true },
  });
  let sealed = 0;
  for (const survey of open.filter((candidate) => now >= resultsFrom(candidate.closesOn))) {
    sealed += await database.$transaction(async (tx) => {
      const claim = await tx.upwardSurvey.updateMany({ where: { id: survey.id, sealedAt: null }, data: { sealedAt: now } });
      if (claim.count === 0) return 0;
      const { roundId } = await tx.upwardSurvey.findUniqueOrThrow({ where: { id: survey.id }, select: { roundId: true } });
      await tx.$executeRaw`
        with old as (
          delete from "UpwardAnswer" a using "RoundParticipant" p where a."participantId" = p.id and p."roundId" = ${roundId}::uuid
          returning a."participantId", a.mestring, a.mening, a.samhoerighed, a.autonomi, a.answer1, a.answer2
        )
        insert into "UpwardAnswer" (id, "participantId", mestring, mening, samhoerighed, autonomi, answer1, answer2)
        select gen_random_uuid(), "participantId", mestring, mening, samhoerighed, autonomi, answer1, answer2 from old order by random()`;
      await tx.$executeRaw`
        delete from "UpwardRespondent" r using "RoundParticipant" p where r."participantId" = p.id and p."roundId" = ${roundId}::uuid`;
      return 1;
    });
  }
  return sealed;
}
