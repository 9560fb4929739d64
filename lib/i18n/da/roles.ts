// Who is who in a round, by its kind: in MUS a leader talks with an employee, in LUS a leader's
// leader talks with a leader. Every phrase that names a party by role takes its words from here,
// so "leder" never stands where "leders leder" is meant, and "medarbejder" never where a leader is.

export type Kind = "MUS" | "LUS";

type RoleWords = {
  /** The one who holds the conversations. */
  leader: string;
  /** The same, definite ("lederen"; LUS has no definite form of "leders leder", the seed writes it bare). */
  leaderDefinite: string;
  /** The one invited, indefinite and definite singular, genitive, and plural. */
  participant: string;
  participantDefinite: string;
  participantPossessive: string;
  participants: string;
  participantsDefinite: string;
  /** Who gets the leader's joint feedback after a round (Aarhus: "til medarbejderne" / "til lederteamet"). */
  feedbackAudience: string;
  /** What the plan is called: the LUS seed calls it a "kompetenceudviklingsark". */
  plan: string;
  planDefinite: string;
  /** "din kompetenceudviklingsplan", "dit kompetenceudviklingsark": the possessive follows the noun's gender. */
  yourPlan: string;
  aPlan: string;
  /** The printed form before it is filled in. */
  blankPlan: string;
};

export const roles: Record<Kind, RoleWords> = {
  MUS: {
    leader: "leder",
    leaderDefinite: "lederen",
    participant: "medarbejder",
    participantDefinite: "medarbejderen",
    participantPossessive: "medarbejderens",
    participants: "medarbejdere",
    participantsDefinite: "medarbejderne",
    feedbackAudience: "medarbejderne",
    plan: "kompetenceudviklingsplan",
    planDefinite: "kompetenceudviklingsplanen",
    yourPlan: "din kompetenceudviklingsplan",
    aPlan: "en kompetenceudviklingsplan",
    blankPlan: "Tom kompetenceudviklingsplan",
  },
  LUS: {
    leader: "leders leder",
    leaderDefinite: "leders leder",
    participant: "leder",
    participantDefinite: "lederen",
    participantPossessive: "lederens",
    participants: "ledere",
    participantsDefinite: "lederne",
    feedbackAudience: "lederteamet",
    plan: "kompetenceudviklingsark",
    planDefinite: "kompetenceudviklingsarket",
    yourPlan: "dit kompetenceudviklingsark",
    aPlan: "et kompetenceudviklingsark",
    blankPlan: "Tomt kompetenceudviklingsark",
  },
};

/** "Medarbejder", "Leders leder": a role word opening a label. */
export const capitalisedRole = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
