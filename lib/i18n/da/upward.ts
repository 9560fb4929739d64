// Upward input for LUS ("opadgående input"): a participating leader's own employees answer a short,
// anonymous questionnaire before the LUS conversation; the leader and the leader's leader see only
// aggregates, once the window has closed and enough have answered (lib/domain/upward/).

const people = (count: number) => (count === 1 ? "1 person" : `${count} personer`);
const leaders = (count: number) => (count === 1 ? "1 leder" : `${count} ledere`);

export const upward = {
  name: "Opadgående input",
  // The municipality's shipped wording of the two open questions (used while its own is empty).
  defaultQuestion1: "Hvad gør din leder særligt godt?",
  defaultQuestion2: "Hvad kunne din leder gøre anderledes eller mere af?",

  planning: {
    heading: "Opadgående input fra ledernes medarbejdere",
    lead: "Slå det til, og hver deltagende leders egne medarbejdere får et kort, anonymt spørgeskema om, hvordan de oplever de fire vitaliseringsdimensioner under deres leder, og to åbne spørgsmål. Lederen og du ser kun samlede tal, når svarperioden er slut, og kun hvis nok har svaret.",
    enabled: "Indhent opadgående input",
    closesOn: "Sidste svardag",
    closesOnHint:
      "Dato (dd-mm-åååå), før LUS-samtalerne begynder. Skemaet sendes ud, når runden offentliggøres, og der sendes én påmindelse.",
    save: "Gem opadgående input",
    saving: "Gemmer …",
    savedOn: (date: string) => `Opadgående input er slået til. Sidste svardag er ${date}.`,
    savedOff: "Opadgående input er slået fra.",
    status: (date: string) => `Opadgående input er slået til. Sidste svardag er ${date}.`,
    off: "Opadgående input er ikke slået til for denne runde.",
    onlyLus: "Opadgående input findes kun i LUS-runder.",
    teams: (shown: number, tooSmall: number, threshold: number) =>
      `${leaders(shown)} har et team på mindst ${threshold} medarbejdere og får input.` +
      (tooSmall > 0 ? ` ${leaders(tooSmall)} har færre og får intet input, så ingen svar kan føres tilbage til den enkelte.` : ""),
    errors: {
      closesOnLate: (first: string) =>
        `Sidste svardag skal ligge mindst to dage før samtaleperioden begynder (${first}), så resultaterne er klar til den første samtale.`,
      /** On the round's details, when the conversations are moved to before the questionnaire's results. */
      conversationsTooEarly: (last: string) =>
        `Samtalerne kan tidligst begynde to dage efter det opadgående spørgeskemas sidste svardag (${last}), så resultaterne er klar til den første samtale.`,
      closesOnPast: "Sidste svardag kan ikke ligge i fortiden.",
      fixBeforePublish: (date: string) =>
        `Opadgående input har sidste svardag ${date}, som ikke længere ligger mellem i dag og to dage før samtaleperiodens start. Ret sidste svardag under Opadgående input, og offentliggør så igen.`,
    },
  },

  questionnaire: {
    title: (leader: string) => `Dit input om ${leader} som leder`,
    metaTitle: "Opadgående input",
    lead: (leader: string, date: string) =>
      `${leader} skal til LUS-samtale med sin egen leder. Dine svar hjælper ${leader} med at forberede sig. Du kan svare til og med ${date}.`,
    anonymity: (threshold: number) =>
      `Dine svar er anonyme. De gemmes uden dit navn og uden tidspunkt, og ingen i appen – heller ikke en administrator – kan se, hvem der har svaret hvad. Mens spørgeskemaet er åbent, gemmer vi for sig, at du har svaret, så du ikke kan svare to gange og ikke får påmindelser; når det lukker, slettes det, og svarene blandes. Lederen og lederens leder ser kun samlede tal, når svarperioden er slut, og kun hvis mindst ${threshold} har svaret.`,
    freeTextShown: (threshold: number) =>
      `Dine svar på de åbne spørgsmål kan blive vist ordret for lederen, uden navn og i tilfældig rækkefølge, hvis mindst ${threshold} har skrevet noget. Skriv derfor intet, der afslører, hvem du er.`,
    freeTextHidden: "Kommunen har valgt kun at vise tallene, så spørgeskemaet har ingen åbne spørgsmål.",
    scoresLegend: "Hvordan oplever du de fire dimensioner under din leder?",
    scoresHint: "1 er slet ikke opfyldt, 10 er helt opfyldt.",
    optional: "(valgfrit)",
    textHint: (max: number) => `Højst ${max.toLocaleString("da-DK")} tegn.`,
    submit: "Send dit svar",
    submitting: "Sender …",
    thanks: "Tak for dit svar. Det er gemt uden dit navn og kan ikke ændres.",
    answered: "Du har allerede svaret. Tak! Svaret er gemt uden dit navn, så det kan ikke ses eller ændres.",
    closed: (date: string) => `Sidste svardag var ${date}. Der kan ikke længere svares.`,
    notYet: "Spørgeskemaet er ikke åbnet endnu.",
  },

  errors: {
    score: "Vælg en værdi fra 1 til 10.",
    self: "Du kan ikke give opadgående input om dig selv, heller ikke hvis du står på listen over dit eget team.",
    twice: "Du har allerede svaret. Dit første svar er gemt; et svar kan ikke sendes to gange.",
    closed: (date: string) => `Sidste svardag var ${date}, og du åbnede skemaet efter den. Dit svar er ikke gemt.`,
    notOpen: "Spørgeskemaet er ikke åbnet endnu.",
    restricted:
      "Behandlingen af dine oplysninger er begrænset (databeskyttelsesforordningens artikel 18), så dit svar kan ikke tages imod nu.",
    teamTooSmall: (threshold: number) =>
      `Din leder har færre end ${threshold} medarbejdere, så der indhentes ikke input: med så få ville svarene kunne føres tilbage til den enkelte.`,
    questionTooLong: (max: number) => `Højst ${max} tegn.`,
  },

  results: {
    heading: "Opadgående input fra medarbejderne",
    teamTooSmall: (threshold: number) =>
      `Der vises intet: teamet har færre end ${threshold} medarbejdere, og med så få ville svarene kunne føres tilbage til den enkelte. Der er derfor ikke indhentet input.`,
    notYet: (date: string) =>
      `Resultatet vises, når svarperioden er slut (sidste svardag er ${date}). Før da vises intet, heller ikke antallet af svar, så ingen kan regne sig frem til et enkelt svar ved at sammenligne fra dag til dag.`,
    tooFew: (threshold: number) =>
      `Der vises intet: færre end ${threshold} medarbejdere svarede, og med så få svar ville den enkeltes svar kunne genkendes.`,
    summary: (n: number) => `${people(n)} svarede. Tallene er gennemsnit og fordeling på en skala fra 1 til 10.`,
    mean: (dimension: string, mean: string) => `${dimension}: gennemsnit ${mean}`,
    distributionCaption: (dimension: string) => `${dimension}: antal svar pr. værdi`,
    series: "Medarbejdernes svar",
    freeTextHeading: (question: string) => question,
    freeTextNote: "Uden navne og i tilfældig rækkefølge.",
    freeTextTooFew: (threshold: number) => `Færre end ${threshold} skrev noget her, så svarene vises ikke.`,
    freeTextOff: "Kommunen viser kun tallene; der blev ikke stillet åbne spørgsmål.",
    sameForBoth: "Lederen og leders leder ser det samme.",
  },

  mail: {
    invitationSubject: (leader: string) => `Giv anonymt input om ${leader} som leder`,
    invitation: (facts: { name: string; leader: string; date: string; link: string }) =>
      `Kære ${facts.name}\n\n${facts.leader} skal til LUS-samtale (lederudviklingssamtale) med sin egen leder og vil gerne høre, hvordan du oplever din leder. Spørgeskemaet tager få minutter, og dine svar er anonyme: de gemmes uden dit navn, og lederen ser kun samlede tal, når svarperioden er slut, og kun hvis nok har svaret.\n\nSvar til og med ${facts.date}:\n${facts.link}`,
    reminderSubject: (leader: string) => `Påmindelse: giv anonymt input om ${leader}`,
    reminder: (facts: { name: string; leader: string; date: string; link: string }) =>
      `Kære ${facts.name}\n\nDu har endnu ikke givet dit anonyme input om ${facts.leader} som leder. Du kan svare til og med ${facts.date}:\n${facts.link}\n\nDette er den eneste påmindelse.`,
  },

  settings: {
    heading: "Opadgående input i LUS",
    lead: "De to åbne spørgsmål, som ledernes medarbejdere får i det opadgående spørgeskema. Ændringer gælder runder, der offentliggøres herefter.",
    question1: "Første åbne spørgsmål",
    question2: "Andet åbne spørgsmål",
    questionHint: (fallback: string) => `Tomt: „${fallback}“`,
    showFreeText: "Vis svarene på de åbne spørgsmål for lederen",
    showFreeTextHint:
      "Fra som udgangspunkt: så stilles de åbne spørgsmål slet ikke. Slået til vises svarene ordret, uden navn og i tilfældig rækkefølge, og kun når mindst så mange som anonymitetsgrænsen har skrevet noget.",
    save: "Gem",
    saving: "Gemmer …",
    saved: "Gemt.",
  },

  // Lines in the privacy notice (privacy.ts): what upward input stores, and who sees what.
  privacy: {
    purpose:
      "Opadgående input i LUS: en leders egne medarbejdere kan svare anonymt på et kort spørgeskema om lederen. Svaret gemmes uden navn og tidspunkt; for sig gemmes kun, at man har svaret, så man ikke svarer to gange og ikke får påmindelser, og det slettes, når svarperioden er slut.",
    access:
      "Svar på det opadgående spørgeskema ser lederen og leders leder kun som samlede tal, når svarperioden er slut, og kun hvis nok har svaret. Ingen i appen, heller ikke en administrator, kan se, hvem der har svaret hvad; når svarperioden er slut, er der heller ikke i databasen noget, der forbinder et svar med en person.",
  },

  // The person's own export (GDPR art. 15): the questionnaires they answered, never what.
  personalData: {
    heading: "Opadgående spørgeskemaer, du har besvaret",
    lead: "Her står kun, at du har svaret. Selve svaret er gemt uden dit navn, så det kan ikke findes frem – heller ikke for dig.",
    round: "Runde",
    leader: "Om lederen",
  },

  nextStep: {
    heading: "Giv anonymt input om din leder",
    item: (leader: string, date: string) => `Om ${leader}, til og med ${date}.`,
    open: "Giv dit input",
  },
};
