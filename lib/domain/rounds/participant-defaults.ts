import "server-only";
import type { Database, Transaction } from "@/lib/db-client";
import type { EligiblePerson } from "./eligibility";
import { defaultParticipation, type DefaultParticipation, type ParticipantRules, type RoundFrame } from "./participant-rules";

/** The municipality's rules for a new round's participants (Administration). */
export async function loadParticipantRules(database: Database | Transaction, municipalityId: string): Promise<ParticipantRules> {
  return database.municipality.findUniqueOrThrow({
    where: { id: municipalityId },
    select: { inviteHourlySubstitutes: true, seniorConversationAge: true, minimumEmploymentMonths: true },
  });
}

/** Each person the leader may invite with the rules' default: in or out (with why), and the seniorsamtale. */
export async function withDefaults<P extends EligiblePerson>(
  database: Database | Transaction,
  municipalityId: string,
  people: P[],
  frame: RoundFrame,
): Promise<(P & { participation: DefaultParticipation })[]> {
  const rules = await loadParticipantRules(database, municipalityId);
  return people.map((person) => ({ ...person, participation: defaultParticipation(person, rules, frame) }));
}
