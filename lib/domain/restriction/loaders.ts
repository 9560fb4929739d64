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
