// Administration's settings for the guidance the rounds show: the cooperation body's name and the
// policies a leader should consider before a round.

export const guidanceSettings = {
  legend: "Vejledning i runderne",
  hint: "Det, vejledningen i runderne nævner: jeres navn for samarbejdsorganet og de politikker, lederen skal tænke med, når runden planlægges.",
  body: "Samarbejdsorganets navn",
  bodyHint: "I bestemt form, som det skal stå i teksterne, f.eks. MED-udvalget, Hovedudvalget eller Samarbejdsfeltet.",
  policies: "Politikker at overveje",
  policiesHint: "Vises på rundens tjekliste under forberedelsen. Højst 8 links; lad et link være tomt for at fjerne det.",
  policyTitle: (n: number) => `Politik ${n}: navn`,
  policyUrl: (n: number) => `Politik ${n}: adresse`,
  addPolicy: "Tilføj en politik",
  removePolicy: (n: number) => `Fjern politik ${n}`,
  save: "Gem vejledningen",
  saving: "Gemmer …",
  saved: "Vejledningen er gemt.",
  errors: {
    body: "Skriv navnet med 2 til 60 tegn, f.eks. MED-udvalget.",
    title: "Skriv politikkens navn med højst 120 tegn.",
    titleMissing: "Skriv politikkens navn, når du har skrevet en adresse.",
    url: "Skriv en hel webadresse, der begynder med https://, f.eks. https://intra.kommune.dk/politikker.",
    urlMissing: "Skriv adressen på politikken.",
    tooMany: "Der kan højst være 8 politikker.",
  },
  /** On the round's checklist. */
  checklistHeading: "Kommunens politikker at tænke med",
} as const;
