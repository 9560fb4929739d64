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

/** True for a round under a standing legal hold: none of its conversations is deleted. */
export const roundHeld = (roundId: string) =>
  `exists (select 1 from "LegalHold" h where h."roundId" = ${roundId} and h."liftedAt" is null)`;

/** True for someone who led or took part in a round under a hold: their name stays for the case. */
export const inHeldRound = (personId: string) => `exists (
  select 1 from "LegalHold" h join "Round" r on r.id = h."roundId"
  where h."liftedAt" is null and (r."leaderId" = ${personId}
    or exists (select 1 from "RoundParticipant" p where p."roundId" = r.id and p."personId" = ${personId})))`;
