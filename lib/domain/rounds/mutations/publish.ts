import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import type { Database, Transaction } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { processablePerson } from "@/lib/domain/restriction/processing";
import { openUpwardSurvey } from "@/lib/domain/upward/mutations";
import { invitationMail } from "../mails";
import { decide, type PublishFacts } from "../state-machine";
import { roundFacts } from "./facts";
import { changeRound, type RoundChange } from "./planned-round";

/** What publishing checks: a core task, participants, and questions for every group that has people. */
export async function publishFacts(
  tx: Pick<Transaction, "round" | "roundGroup">,
  roundId: string,
): Promise<PublishFacts & { emptyGroups: string[] }> {
  const round = await tx.round.findUniqueOrThrow({ where: { id: roundId }, select: { coreTask: true } });
  const groups = await tx.roundGroup.findMany({
    where: { roundId },
    select: { name: true, _count: { select: { participants: true, questions: true } } },
    orderBy: { position: "asc" },
  });
  const withPeople = groups.filter((group) => group._count.participants > 0);
  const emptyGroups = withPeople.filter((group) => group._count.questions === 0).map((group) => group.name);
  return {
    coreTask: round.coreTask,
    participants: withPeople.reduce((sum, group) => sum + group._count.participants, 0),
    questions: withPeople.length === 0 ? 0 : Math.min(...withPeople.map((group) => group._count.questions)),
    emptyGroups,
  };
}

/**
 * Planning → preparation: every participant is invited by e-mail (queued with the change), except
 * anyone whose processing has been restricted (GDPR art. 18) since they were added: they stay in
 * the round, uninvited.
 */
export async function publishRound(database: Database, change: RoundChange) {
  return changeRound(database, change, "publish", async (tx, round) => {
    const facts = await publishFacts(tx, round.id);
    const decision = decide(round.state, "publish", facts);
    if (!decision.ok) {
      // Name the groups that lack questions rather than the general message.
      const t = da.rounds.state;
      const messages = decision.messages.flatMap((message) =>
        message === t.publishNeedsQuestions && facts.emptyGroups.length > 0 ? facts.emptyGroups.map(t.groupNeedsQuestions) : [message],
      );
      throw new FormError(messages.join(" "));
    }
    const now = new Date();
    await tx.round.update({ where: { id: round.id }, data: { state: decision.next, publishedAt: now } });
    // Not whoever the leader marked not this round: they are invited when brought back (absence.ts).
    const invited = { roundId: round.id, absence: null, person: processablePerson };
    const participants = await tx.roundParticipant.findMany({
      where: invited,
      select: { person: { select: { name: true, email: true } }, conversation: { select: { startsAt: true } } },
    });
    await tx.roundParticipant.updateMany({ where: invited, data: { invitedAt: now } });
    const about = await roundFacts(tx, round.id);
    await enqueueMails(
      tx,
      participants.map((participant) =>
        invitationMail(about, about.leader, participant.person, participant.conversation?.startsAt ?? null),
      ),
    );
    // Upward input, when turned on: the participating leaders' teams get their questionnaire now.
    const upwardInvited = await openUpwardSurvey(tx, round.id, now);
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "round.publish",
      resourceKind: "round",
      resourceId: round.id,
      purpose: "planning",
      details: { invited: participants.length, upwardInvited },
    });
    // Those without an address get no mail: the leader is told to hand them the invitation on paper.
    return { invited: participants.length, withoutEmail: participants.filter((participant) => participant.person.email === null).length };
  });
}
