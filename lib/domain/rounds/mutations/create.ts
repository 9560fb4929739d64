import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { loadTemplates } from "@/lib/domain/templates/data";
import { da } from "@/lib/i18n/da";
import { dateOnly } from "../dates";
import { eligiblePeople } from "../eligibility";
import { withDefaults } from "../participant-defaults";
import { templateTextFor } from "../templates";
import type { CreateRoundValues } from "../schema";

const e = da.rounds.errors;

/**
 * Creates a round led by the actor for their own unit, as a copy of the chosen template: its
 * themes, one group ("Alle deltagere") with the template's questions, and everyone the leader may
 * invite whom the municipality's participant rules take in by default. One open round of a kind per leader and year: a round belongs to a leader and the people
 * who report to them, not to the unit, so two leaders in one unit each run their own. An advisory
 * lock on exactly that key makes two simultaneous creations queue, so the second is refused
 * instead of slipping in.
 */
export async function createRound(
  database: Database,
  input: { actor: Actor; municipalityId: string; values: CreateRoundValues },
): Promise<{ id: string }> {
  const { actor, values } = input;
  authorize(actor, "create", { kind: "roundMaterial", leaderId: actor.id, participantIds: [] });
  const leader = await database.person.findFirst({
    where: { id: actor.id, municipalityId: input.municipalityId },
    select: { unitId: true },
  });
  if (!leader?.unitId) throw new FormError(e.noUnit);
  const unitId = leader.unitId;

  return database.$transaction(async (tx) => {
    const invitees = await eligiblePeople(tx, actor.id, values.kind, values.year);
    if (invitees.length === 0) throw new FieldError("kind", e.kindNotYours[values.kind]);
    const template = (await loadTemplates(tx, input.municipalityId)).find((candidate) => candidate.id === values.templateId);
    if (!template) throw new FieldError("templateId", e.template);

    await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`round:${actor.id}:${values.kind}:${values.year}`}, 0))`;
    const open = await tx.round.count({ where: { leaderId: actor.id, kind: values.kind, year: values.year, state: { not: "CLOSED" } } });
    if (open > 0) throw new FieldError("year", e.alreadyOpen(values.kind, values.year));

    const round = await tx.round.create({
      data: {
        municipalityId: input.municipalityId,
        unitId,
        leaderId: actor.id,
        kind: values.kind,
        year: values.year,
        title: values.title,
        focus: values.focus,
        templateName: template.name,
        // The sheet's shape is the round's own from here: a later edit of the template changes no running round.
        hasScores: template.hasScores,
        answerLayout: template.answerLayout,
        kickoffDate: dateOnly(values.kickoffDate),
        conversationsFrom: dateOnly(values.conversationsFrom),
        conversationsTo: dateOnly(values.conversationsTo),
        wrapUpDate: dateOnly(values.wrapUpDate),
        followUpDate: dateOnly(values.followUpDate),
        groups: { create: { name: da.rounds.defaultGroup, position: 0 } },
      },
      select: { id: true, groups: { select: { id: true } } },
    });
    const groupId = round.groups[0].id;
    for (const [position, theme] of template.themes.entries()) {
      await tx.roundTheme.create({
        data: {
          roundId: round.id,
          position,
          title: theme.title,
          description: theme.description ? templateTextFor(theme.description, values.kind) : theme.description,
          questions: {
            create: theme.questions.map((text, index) => ({ groupId, position: index, text: templateTextFor(text, values.kind) })),
          },
        },
      });
    }
    // The municipality's rules decide who is in by default (participant-rules.ts); the rest are
    // listed on the participants page with the reason, for the leader to take in.
    const defaults = await withDefaults(tx, input.municipalityId, invitees, {
      year: values.year,
      conversationsFrom: dateOnly(values.conversationsFrom),
    });
    await tx.roundParticipant.createMany({
      data: defaults
        .filter((person) => person.participation.included)
        .map((person) => ({
          roundId: round.id,
          personId: person.id,
          groupId,
          offerSeniorConversation: person.participation.offerSeniorConversation,
        })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "round.create",
      resourceKind: "round",
      resourceId: round.id,
      purpose: "planning",
      details: { kind: values.kind, year: values.year, template: template.key },
    });
    return { id: round.id };
  });
}
