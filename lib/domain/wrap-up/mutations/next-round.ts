import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { eligiblePeople } from "@/lib/domain/rounds/eligibility";
import { withDefaults } from "@/lib/domain/rounds/participant-defaults";
import { da } from "@/lib/i18n/da";

// Next year's round, started from a closed one: the same unit, kind, themes, groups and questions,
// core task and development goals (the leader revisits them at the kick-off), the dates a year on,
// the people the leader may invite today whom the participant rules take in (in their old group when they had one), and the joint
// actions that were carried over, open again and marked with where they came from. Individual
// plans carry their unfinished actions by themselves (lib/domain/plans/carry-over/data.ts).

/** The same calendar day a year on (29 February becomes 28 February). */
function nextYear(date: Date): Date {
  const next = new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
  return next.getUTCMonth() === date.getUTCMonth() ? next : new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth() + 1, 0));
}

export async function startNextRound(database: Database, actor: Actor, roundId: string): Promise<{ id: string; title: string }> {
  return database.$transaction(async (tx) => {
    // One query at a time: sibling relations in one `include` run in parallel on the transaction's
    // single connection, which node-postgres only tolerates (and will refuse from pg 9).
    const old = await tx.round.findUnique({ where: { id: roundId } });
    if (!old) throw new AccessDenied();
    // Only the round's own leader may create from it (the policy's "create" is the leader's).
    authorize(actor, "create", { kind: "roundMaterial", leaderId: old.leaderId, participantIds: [] });
    if (old.state !== "CLOSED") throw new FormError(da.wrapUp.errors.notClosed);
    const themes = await tx.roundTheme.findMany({
      where: { roundId },
      orderBy: { position: "asc" },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    const groups = await tx.roundGroup.findMany({ where: { roundId }, orderBy: { position: "asc" } });
    const participants = await tx.roundParticipant.findMany({ where: { roundId }, select: { personId: true, groupId: true } });
    const carried = await tx.jointAction.findMany({ where: { roundId, status: "CARRIED_OVER" }, orderBy: { position: "asc" } });
    const year = old.year + 1;
    // One open round of a kind per leader and year, under the same lock as creating one (create.ts).
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`round:${old.leaderId}:${old.kind}:${year}`}, 0))`;
    if ((await tx.round.count({ where: { leaderId: old.leaderId, kind: old.kind, year, state: { not: "CLOSED" } } })) > 0)
      throw new FormError(da.wrapUp.errors.nextExists);

    const title = old.title.includes(String(old.year)) ? old.title.replaceAll(String(old.year), String(year)) : `${old.title} ${year}`;
    const round = await tx.round.create({
      data: {
        municipalityId: old.municipalityId,
        unitId: old.unitId,
        leaderId: old.leaderId,
        kind: old.kind,
        year,
        title,
        focus: old.focus,
        templateName: old.templateName,
        // The same sheet as the round it follows: the scores compare year on year.
        hasScores: old.hasScores,
        answerLayout: old.answerLayout,
        coreTask: old.coreTask,
        developmentGoals: old.developmentGoals,
        kickoffDate: nextYear(old.kickoffDate),
        conversationsFrom: nextYear(old.conversationsFrom),
        conversationsTo: nextYear(old.conversationsTo),
        wrapUpDate: nextYear(old.wrapUpDate),
        followUpDate: nextYear(old.followUpDate),
        previousRoundId: old.id,
      },
      select: { id: true, wrapUpDate: true },
    });
    const groupIds = new Map<string, string>();
    for (const group of groups) {
      const created = await tx.roundGroup.create({
        data: { roundId: round.id, position: group.position, name: group.name },
        select: { id: true },
      });
      groupIds.set(group.id, created.id);
    }
    for (const theme of themes) {
      await tx.roundTheme.create({
        data: {
          roundId: round.id,
          position: theme.position,
          title: theme.title,
          description: theme.description,
          questions: {
            create: theme.questions.map((question) => ({
              groupId: groupIds.get(question.groupId)!,
              position: question.position,
              text: question.text,
              prioritised: question.prioritised,
            })),
          },
        },
      });
    }
    const before = new Map(participants.map((participant) => [participant.personId, groupIds.get(participant.groupId)!]));
    const firstGroup = groupIds.get(groups[0].id)!;
    // The municipality's participant rules decide the default, as for a new round (create.ts).
    const people = await withDefaults(tx, old.municipalityId, await eligiblePeople(tx, actor.id, old.kind, year), {
      year,
      conversationsFrom: nextYear(old.conversationsFrom),
    });
    await tx.roundParticipant.createMany({
      data: people
        .filter((person) => person.participation.included)
        .map((person) => ({
          roundId: round.id,
          personId: person.id,
          groupId: before.get(person.id) ?? firstGroup,
          offerSeniorConversation: person.participation.offerSeniorConversation,
        })),
    });
    await tx.jointAction.createMany({
      data: carried.map((action, position) => ({
        roundId: round.id,
        position,
        what: action.what,
        who: action.who,
        followUpHow: action.followUpHow,
        dueDate: round.wrapUpDate,
        carriedFrom: old.title,
      })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "round.next",
      resourceKind: "round",
      resourceId: round.id,
      purpose: "planning",
      details: { from: old.id },
    });
    return { id: round.id, title };
  });
}
