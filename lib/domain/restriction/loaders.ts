import "server-only";
import type { Database } from "@/lib/db-client";
import type { RestrictionGround } from "./schema";

export type StandingRestriction = { since: Date; ground: RestrictionGround; byName: string };

/** The person's restriction, if one stands, with who placed it (within the municipality). */
export async function loadRestriction(database: Database, municipalityId: string, personId: string): Promise<StandingRestriction | null> {
  const person = await database.person.findFirst({
    where: { id: personId, municipalityId },
    select: { restrictedAt: true, restrictionReason: true, restrictedById: true },
  });
  if (!person?.restrictedAt || !person.restrictionReason) return null;
  const by = person.restrictedById
    ? await database.person.findUnique({ where: { id: person.restrictedById }, select: { name: true } })
    : null;
  return { since: person.restrictedAt, ground: person.restrictionReason, byName: by?.name ?? "" };
}

export type RestrictedPerson = { id: string; name: string; since: Date; ground: RestrictionGround };

/** The municipality's people whose processing is restricted, longest-standing first: one query. */
export async function loadRestrictedPeople(database: Database, municipalityId: string): Promise<RestrictedPerson[]> {
  const people = await database.person.findMany({
    where: { municipalityId, restrictedAt: { not: null } },
    orderBy: { restrictedAt: "asc" },
    select: { id: true, name: true, restrictedAt: true, restrictionReason: true },
  });
  return people.map((person) => ({ id: person.id, name: person.name, since: person.restrictedAt!, ground: person.restrictionReason! }));
}
