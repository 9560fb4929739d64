import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Actor } from "@/lib/access/policy";
import { copenhagenToInstant } from "@/lib/calendar/local-time";
import { sqlIn, type Database, type Transaction } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { miniMusMails, type PlanParties } from "@/lib/domain/plans/mails";
import type { followUpSchema, miniMusSchema } from "@/lib/domain/plans/schema";
import { lockPlan } from "@/lib/domain/plans/live/store";
import { refuseIfRestricted } from "@/lib/domain/restriction/processing";
import { readPlanContent } from "@/lib/domain/plans/stored/read-content";

// Follow-up on a signed plan: notes from each mini-MUS (with where each practice action stands)
// and booking the next mini-MUS as a calendar invitation to both. Either party may do both; the
// signed plan itself is never changed by a follow-up.

const e = da.plans.errors;

async function signedPlanFor(tx: Transaction, actor: Actor, planId: string) {
  const plan = await lockPlan(sqlIn(tx), planId);
  if (!plan) throw new AccessDenied();
  const version = await tx.planVersion.findFirst({
    where: { planId, signedAt: { not: null } },
    orderBy: { number: "desc" },
    select: { number: true, content: true },
  });
  // A party is told why (not signed yet); anyone else learns nothing.
  authorize(actor, "read", { kind: "plan", employeeId: plan.employeeId, leaderId: plan.leaderId, signed: false });
  if (!version) throw new FormError(e.notSigned);
  if (plan.roundState === "CLOSED") throw new FormError(e.notOpen);
  authorize(actor, "followUp", { kind: "plan", employeeId: plan.employeeId, leaderId: plan.leaderId, signed: true });
  refuseIfRestricted(plan.restricted);
  return { plan, version: { number: version.number, content: readPlanContent(version.content) } };
}

/** The two parties of each participant's plan, as the plan's e-mails need them (one query). */
export async function planPartiesFor(tx: Transaction, participantIds: string[]): Promise<Map<string, PlanParties>> {
  const participants = await tx.roundParticipant.findMany({
    where: { id: { in: participantIds } },
    select: {
      id: true,
      person: { select: { name: true, email: true } },
      round: { select: { id: true, kind: true, leader: { select: { name: true, email: true } } } },
    },
  });
  return new Map(
    participants.map((participant) => [
      participant.id,
      {
        kind: participant.round.kind,
        roundId: participant.round.id,
        participantId: participant.id,
        employee: participant.person,
        leader: participant.round.leader,
      },
    ]),
  );
}

export async function recordFollowUp(database: Database, actor: Actor, planId: string, values: z.output<typeof followUpSchema>) {
  return database.$transaction(async (tx) => {
    const { plan, version } = await signedPlanFor(tx, actor, planId);
    if (values.actionStates.length !== version.content.actions.length) throw new FormError(e.planChangedSinceForm);
    const followUp = await tx.planFollowUp.create({
      data: {
        planId,
        versionNumber: version.number,
        heldOn: new Date(`${values.heldOn}T00:00:00Z`),
        note: values.note,
        actionStates: values.actionStates as Prisma.InputJsonValue,
        authorId: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.followUp",
      resourceKind: "planFollowUp",
      resourceId: followUp.id,
      subjectId: plan.employeeId,
      purpose: "followUp",
    });
    return { id: followUp.id };
  });
}

/** Books (or moves) the plan's mini-MUS; both get the invitation, a move keeps the event's UID. */
export async function bookMiniMus(database: Database, actor: Actor, planId: string, values: z.output<typeof miniMusSchema>) {
  return database.$transaction(async (tx) => {
    const { plan } = await signedPlanFor(tx, actor, planId);
    const start = copenhagenToInstant(values.date, values.time);
    const existing = await tx.followUpMeeting.findUnique({ where: { planId } });
    const fields = { startsAt: start, durationMinutes: values.durationMinutes, location: values.location };
    const meeting = existing
      ? await tx.followUpMeeting.update({ where: { planId }, data: { ...fields, icsSequence: existing.icsSequence + 1 } })
      : await tx.followUpMeeting.create({ data: { planId, ...fields, icsUid: `${randomUUID()}@mus-lus` } });
    const facts = (await planPartiesFor(tx, [plan.participantId])).get(plan.participantId)!;
    await enqueueMails(
      tx,
      miniMusMails(
        facts,
        { uid: meeting.icsUid, sequence: meeting.icsSequence, start, durationMinutes: values.durationMinutes, location: values.location },
        Boolean(existing),
      ),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.miniMus",
      resourceKind: "followUpMeeting",
      resourceId: meeting.id,
      subjectId: plan.employeeId,
      purpose: "followUp",
    });
    return { moved: Boolean(existing) };
  });
}
