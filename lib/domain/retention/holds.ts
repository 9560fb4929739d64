import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import type { Database, Transaction } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";

// Legal holds (see the LegalHold model): on a person or on a whole round, placed and lifted by an
// administrator of the municipality, each in one transaction with its audit row. One standing hold
// per person and per round (unique indexes): the same hold placed twice at once is refused for the
// second, not doubled.
//
// A hold placed while the job runs: every batch of the job holds this lock shared (run.ts) and
// placing a hold takes it exclusively, so the hold waits for the batch in progress (one small
// batch), and every batch after it sees the hold.

/** The lock's key, as SQL, for the municipality given as $1. */
export const holdsLock = `hashtextextended('retention:holds:' || $1::text, 0)`;

export type PlacedHold = { duringRun: boolean };

type Target = { personId: string } | { roundId: string };

async function place(
  database: Database,
  { municipalityId, reason, actorId, target }: { municipalityId: string; reason: string; actorId: string; target: Target },
): Promise<PlacedHold> {
  try {
    return await database.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(`select pg_advisory_xact_lock(${holdsLock})::text`, municipalityId);
      const subjectId = await targetSubject(tx, municipalityId, target);
      const hold = await tx.legalHold.create({ data: { municipalityId, reason, createdById: actorId, ...target } });
      await recordAudit(tx, {
        actorId,
        action: "legalHold.place",
        resourceKind: "legalHold",
        resourceId: hold.id,
        subjectId,
        details: "roundId" in target ? { reason, roundId: target.roundId } : { reason },
      });
      const lease = await tx.retentionLease.findUnique({ where: { municipalityId }, select: { leaseUntil: true } });
      return { duringRun: !!lease?.leaseUntil && lease.leaseUntil > new Date() };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new FieldError("reason", "roundId" in target ? da.retention.hold.round.already : da.retention.hold.already);
    throw error;
  }
}

/** The held person (null for a round), after checking that the person or round is the municipality's. */
async function targetSubject(tx: Transaction, municipalityId: string, target: Target): Promise<string | null> {
  if ("personId" in target) {
    const person = await tx.person.findFirst({ where: { id: target.personId, municipalityId }, select: { id: true } });
    if (!person) throw new FormError(da.errors.notFound);
    return person.id;
  }
  const round = await tx.round.findFirst({ where: { id: target.roundId, municipalityId }, select: { id: true } });
  if (!round) throw new FieldError("roundId", da.retention.hold.chooseRound);
  return null;
}

export function placeLegalHold(
  database: Database,
  { municipalityId, personId, reason, actorId }: { municipalityId: string; personId: string; reason: string; actorId: string },
): Promise<PlacedHold> {
  return place(database, { municipalityId, reason, actorId, target: { personId } });
}

export function placeRoundHold(
  database: Database,
  { municipalityId, roundId, reason, actorId }: { municipalityId: string; roundId: string; reason: string; actorId: string },
): Promise<PlacedHold> {
  return place(database, { municipalityId, reason, actorId, target: { roundId } });
}

export async function liftLegalHold(
  database: Database,
  { municipalityId, holdId, actorId }: { municipalityId: string; holdId: string; actorId: string },
): Promise<void> {
  await database.$transaction(async (tx) => {
    const { count } = await tx.legalHold.updateMany({
      where: { id: holdId, municipalityId, liftedAt: null },
      data: { liftedAt: new Date(), liftedById: actorId },
    });
    if (count === 0) throw new FormError(da.retention.hold.gone);
    const hold = await tx.legalHold.findUniqueOrThrow({ where: { id: holdId }, select: { personId: true, roundId: true } });
    // What the hold kept in rounds the job has finished is taken by the next run.
    if (hold.personId) await reopenRoundsOf(tx, hold.personId);
    if (hold.roundId) await tx.$executeRaw`delete from "RetentionProgress" where "roundId" = ${hold.roundId}::uuid`;
    await recordAudit(tx, {
      actorId,
      action: "legalHold.lift",
      resourceKind: "legalHold",
      resourceId: holdId,
      subjectId: hold.personId,
      details: hold.roundId ? { roundId: hold.roundId } : undefined,
    });
  });
}

/**
 * Unmarks the rounds the person took part in as finished by the round-by-round lines, so the next
 * run takes what was kept of theirs: after a hold or a restriction on the person is lifted.
 */
export async function reopenRoundsOf(tx: Transaction, personId: string): Promise<void> {
  await tx.$executeRaw`delete from "RetentionProgress" where "roundId" in (select "roundId" from "RoundParticipant" where "personId" = ${personId}::uuid)`;
}

export type StandingHold = {
  id: string;
  /** The held person, or null for a round. */
  personId: string | null;
  roundId: string | null;
  /** The person's name, or the round's name. */
  name: string;
  reason: string;
  createdAt: Date;
  createdByName: string;
};

/** The municipality's standing holds (or one person's), newest first, with the names: three queries. */
export async function loadStandingHolds(database: Database, municipalityId: string, personId?: string): Promise<StandingHold[]> {
  const holds = await database.legalHold.findMany({
    where: { municipalityId, liftedAt: null, ...(personId ? { personId } : {}) },
    orderBy: { createdAt: "desc" },
  });
  const personIds = [...new Set(holds.flatMap((hold) => [hold.personId, hold.createdById]).filter((id): id is string => !!id))];
  const roundIds = holds.flatMap((hold) => (hold.roundId ? [hold.roundId] : []));
  const [people, rounds] = await Promise.all([
    database.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } }),
    roundIds.length > 0 ? database.round.findMany({ where: { id: { in: roundIds } }, select: { id: true, title: true } }) : [],
  ]);
  const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name ?? "";
  return holds.map((hold) => ({
    id: hold.id,
    personId: hold.personId,
    roundId: hold.roundId,
    name: hold.roundId ? (rounds.find((round) => round.id === hold.roundId)?.title ?? "") : nameOf(hold.personId),
    reason: hold.reason,
    createdAt: hold.createdAt,
    createdByName: nameOf(hold.createdById),
  }));
}
