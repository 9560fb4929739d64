export const rounds = {
  state: {
    names: {
      PLANNING: "planlægning",
      PREPARATION: "forberedelse",
      CONVERSATIONS: "samtaler",
      WRAP_UP: "fælles opsamling",
      FOLLOW_UP: "opfølgning",
      CLOSED: "afsluttet",
    },
    notNow: (state: string) => `Det kan ikke lade sig gøre, mens runden er i fasen »${state}«.`,
    publishNeedsCoreTask: "Skriv enhedens kerneopgave, før materialet offentliggøres.",
    publishNeedsParticipants: "Runden har ingen deltagere endnu.",
    publishNeedsQuestions: "Forberedelsesskemaet har ingen spørgsmål endnu.",
  },
  calendar: {
    summary: (kind: string, other: string) => `${kind} med ${other}`,
    description: (link: string) => `Forbered dig i MUS og LUS: ${link}`,
  },
} as const;
