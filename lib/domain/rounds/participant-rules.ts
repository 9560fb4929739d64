import type { EmploymentType } from "@/lib/domain/people/employment";

// Who a new round takes in by default, from the employment facts of the HR export and the
// municipality's rules. Pure: the round's creation, the next round, a late addition and the
// participants page all ask it, so the server and the page agree. The leader can always take in
// someone the rules leave out; the rules only decide the default.
//
// The seniorsamtale: the Aarhus guides leave it to the leader ("Vurder om nogle af medarbejderne
// skal tilbydes en seniorsamtale", seeds 001 and 002, the leader's preparation) and name no age;
// the age is the municipality's (Municipality.seniorConversationAge, 60 unless it says otherwise).

export type PersonFacts = {
  employmentType: EmploymentType | null;
  employmentStart: Date | null;
  birthYear: number | null;
  senior: boolean | null;
};

export type ParticipantRules = {
  inviteHourlySubstitutes: boolean;
  seniorConversationAge: number | null;
  minimumEmploymentMonths: number | null;
};

/** The round as the rules see it: its year (for the age) and the start of its conversations (for the months employed). */
export type RoundFrame = { year: number; conversationsFrom: Date };

export type LeftOutReason = { kind: "hourly" } | { kind: "newHire"; months: number };

export type DefaultParticipation = { included: boolean; reason: LeftOutReason | null; offerSeniorConversation: boolean };

/** The day `months` after `date` (a start on 31 January plus one month is the last day of February). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/**
 * Whether a person is offered a seniorsamtale by default: the age they reach in the round's year
 * (only the birth year is known) at or above the municipality's age; without a birth year, the HR
 * system's own senior flag. No age set: nobody by default.
 */
export function seniorByDefault(facts: PersonFacts, rules: ParticipantRules, frame: RoundFrame): boolean {
  if (rules.seniorConversationAge === null) return false;
  if (facts.birthYear !== null) return frame.year - facts.birthYear >= rules.seniorConversationAge;
  return facts.senior === true;
}

export function defaultParticipation(facts: PersonFacts, rules: ParticipantRules, frame: RoundFrame): DefaultParticipation {
  const offerSeniorConversation = seniorByDefault(facts, rules, frame);
  if (facts.employmentType === "HOURLY" && !rules.inviteHourlySubstitutes)
    return { included: false, reason: { kind: "hourly" }, offerSeniorConversation };
  const months = rules.minimumEmploymentMonths;
  if (months !== null && facts.employmentStart !== null && addMonths(facts.employmentStart, months) > frame.conversationsFrom)
    return { included: false, reason: { kind: "newHire", months }, offerSeniorConversation };
  return { included: true, reason: null, offerSeniorConversation };
}
