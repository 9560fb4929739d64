import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";

// Legal holds on a person (see the LegalHold model): placed and lifted by an administrator of the
// person's municipality, each in one transaction with its audit row. One standing hold per person
// (a unique index): the same hold placed twice at once is refused for the second, not doubled.

export async function placeLegalHold(
  database: Database,
  { municipalityId, personId, reason, actorId }: { municipalityId: string; personId: string; reason: string; actorId: string },
): Promise<void> {
  try {
    await database.$transaction(async (tx) => {
      const person = await tx.person.findFirst({ where: { id: personId, municipalityId }, select: { id: true } });
      if (!person) throw new FormError(da.errors.notFound);
      const hold = await tx.legalHold.create({ data: { municipalityId, personId, reason, createdById: actorId } });
      await recordAudit(tx, {
        actorId,
        action: "legalHold.place",
        resourceKind: "legalHold",
        resourceId: hold.id,
        subjectId: personId,
        details: { reason },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new FieldError("reason", da.retention.hold.already);
    throw error;
  }
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
    const hold = await tx.legalHold.findUniqueOrThrow({ where: { id: holdId }, select: { personId: true } });
    // What the hold kept in rounds the job has finished is taken by the next run.
    await tx.$executeRaw`delete from "RetentionProgress" where "roundId" in (select "roundId" from "RoundParticipant" where "personId" = ${hold.personId}::uuid)`;
    await recordAudit(tx, { actorId, action: "legalHold.lift", resourceKind: "legalHold", resourceId: holdId, subjectId: hold.personId });
  });
}

export type StandingHold = { id: string; personId: string; personName: string; reason: string; createdAt: Date; createdByName: string };

/** The municipality's standing holds (or one person's), newest first, with the names: two queries. */
export async function loadStandingHolds(database: Database, municipalityId: string, personId?: string): Promise<StandingHold[]> {
  const holds = await database.legalHold.findMany({
    where: { municipalityId, liftedAt: null, ...(personId ? { personId } : {}) },
    orderBy: { createdAt: "desc" },
  });
  const ids = [...new Set(holds.flatMap((hold) => [hold.personId, hold.createdById]))];
  const people = await database.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? "";
  return holds.map((hold) => ({
    id: hold.id,
    personId: hold.personId,
    personName: nameOf(hold.personId),
    reason: hold.reason,
    createdAt: hold.createdAt,
    createdByName: nameOf(hold.createdById),
  }));
}
