import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import type { RoundState } from "../state-machine";
import { handoverCandidates, managersAbove } from "./data";
import { bookingHandoverMails, handoverMails } from "./mails";
import type { HandoverValues } from "./schema";

const e = da.handover.errors;

type LockedRound = {
  id: string;
  municipalityId: string;
  leaderId: string;
  kind: "MUS" | "LUS";
  year: number;
  state: RoundState;
  title: string;
};

/**
 * Hands a round over to another leader, in one transaction on the round's row lock (the same lock
 * every planning change and wrap-up change takes, and that a note's or a plan's approval takes for
 * share): a change the old leader began first is saved before the handover, and any change after
 * it sees the new leader and is refused. What moves is the round's leader, and with it planning,
 * bookings, follow-up and the leader's approval of every plan not signed yet (approvals count the
 * round's leader); conversations still to come get their calendar event updated to the new leader
 * (same UID, next SEQUENCE) and cancelled in the old leader's calendar. Signed versions keep the approvals they were signed with. The old leader's notes
 * stay theirs unless the old leader themself chooses to hand them on.
 */
export async function handOverRound(
  database: Database,
  input: { actor: Actor; municipalityId: string; roundId: string; values: HandoverValues },
): Promise<{ toLeader: string; notesMoved: number }> {
  const { actor, values } = input;
  return database.$transaction(async (tx) => {
    const [round] = await tx.$queryRaw<LockedRound[]>`
      select id, "municipalityId", "leaderId", kind, year, state, title from "Round" where id = ${input.roundId}::uuid for update`;
    if (!round) throw new AccessDenied();
    const aboveLeader = actor.id !== round.leaderId && (await managersAbove(tx, round.leaderId)).includes(actor.id);
    authorize(actor, "handOver", {
      kind: "roundHandover",
      leaderId: round.leaderId,
      aboveLeader,
      sameMunicipality: round.municipalityId === input.municipalityId,
    });
    if (round.state === "CLOSED") throw new FormError(e.closed);
    if (values.toLeaderId === round.leaderId) throw new FieldError("toLeaderId", e.sameLeader);
    // The notes are the old leader's: only they may give them away.
    if (values.handOverNotes && actor.id !== round.leaderId) throw new FieldError("handOverNotes", da.handover.notesNotYours);
    const [candidate] = await handoverCandidates(tx, round, values.toLeaderId);
    if (!candidate) {
      const named = await tx.person.findFirst({
        where: { id: values.toLeaderId, municipalityId: round.municipalityId },
        select: { name: true },
      });
      throw new FieldError("toLeaderId", named ? e.unsuitable(named.name) : e.toLeader);
    }

    // One open round of a kind per leader and year (createRound's rule): the same advisory lock on
    // the new leader's key makes a creation and a handover racing for it queue, so the second sees
    // the first and is refused.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`round:${candidate.id}:${round.kind}:${round.year}`}, 0))`;
    const clash = await tx.round.findFirst({
      where: { leaderId: candidate.id, kind: round.kind, year: round.year, state: { not: "CLOSED" }, id: { not: round.id } },
      select: { title: true },
    });
    if (clash) throw new FieldError("toLeaderId", e.alreadyLeads(candidate.name, round.kind, round.year, clash.title));

    const fromLeaderId = round.leaderId;
    // Notes move only where the new leader has none of their own about that participant yet (after
    // a round went back and forth); those stay with their author rather than being merged.
    const moved = values.handOverNotes
      ? await tx.$queryRaw<{ id: string; personId: string }[]>`
          update "LeaderNote" n set "authorId" = ${candidate.id}::uuid, "updatedAt" = now()
          from "RoundParticipant" p
          where p.id = n."participantId" and p."roundId" = ${round.id}::uuid and n."authorId" = ${fromLeaderId}::uuid
            and not exists (select 1 from "LeaderNote" o where o."participantId" = n."participantId" and o."authorId" = ${candidate.id}::uuid)
          returning n.id::text, p."personId"::text as "personId"`
      : [];
    await tx.round.update({ where: { id: round.id }, data: { leaderId: candidate.id, version: { increment: 1 } } });
    await tx.roundHandover.create({
      data: { roundId: round.id, fromLeaderId, toLeaderId: candidate.id, byId: actor.id, notesHandedOver: values.handOverNotes },
    });

    const [from, to, by, participants] = [
      await tx.person.findUniqueOrThrow({ where: { id: fromLeaderId }, select: { name: true, email: true, active: true } }),
      await tx.person.findUniqueOrThrow({ where: { id: candidate.id }, select: { name: true, email: true } }),
      await tx.person.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } }),
      // Participants hear of it once they have been invited (a round in planning has told nobody yet).
      round.state === "PLANNING"
        ? []
        : (
            await tx.roundParticipant.findMany({
              where: { roundId: round.id, person: { active: true } },
              select: { person: { select: { name: true, email: true } } },
            })
          ).map((participant) => participant.person),
    ];
    await enqueueMails(tx, handoverMails(round, { from, to, by, participants, notesHandedOver: values.handOverNotes }));
    // Conversations still to come move to the new leader's calendar (past ones were held as they were).
    const booked = await tx.conversation.findMany({
      where: { participant: { roundId: round.id }, startsAt: { gt: new Date() } },
      select: {
        id: true,
        startsAt: true,
        durationMinutes: true,
        location: true,
        icsUid: true,
        icsSequence: true,
        participant: { select: { person: { select: { name: true, email: true } } } },
      },
      orderBy: { startsAt: "asc" },
    });
    for (const conversation of booked) {
      const sequence = conversation.icsSequence + 1;
      await tx.conversation.update({ where: { id: conversation.id }, data: { icsSequence: sequence } });
      const booking = {
        uid: conversation.icsUid,
        sequence,
        start: conversation.startsAt,
        durationMinutes: conversation.durationMinutes,
        location: conversation.location,
      };
      await enqueueMails(tx, bookingHandoverMails(round, { from, to, participant: conversation.participant.person, booking }));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "round.handover",
      resourceKind: "round",
      resourceId: round.id,
      purpose: "planning",
      details: { from: fromLeaderId, to: candidate.id, notesHandedOver: values.handOverNotes, notesMoved: moved.length },
    });
    // A note that changed hands is personal data now read by another: each is in its subject's access report.
    await recordAudits(
      tx,
      moved.map((note) => ({
        actorId: actor.id,
        action: "note.handover" as const,
        resourceKind: "leaderNote",
        resourceId: note.id,
        subjectId: note.personId,
        purpose: "planning",
        details: { from: fromLeaderId, to: candidate.id },
      })),
    );
    return { toLeader: candidate.name, notesMoved: moved.length };
  });
}
