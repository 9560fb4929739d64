import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import { processablePerson } from "@/lib/domain/restriction/processing";
import type { PersonFacts } from "./participant-rules";
import type { RoundKind } from "./schema";

// Who a leader may invite: MUS, the active people who report to the leader and lead nobody
// themselves; LUS, those who do lead people (a leader's development conversation is their LUS, one
// level up). "Your unit" is the reporting line the organisation import maintains. Nobody whose
// processing is restricted (GDPR art. 18) is invited to a new round; a participation they have stays.

/** With the employment facts the default participation is decided on (participant-rules.ts). */
export type EligiblePerson = { id: string; name: string; jobTitle: string | null } & PersonFacts;

/**
 * `year`: nobody who takes part in another leader's open round of the same kind that year (a
 * conversation that stayed with the old leader when their leader changed, lib/domain/rounds/
 * manager-change/) is offered again: one person, one conversation a year. A participation that moved
 * away (absence NEW_LEADER) does not count.
 */
export async function eligiblePeople(
  database: Database | Transaction,
  leaderId: string,
  kind: RoundKind,
  year: number,
): Promise<EligiblePerson[]> {
  return database.person.findMany({
    where: {
      managerId: leaderId,
      active: true,
      ...processablePerson,
      reports: kind === "LUS" ? { some: { active: true } } : { none: { active: true } },
      roundsJoined: {
        none: {
          OR: [{ absence: null }, { absence: { not: "NEW_LEADER" } }],
          round: { kind, year, state: { not: "CLOSED" }, leaderId: { not: leaderId } },
        },
      },
    },
    select: { id: true, name: true, jobTitle: true, employmentType: true, employmentStart: true, birthYear: true, senior: true },
    orderBy: { name: "asc" },
  });
}

/** The kinds of round this person can lead: MUS if an employee reports to them, LUS if a leader does. */
export async function kindsLedBy(database: Database, personId: string): Promise<RoundKind[]> {
  const [employees, leaders] = await Promise.all([
    database.person.count({ where: { managerId: personId, active: true, reports: { none: { active: true } } } }),
    database.person.count({ where: { managerId: personId, active: true, reports: { some: { active: true } } } }),
  ]);
  return [...(employees > 0 ? (["MUS"] as const) : []), ...(leaders > 0 ? (["LUS"] as const) : [])];
}
