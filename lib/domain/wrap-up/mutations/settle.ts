import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { sqlIn, type Database } from "@/lib/db-client";
import { assertProcessable } from "@/lib/domain/restriction/processing";
import { readPlanContent } from "@/lib/domain/plans/stored/read-content";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { settledMail } from "../mails";
import type { settlementSchema } from "../schema";
import { roundForChange } from "./round";

// Settling a practice action that waited for the wrap-up. The signed plan is not changed: the
// settlement is recorded beside it (shown to both parties) and the employee is told by e-mail.
// Settling again replaces the earlier settlement of the same action and tells the employee again.

export async function settleAgreement(
  database: Database,
  actor: Actor,
  input: { roundId: string; planId: string; versionNumber: number; actionIndex: number; values: z.output<typeof settlementSchema> },
) {
  return database.$transaction(async (tx) => {
    const round = await roundForChange(tx, actor, input.roundId, "roundOverview", "update", "settleAgreements");
    const plan = await tx.plan.findFirst({
      where: { id: input.planId, participant: { roundId: round.id } },
      select: {
        participant: { select: { id: true, person: { select: { id: true, name: true, email: true } } } },
        versions: { where: { signedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: { number: true, content: true } },
      },
    });
    if (!plan) throw new AccessDenied();
    // Nothing is decided on a plan of someone whose processing is restricted (GDPR art. 18).
    await assertProcessable(sqlIn(tx), plan.participant.person.id);
    const signed = plan.versions[0];
    const action = signed?.number === input.versionNumber ? readPlanContent(signed.content).actions[input.actionIndex] : undefined;
    if (!action?.waitsForWrapUp) throw new FormError(da.wrapUp.errors.notWaiting);
    const data = { decision: input.values.decision, note: input.values.note, settledById: actor.id, settledAt: new Date() };
    const settlement = await tx.wrapUpSettlement.upsert({
      where: {
        planId_versionNumber_actionIndex: { planId: input.planId, versionNumber: input.versionNumber, actionIndex: input.actionIndex },
      },
      create: { planId: input.planId, versionNumber: input.versionNumber, actionIndex: input.actionIndex, ...data },
      update: data,
      select: { id: true },
    });
    const leader = await tx.person.findUniqueOrThrow({ where: { id: round.leaderId }, select: { name: true } });
    await enqueueMails(tx, [
      settledMail({
        roundId: round.id,
        kind: round.kind,
        participantId: plan.participant.id,
        employee: plan.participant.person,
        leader: leader.name,
        action: action.what.trim() || da.plans.editor.action(input.actionIndex + 1),
        decision: da.wrapUp.meeting.decisions[input.values.decision],
        note: input.values.note,
      }),
    ]);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.settle",
      resourceKind: "wrapUpSettlement",
      resourceId: settlement.id,
      subjectId: plan.participant.person.id,
      purpose: "wrapUp",
    });
    return { settled: true };
  });
}
