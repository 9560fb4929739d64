// Restriction of processing on request (GDPR art. 18): the administrator's section on a person's
// page, the refusal every blocked change gets, and the notice on the sheet and the plan.

export const restriction = {
  heading: "Begrænsning af behandling",
  lead: "Når personen bestrider, at oplysningerne er rigtige, har gjort indsigelse, eller oplysningerne skal bevares til et retskrav (databeskyttelsesforordningens artikel 18). Mens behandlingen er begrænset, bliver personens oplysninger gemt (den automatiske sletning springer dem over), og de, der må se dem, kan stadig læse dem. Men personens forberedelsesskemaer, lederens noter om personen og personens planer kan ikke ændres, deles eller underskrives, der kan ikke bookes samtaler, og personen kommer ikke med i nye runder og får ingen invitationer eller påmindelser. Ophæv begrænsningen, når grunden ikke længere gælder.",
  ground: "Grund",
  groundHint: "Skriv sagens detaljer i kommunens sagssystem, ikke her.",
  chooseGround: "Vælg en grund",
  groundRequired: "Vælg en af de fire grunde.",
  grounds: {
    CONTESTED_ACCURACY: "Personen bestrider, at oplysningerne er rigtige (litra a)",
    UNLAWFUL_BUT_KEPT: "Behandlingen er ulovlig, men personen vil have oplysningerne gemt i stedet for slettet (litra b)",
    LEGAL_CLAIM: "Personen skal bruge oplysningerne til et retskrav (litra c)",
    OBJECTION: "Personen har gjort indsigelse, og det er ikke afgjort endnu (litra d)",
  },
  groundsShort: {
    CONTESTED_ACCURACY: "bestrider rigtigheden",
    UNLAWFUL_BUT_KEPT: "gemmes i stedet for at slettes",
    LEGAL_CLAIM: "retskrav",
    OBJECTION: "indsigelse",
  },
  // On the retention page: whom the deletion skips because their processing is restricted.
  listHeading: "Begrænset behandling (artikel 18)",
  listLead: "Appen sletter intet om disse personer, mens begrænsningen står. Den ophæves på personens side.",
  listItem: (since: string, ground: string) => ` – begrænset siden ${since} (${ground})`,
  place: "Begræns behandlingen",
  placed: "Behandlingen er begrænset.",
  standing: (since: string, by: string) => `Begrænset siden ${since}, af ${by}.`,
  standingGround: (ground: string) => `Grund: ${ground}`,
  lift: "Ophæv begrænsningen",
  lifted: "Begrænsningen er ophævet.",
  already: "Behandlingen er allerede begrænset for personen.",
  notRestricted: "Behandlingen er ikke begrænset for personen.",
  erased: "Personens oplysninger er slettet, så der er intet at begrænse.",
  /** Every change refused while the person's processing is restricted. */
  refused:
    "Behandlingen af disse oplysninger er begrænset (databeskyttelsesforordningens artikel 18). De bliver gemt, men kan ikke ændres, deles eller underskrives, før begrænsningen er ophævet. Det, du har skrevet, er ikke sendt, men er gemt i denne browser.",
  /** Inviting someone restricted to a round, or booking their conversation. */
  notInvited: (name: string) => `Behandlingen af oplysninger om ${name} er begrænset, så ${name} kan ikke inviteres nu.`,
  noBooking: (name: string) => `Behandlingen af oplysninger om ${name} er begrænset, så der kan ikke bookes eller flyttes en samtale nu.`,
  /** On the sheet, the leader's notes and the plan of someone whose processing is restricted. */
  notice: {
    label: "Begrænset behandling",
    text: "Behandlingen af disse oplysninger er begrænset efter databeskyttelsesforordningens artikel 18. De bliver gemt og kan læses, men kan ikke ændres, deles eller underskrives, før administratoren ophæver begrænsningen.",
  },
};
