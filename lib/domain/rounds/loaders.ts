import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { can } from "@/lib/access/policy";
import { requireActor, type SessionActor } from "@/lib/auth/current";
import { refuse } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { committeeCoversFor, coveredUnitIds } from "@/lib/domain/committees/coverage";
import { eligiblePeople, kindsLedBy } from "./eligibility";
import { withDefaults } from "./participant-defaults";
import type { LeftOutReason } from "./participant-rules";
import { loadTemplates } from "@/lib/domain/templates/data";
import { publishFacts } from "./mutations/publish";
import { participantMay } from "./state-machine";

// Page loaders for the rounds. Every page asks requireRound first: signed in, allowed by the
// policy, and the round exists in the person's eyes; otherwise the page does not exist for them.

const roundSummarySelect = {
  id: true,
  kind: true,
  year: true,
  title: true,
  state: true,
  unit: { select: { name: true } },
  leader: { select: { name: true } },
} as const;

export async function loadMyRounds(actor: SessionActor) {
  const [leading, participating, committee, unionRep] = await Promise.all([
    db().round.findMany({ where: { leaderId: actor.id }, select: roundSummarySelect, orderBy: [{ year: "desc" }, { createdAt: "desc" }] }),
    db().round.findMany({
      where: { participants: { some: { personId: actor.id } }, state: { not: "PLANNING" } },
      select: roundSummarySelect,
      orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    }),
    can(actor, "read", { kind: "committeeRounds" })
      ? db().round.findMany({
          where: { leaderId: { not: actor.id }, unitId: { in: await coveredUnitIds(db(), actor.id) } },
          select: roundSummarySelect,
          orderBy: [{ year: "desc" }, { createdAt: "desc" }],
        })
      : Promise.resolve([]),
    // Rounds whose leader named this person their union representative.
    db().round.findMany({
      where: { unionRepId: actor.id, leaderId: { not: actor.id } },
      select: roundSummarySelect,
      orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    }),
  ]);
  return { leading, participating, committee, unionRep, kinds: await kindsLedBy(db(), actor.id) };
}

const loadRoundHead = cache(async (roundId: string) =>
  db().round.findUnique({
    where: { id: roundId },
    select: {
      ...roundSummarySelect,
      leaderId: true,
      unitId: true,
      version: true,
      templateName: true,
      hasScores: true,
      answerLayout: true,
      publishedAt: true,
      focus: true,
      kickoffDate: true,
      conversationsFrom: true,
      conversationsTo: true,
      wrapUpDate: true,
      followUpDate: true,
      municipalityId: true,
      closedAt: true,
      unionRepId: true,
      unionRepMayComment: true,
      unionRep: { select: { name: true } },
    },
  }),
);

export type RoundHead = NonNullable<Awaited<ReturnType<typeof loadRoundHead>>>;

const isParticipant = cache(
  async (roundId: string, personId: string) => (await db().roundParticipant.count({ where: { roundId, personId } })) > 0,
);

/**
 * The round, if this person may do `need` with it. Participants read the material once it is
 * published; before that it is the leader's (and the committee's and the union representative's,
 * who take part in the kick-off).
 */
export async function requireRound(
  roundId: string,
  need: "read" | "update",
): Promise<{
  actor: SessionActor;
  round: RoundHead;
  isLeader: boolean;
  isParticipant: boolean;
  committeeCovers: boolean;
  isUnionRep: boolean;
}> {
  const actor = await requireActor();
  if (!z.uuid().safeParse(roundId).success) notFound();
  const round = await loadRoundHead(roundId);
  if (!round) notFound();
  const participant = round.state !== "PLANNING" && (await isParticipant(round.id, actor.id));
  const covers = actor.id !== round.leaderId && !participant && (await committeeCoversFor(db(), actor, round.unitId));
  const unionRep = actor.id !== round.leaderId && round.unionRepId === actor.id;
  const resource = {
    kind: "roundMaterial",
    leaderId: round.leaderId,
    participantIds: participant ? [actor.id] : [],
    committeeCovers: covers,
    unionRep,
  } as const;
  if (!can(actor, need, resource)) await refuse(actor);
  return { actor, round, isLeader: actor.id === round.leaderId, isParticipant: participant, committeeCovers: covers, isUnionRep: unionRep };
}

export async function loadKickoff(roundId: string) {
  return db().round.findUniqueOrThrow({ where: { id: roundId }, select: { kickoffNotes: true, coreTask: true, developmentGoals: true } });
}

/** Themes, groups and every group's questions: three queries whatever the size. */
export async function loadQuestionSets(roundId: string) {
  const [themes, groups, questions] = await Promise.all([
    db().roundTheme.findMany({ where: { roundId }, orderBy: { position: "asc" }, select: { id: true, title: true, description: true } }),
    db().roundGroup.findMany({
      where: { roundId },
      orderBy: { position: "asc" },
      select: { id: true, name: true, _count: { select: { participants: true } } },
    }),
    db().roundQuestion.findMany({
      where: { group: { roundId } },
      orderBy: { position: "asc" },
      select: { groupId: true, themeId: true, text: true, prioritised: true },
    }),
  ]);
  return {
    themes,
    groups: groups.map((group) => ({
      id: group.id,
      name: group.name,
      participants: group._count.participants,
      // In theme order, then question order: the flat list the editor and the sheet both use.
      questions: themes.flatMap((theme) =>
        questions
          .filter((question) => question.groupId === group.id && question.themeId === theme.id)
          .map(({ themeId, text, prioritised }) => ({ themeId, text, prioritised })),
      ),
    })),
  };
}

/** Distinct questions from the unit's earlier rounds of the same kind, newest first. */
export async function loadEarlierQuestions(round: { id: string; kind: "MUS" | "LUS" }) {
  const current = await db().round.findUniqueOrThrow({ where: { id: round.id }, select: { unitId: true } });
  const rows = await db().$queryRaw<{ text: string }[]>`
    select q.text from "RoundQuestion" q
    join "RoundTheme" t on t.id = q."themeId"
    join "Round" r on r.id = t."roundId"
    where r."unitId" = ${current.unitId}::uuid and r.kind = ${round.kind}::"RoundKind" and r.id <> ${round.id}::uuid
    group by q.text order by max(r."createdAt") desc, q.text limit 200`;
  return rows.map((row) => row.text);
}

/** The round's participants, each with whether their conversation has begun (then it cannot be undone by marking them away). */
export async function loadParticipants(roundId: string, now = new Date()) {
  const participants = await db().roundParticipant.findMany({
    where: { roundId },
    orderBy: { person: { name: "asc" } },
    select: {
      id: true,
      groupId: true,
      offerSeniorConversation: true,
      offerTalentDevelopment: true,
      absence: true,
      absentSince: true,
      catchUpAt: true,
      person: { select: { id: true, name: true, jobTitle: true, email: true, restrictedAt: true, anonymisedAt: true } },
      conversation: { select: { startsAt: true, durationMinutes: true, location: true } },
    },
  });
  return participants.map((participant) => ({
    ...participant,
    conversationBegun: participant.conversation !== null && participant.conversation.startsAt.getTime() <= now.getTime(),
  }));
}

/**
 * Whom the leader may still invite, each with the reason the municipality's participant rules
 * leave them out by default (null: nothing but the leader's own choice keeps them out).
 */
export async function loadInvitable(round: {
  id: string;
  leaderId: string;
  kind: "MUS" | "LUS";
  municipalityId: string;
  year: number;
  conversationsFrom: Date;
}): Promise<{ id: string; name: string; jobTitle: string | null; leftOut: LeftOutReason | null }[]> {
  const [eligible, current] = await Promise.all([
    eligiblePeople(db(), round.leaderId, round.kind, round.year),
    db().roundParticipant.findMany({ where: { roundId: round.id }, select: { personId: true } }),
  ]);
  const taken = new Set(current.map((participant) => participant.personId));
  const open = eligible.filter((person) => !taken.has(person.id));
  return (await withDefaults(db(), round.municipalityId, open, round)).map(({ id, name, jobTitle, participation }) => ({
    id,
    name,
    jobTitle,
    leftOut: participation.reason,
  }));
}

export async function loadPublishChecklist(roundId: string) {
  return publishFacts(db(), roundId);
}

/**
 * The shared material; `forPersonId` narrows the sheet to that participant's group and adds where
 * their own preparation sheet stands (open once the round is published, read-only once their
 * conversation has begun or the phase has no sheets), for the page's link to it.
 */
export async function loadMaterial(roundId: string, forPersonId: string | null, now = new Date()) {
  const [round, sets, mine] = await Promise.all([
    db().round.findUniqueOrThrow({
      where: { id: roundId },
      select: { kickoffNotes: true, coreTask: true, developmentGoals: true, state: true },
    }),
    loadQuestionSets(roundId),
    forPersonId
      ? db().roundParticipant.findUnique({
          where: { roundId_personId: { roundId, personId: forPersonId } },
          select: {
            groupId: true,
            offerSeniorConversation: true,
            offerTalentDevelopment: true,
            catchUpAt: true,
            conversation: { select: { startsAt: true, durationMinutes: true, location: true } },
            sheet: { select: { state: true } },
          },
        })
      : Promise.resolve(null),
  ]);
  const groups = mine ? sets.groups.filter((group) => group.id === mine.groupId) : sets.groups;
  const started = mine?.conversation ? mine.conversation.startsAt.getTime() <= now.getTime() : false;
  const ownSheet =
    mine && round.state !== "PLANNING"
      ? { state: mine.sheet?.state ?? ("NONE" as const), locked: started || !participantMay(round.state, "fillSheet", mine) }
      : null;
  return { ...round, themes: sets.themes, groups, mine, ownSheet };
}

/** What the "new round" form offers this person: the kinds they can lead and the templates. */
export async function loadNewRoundOptions(actor: SessionActor, municipalityId: string) {
  const [kinds, templates] = await Promise.all([kindsLedBy(db(), actor.id), loadTemplates(db(), municipalityId)]);
  return { kinds, templates: templates.map(({ id, name, description }) => ({ id, name, description })) };
}
