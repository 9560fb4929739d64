import "server-only";
import { FormError } from "@/lib/auth/errors";
import type { Sql } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";

// While a person's processing is restricted (GDPR art. 18, Person.restrictedAt), their data is
// stored and read as before, but nothing about them is changed, shared, signed or sent: their
// sheets, the leader's notes about them, the plans they are the employee party of, their
// conversations and their invitations. Every such write checks it here, under a share lock on the
// person's row: placing a restriction (an UPDATE of that row) waits for a change under way to
// commit, and a change after it sees the restriction. The same lock the inserts of sheets, notes and
// plans already take against an erasure under way.

/** The SQL condition on a row of "Person" aliased `person`: restricted. */
export const personRestrictedSql = `person."restrictedAt" is not null`;

/** Prisma's filter for people who may be invited, added to a round or reminded: neither restricted nor erased. */
export const processablePerson = { restrictedAt: null, anonymisedAt: null } as const;

/** The refusal of a change while the person's processing is restricted. */
export function refuseIfRestricted(restricted: boolean | null | undefined, message: string = da.restriction.refused): void {
  if (restricted) throw new FormError(message);
}

/**
 * Locks the person's row for share until the transaction ends and refuses when their processing
 * is restricted. For the write paths that have no query of their own to fold the check into.
 */
export async function assertProcessable(sql: Sql, personId: string, message?: string): Promise<void> {
  const [row] = await sql<{ restricted: boolean }>(
    `select "restrictedAt" is not null as restricted from "Person" where id = $1::uuid for share`,
    [personId],
    { prepared: true },
  );
  refuseIfRestricted(row?.restricted, message);
}
