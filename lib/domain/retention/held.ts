// What the retention job and an erasure must leave alone, as SQL predicates over a column
// expression: one definition, so the job, the erasure's preview and the erasure itself agree.

/** True for a person under a standing legal hold: nothing of theirs is deleted or anonymised. */
export const personHeld = (personId: string) =>
  `exists (select 1 from "LegalHold" h where h."personId" = ${personId} and h."liftedAt" is null)`;

/**
 * True for a person whose processing is restricted (GDPR art. 18): the data is stored, not otherwise
 * used, so the job neither deletes nor anonymises it until the restriction is lifted.
 */
export const personRestricted = (personId: string) =>
  `exists (select 1 from "Person" restricted where restricted.id = ${personId} and restricted."restrictedAt" is not null)`;

/** Either of the two: what the retention job leaves alone of a person. */
export const personKept = (personId: string) => `(${personHeld(personId)} or ${personRestricted(personId)})`;

/**
 * Everyone a standing hold or a restriction keeps, in every municipality, as a query of ids: a
 * person held or restricted, and whoever led or took part in a held round. (The audit log is the
 * installation's, so its line asks for all of them.)
 */
export const keptPeople = `
  select h."personId" from "LegalHold" h where h."liftedAt" is null and h."personId" is not null
  union select restricted.id from "Person" restricted where restricted."restrictedAt" is not null
  union select r."leaderId" from "LegalHold" h join "Round" r on r.id = h."roundId" where h."liftedAt" is null
  union select p."personId" from "LegalHold" h join "RoundParticipant" p on p."roundId" = h."roundId" where h."liftedAt" is null`;

/** True for a round under a standing legal hold: none of its conversations is deleted. */
export const roundHeld = (roundId: string) =>
  `exists (select 1 from "LegalHold" h where h."roundId" = ${roundId} and h."liftedAt" is null)`;

/** True for someone who led or took part in a round under a hold: their name stays for the case. */
export const inHeldRound = (personId: string) => `exists (
  select 1 from "LegalHold" h join "Round" r on r.id = h."roundId"
  where h."liftedAt" is null and (r."leaderId" = ${personId}
    or exists (select 1 from "RoundParticipant" p where p."roundId" = r.id and p."personId" = ${personId})))`;
