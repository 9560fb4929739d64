import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import type { Database } from "@/lib/db-client";
import { holdsLock, reopenRoundsOf } from "@/lib/domain/retention/holds";
import { invitationMail } from "@/lib/domain/rounds/mails";
import { roundFacts } from "@/lib/domain/rounds/mutations/facts";
import { enqueueMails } from "@/lib/mail/outbox";
import { da } from "@/lib/i18n/da";
import type { RestrictionGround } from "./schema";

// Placing and lifting a restriction of processing, by an administrator of the person's
// municipality, each in one transaction with its audit row. The conditional UPDATE takes the
// person's row lock, so it waits for a change to their data under way (which holds a share lock on
// the row, processing.ts) and every change after it is refused; two administrators placing it at
// once place it once (the second is told it is already placed).

export async function placeRestriction(
  database: Database,
  { municipalityId, personId, ground, actorId }: { municipalityId: string; personId: string; ground: RestrictionGround; actorId: string },
): Promise<void> {
  await database.$transaction(async (tx) => {
    // Like placing a hold: waits for a retention batch in progress, so no batch after it takes the
    // person's data (lib/domain/retention/holds.ts).
    await tx.$queryRawUnsafe(`select pg_advisory_xact_lock(${holdsLock})::text`, municipalityId);
    const { count } = await tx.person.updateMany({
      where: { id: personId, municipalityId, restrictedAt: null, anonymisedAt: null },
      data: { restrictedAt: new Date(), restrictionReason: ground, restrictedById: actorId },
    });
    if (count === 0) {
      const person = await tx.person.findFirst({ where: { id: personId, municipalityId }, select: { anonymisedAt: true } });
      if (!person) throw new FormError(da.errors.notFound);
      throw new FormError(person.anonymisedAt ? da.restriction.erased : da.restriction.already);
    }
    await recordAudit(tx, {
      actorId,
      action: "person.restrict",
      resourceKind: "person",
      resourceId: personId,
      subjectId: personId,
      details: { ground },
    });
  });
}

export async function liftRestriction(
  database: Database,
  { municipalityId, personId, actorId }: { municipalityId: string; personId: string; actorId: string },
): Promise<void> {
  await database.$transaction(async (tx) => {
    const [person] = await tx.$queryRaw<{ ground: RestrictionGround | null }[]>`
      select "restrictionReason"::text as ground from "Person"
      where id = ${personId}::uuid and "municipalityId" = ${municipalityId}::uuid for update`;
    if (!person) throw new FormError(da.errors.notFound);
    if (!person.ground) throw new FormError(da.restriction.notRestricted);
    await tx.person.update({ where: { id: personId }, data: { restrictedAt: null, restrictionReason: null, restrictedById: null } });
    // The retention job skipped the person's data meanwhile; its next run takes what is due.
    await reopenRoundsOf(tx, personId);
    // A round published while the restriction stood left the person uninvited: invite them now.
    const uninvited = await tx.roundParticipant.findMany({
      where: { personId, invitedAt: null, absence: null, round: { state: { in: ["PREPARATION", "CONVERSATIONS"] } } },
      select: { id: true, roundId: true, person: { select: { name: true, email: true } } },
    });
    for (const participation of uninvited) {
      const facts = await roundFacts(tx, participation.roundId);
      await enqueueMails(tx, [invitationMail(facts, facts.leader, participation.person, null)]);
      await tx.roundParticipant.update({ where: { id: participation.id }, data: { invitedAt: new Date() } });
    }
    await recordAudit(tx, {
      actorId,
      action: "person.unrestrict",
      resourceKind: "person",
      resourceId: personId,
      subjectId: personId,
      details: { ground: person.ground },
    });
  });
}
