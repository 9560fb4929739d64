// Who is who in a round, by its kind: in MUS a leader talks with an employee, in LUS a leader's
// leader talks with a leader. Every phrase that names a party by role takes its words from here,
// so "leder" never stands where "leders leder" is meant.

type RoleWords = {
  /** The one who holds the conversations. */
  leader: string;
  /** The one invited, indefinite and definite singular, and plural. */
  participant: string;
  participantDefinite: string;
  participants: string;
};

export const roles: Record<"MUS" | "LUS", RoleWords> = {
  MUS: { leader: "leder", participant: "medarbejder", participantDefinite: "medarbejderen", participants: "medarbejdere" },
  LUS: { leader: "leders leder", participant: "leder", participantDefinite: "lederen", participants: "ledere" },
};

/** "Medarbejder", "Leders leder": a role word opening a label. */
export const capitalisedRole = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
