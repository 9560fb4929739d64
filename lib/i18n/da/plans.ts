// The conversation and the competence development plan. Whatever names a party or the plan takes
// the round's kind (roles.ts): in LUS the participant is a leader and the plan a "kompetenceudviklingsark".

import { common } from "./common";
import { capitalisedRole, type Kind, roles } from "./roles";

/**
 * The seed's mutual expectation alignment (Aarhus: "Samtalen starter med en gensidig
 * forventningsafstemning"), shared by the material page's guide, the plan editor and the A3 guide.
 */
export const expectationQuestion = {
  withDimensions: "Hvilken af de fire dimensioner starter I med, og hvad er ellers vigtigt at nå omkring?",
  withoutDimensions: "Hvilket tema starter I med, og hvad er ellers vigtigt at nå omkring?",
} as const;

/** The seed's round-off: something the pair can discuss, not a must. */
export const roundOffLine = "Som en del af afrundingen kan I drøfte balancen mellem arbejdsliv og privatliv.";

/** "Hellere lidt, men godt", in the seed's words. */
export const fewButGood = "Hellere lidt, men godt: f.eks. 1–2 konkrete øvebaner/prøvehandlinger.";

/** "mini-MUS" opening a sentence or a subject line. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const plans = {
  errors: {
    badUpdate: "Ændringen kunne ikke læses og er ikke gemt. Genindlæs siden; det, der allerede er gemt, er der stadig.",
    notOpen: "Planen kan ikke ændres i rundens nuværende fase.",
    badText:
      "Ændringen indeholder et tegn, der ikke kan gemmes (et usynligt styretegn), og er ikke gemt. Genindlæs siden, og skriv teksten igen.",
    tooLong: "Et felt i planen er blevet for langt (højst 20.000 tegn). Det sidste, du skrev, er ikke gemt; forkort teksten.",
    tooManyActions: "Planen kan højst have 20 øvebaner.",
    tooFast: "Der kommer for mange ændringer på én gang. Vent et øjeblik.",
    tooManySubtasks: "En øvebane kan højst have 20 delopgaver.",
    textFull: "Feltet kan højst rumme 20.000 tegn, og det er fyldt. Det, der ikke var plads til, er ikke kommet med.",
    badValue: "Et valg i planen er ikke et af dem, der kan vælges. Genindlæs siden.",
    badDate: "En dato i planen skal være en gyldig dato mellem år 2000 og 2100. Det sidste, du skrev, er ikke gemt; ret datoen.",
    tooLarge: "Ændringen er for stor til at blive gemt på én gang (højst 256 kB). Del teksten op, og prøv igen.",
    tooManyStreams: "Planen er åben i for mange faner på én gang. Luk nogle af dem, og genindlæs siden.",
    busy: "Serveren har for mange åbne forbindelser lige nu. Prøv igen om lidt.",
    notSigned: "Planen skal være underskrevet af jer begge, før I kan følge op på den.",
    planChangedSinceForm:
      "Planen er underskrevet i en ny udgave, siden du åbnede siden. Kopiér det, du har skrevet, genindlæs siden, og skriv opfølgningen til den nye udgave.",
    duration: "Varigheden skal være mellem 5 og 240 minutter.",
    actionState: "Vælg, hvor øvebanen står.",
  },
  ended: "Du er logget ud, eller du har ikke længere adgang til planen. Det, du skrev, er gemt her i browseren; log ind igen.",
  carryOver: {
    heading: "Ufærdige øvebaner fra sidste plan",
    lead: (round: string, count: number) =>
      `Din underskrevne plan fra ${round} har ${count === 1 ? "én øvebane" : `${count} øvebaner`}, der ikke blev afsluttet. Da du har fået en ny leder siden, kommer de kun med i den nye plan, hvis du vælger det. Så kommer teksterne med, og din nye leder kan se dem.`,
    button: "Tag mine ufærdige øvebaner med fra sidste plan",
    nothing: "Der er ingen ufærdige øvebaner at tage med fra sidste plan.",
    already: "Du har allerede taget dine ufærdige øvebaner med fra sidste plan.",
  },
  opening: "Planen gøres klar …",
  status: {
    connecting: "Forbinder …",
    saved: "Gemt",
    saving: "Gemmer …",
    // Also while the server is up but its database is not: the person cannot tell the two apart.
    offline:
      "Forbindelsen er afbrudt – vi prøver igen. Det, du skriver, gemmes her i browseren og kommer med, når forbindelsen er tilbage.",
    refused: "Ikke gemt",
    ended: "Forbindelsen er lukket",
  },
  page: {
    title: (name: string, kind: Kind) => `${capitalisedRole(roles[kind].plan)} for ${name}`,
    lead: "I skriver planen sammen, hver på sin skærm. Det, den anden skriver, kommer frem med det samme, og alt gemmes, mens I skriver. Planen er også referatet af samtalen.",
    open: "Åbn samtalen og planen",
    metaTitle: "Samtalen og planen",
    openOwn: (kind: Kind) => `Jeres ${roles[kind].plan}`,
  },
  presence: {
    here: "Til stede nu:",
    alone: "Den anden part har ikke planen åben lige nu.",
    you: "dig",
    typingIn: (name: string) => `${name} skriver her`,
    inField: (name: string, field: string) => `${name} (i ${field})`,
  },
  guide: {
    heading: "Til samtalen",
    sheet: (name: string) => `${common.possessive(name)} forberedelse`,
    ownSheet: "Din forberedelse",
    sheetMissing: "Forberedelsesskemaet er ikke delt.",
    notes: "Dine noter (kun du ser dem)",
    guideHeading: "Samtaleguide",
    guideLead:
      "Spørgsmålene er inspiration til dialog og fælles refleksion, ikke et interview. I behøver ikke nå alle fire dimensioner; prioritér dem, der er mest aktuelle.",
    /** The same for a round whose sheet has no dimensions (the Tønder concept). */
    guideLeadWithoutDimensions:
      "Spørgsmålene er inspiration til dialog og fælles refleksion, ikke et interview. I behøver ikke nå alle temaer; prioritér dem, der er mest aktuelle.",
    keywords: "Nøgleord",
    roundQuestions: "Rundens spørgsmål",
    promptsHeading: "Gør det konkret",
    prompts: ["Hvad bygger du det på?", "Kan du give et eksempel?"],
    roundOffHeading: "Afrunding",
    roundOff: roundOffLine,
    previousScores: "Sidste runde",
  },
  followUp: {
    heading: "Opfølgning",
    lead: (mini: string) => `Følg op på den underskrevne plan, f.eks. med en ${mini} på 15 minutter. Noterne ændrer ikke planen.`,
    notYet: "Når planen er underskrevet af jer begge, kan I følge op på den her.",
    miniName: { MUS: "mini-MUS", LUS: "mini-LUS" },
    basedOn: (number: number) => `Opfølgningen gælder udgave ${number}.`,
    heldOn: "Dato for opfølgningen",
    note: "Hvad talte I om?",
    actionState: (n: number, what: string) => `Øvebane ${n}${what ? `: ${what}` : ""}`,
    states: { notStarted: "Ikke begyndt", started: "I gang", done: "Gennemført", dropped: "Droppet" },
    save: "Gem opfølgningen",
    saving: "Gemmer …",
    saved: "Opfølgningen er gemt.",
    history: "Tidligere opfølgninger",
    none: "Ingen opfølgninger endnu.",
    entry: (date: string, name: string) => `${date}, skrevet af ${name}`,
    bookHeading: (mini: string) => `Book en ${mini}`,
    booked: (mini: string, when: string, minutes: number, location: string) =>
      `${capitalised(mini)} er booket ${when}, ${minutes} minutter, ${location}.`,
    date: "Dato",
    time: "Klokkeslæt",
    duration: "Varighed (minutter)",
    location: "Sted eller videolink",
    book: "Book og send invitation",
    move: "Flyt og send ny invitation",
    bookedNew: "Invitationen er sendt til jer begge.",
    bookedMoved: "Den flyttede invitation er sendt til jer begge.",
  },
  mail: {
    miniSummary: (mini: string, employee: string, leader: string) => `${mini}: ${employee} og ${leader}`,
    miniDescription: (link: string, kind: Kind) => `Opfølgning på ${roles[kind].planDefinite}: ${link}`,
    miniSubject: (mini: string, when: string, moved: boolean) => (moved ? `Flyttet: ${mini} ${when}` : `${capitalised(mini)} ${when}`),
    miniText: (input: {
      name: string;
      other: string;
      mini: string;
      when: string;
      minutes: number;
      location: string;
      link: string;
      kind: Kind;
    }) =>
      [
        `Kære ${input.name}`,
        "",
        `Jeres ${input.mini} med ${input.other} om ${roles[input.kind].planDefinite} er ${input.when} (${input.minutes} minutter).`,
        `Sted: ${input.location}`,
        "",
        "Planen og jeres opfølgning:",
        input.link,
      ].join("\n"),
    dueSubject: (kind: Kind) => `Tid til opfølgning på ${roles[kind].planDefinite}`,
    dueText: (input: { name: string; other: string; mini: string; date: string; link: string; kind: Kind }) =>
      [
        `Kære ${input.name}`,
        "",
        `I aftalte at følge op på ${roles[input.kind].planDefinite} ${input.date}. Aftal en ${input.mini} med ${input.other}, f.eks. 15 minutter, hvor I ser på øvebanerne.`,
        "",
        "Planen, og hvor I booker opfølgningen:",
        input.link,
      ].join("\n"),
  },
  pdf: {
    title: (name: string, round: string, version: number, kind: Kind) =>
      `${capitalisedRole(roles[kind].plan)} – ${name} – ${round} – udgave ${version}`,
    subject: (kind: Kind) => `${capitalisedRole(roles[kind].plan)} fra ${kind === "MUS" ? "medarbejder" : "leder"}udviklingssamtalen`,
    keywords: "kompetenceudviklingsplan, MUS, LUS, personalemappe",
    heading: (kind: Kind) => capitalisedRole(roles[kind].plan),
    headingAgreements: (kind: Kind) => `${capitalisedRole(roles[kind].plan)} – aftalerne`,
    agreementsOnly: "Kommunen journaliserer kun de konkrete aftaler fra samtalen.",
    round: "Runde",
    employee: (kind: Kind) => capitalisedRole(roles[kind].participant),
    leader: (kind: Kind) => capitalisedRole(roles[kind].leader),
    conversation: "Samtalen",
    noConversation: "Ikke booket i systemet",
    version: "Udgave",
    signedVersion: (number: number, when: string) => `${number}, underskrevet ${when}`,
    unsignedVersion: (number: number) => `${number}, ikke underskrevet af begge`,
    approvedBy: "Godkendt af",
    filed: "Journaliseret",
    followUp: "Opfølgning og evaluering",
    commentHeading: (kind: Kind) => `${capitalisedRole(roles[kind].participantPossessive)} bemærkning`,
    comment: (name: string) => `Bemærkning fra ${name} til den journaliserede udgave`,
    yesNo: ["Ja", "Nej"],
    longField: "Felt til rettelser (hele teksten står ovenfor)",
    footer: (name: string, version: number) => `Fortroligt · ${name} · udgave ${version}`,
    fileName: (name: string, round: string, version: number) => `kompetenceudviklingsplan-${name}-${round}-udgave-${version}.pdf`,
  },
  guidePdf: {
    title: (round: string) => `Samtaleguide – ${round}`,
    subject: (kind: Kind) => `Samtaleguide til ${kind === "MUS" ? "medarbejder" : "leder"}udviklingssamtalen, A3 til bordet`,
    bullet: "•",
    download: "Hent samtaleguiden i A3 til print",
    fileName: (round: string) => `samtaleguide-${round}.pdf`,
  },
  hr: {
    title: "Journalisering",
    lead: "Rundernes fremdrift i tal og de underskrevne kompetenceudviklingsplaner (i LUS: kompetenceudviklingsark), der skal journaliseres i personalemappen. Forberedelsesskemaer, noterne fra samtalerne og planer, der ikke er underskrevet, ser du ikke.",
    progressHeading: "Fremdrift pr. runde",
    columns: {
      round: "Runde",
      unit: "Enhed",
      leader: "Rundens leder",
      participants: "Deltagere",
      sheets: "Skemaer delt",
      conversations: "Samtaler holdt",
      signed: "Planer underskrevet",
      filed: "Planer journaliseret",
      export: "Eksport",
    },
    exportRound: (title: string) => `Hent underskrevne planer i ${title} (ZIP)`,
    exportUnit: (unit: string) => `Hent alle underskrevne planer i ${unit} (ZIP)`,
    noRounds: "Ingen runder er offentliggjort endnu.",
    unfiledHeading: "Underskrevne planer, der ikke er journaliseret",
    noUnfiled: "Alle underskrevne planer er journaliseret.",
    shown: (shown: number, total: number) => `Viser ${shown.toLocaleString("da-DK")} af ${total.toLocaleString("da-DK")}.`,
    unfiledColumns: { person: "Deltager", round: "Runde", version: "Udgave", signed: "Underskrevet", actions: "Handlinger" },
    download: (person: string) => `Hent PDF for ${person}`,
    markFiled: (person: string) => `Markér som journaliseret: planen for ${person}`,
    markFiledShort: "Markér som journaliseret",
    marking: "Gemmer …",
    marked: (person: string) => `Planen for ${person} er markeret som journaliseret.`,
    zipName: (selection: string) => `kompetenceudviklingsplaner-${selection}.zip`,
  },
  filing: {
    filedBy: (when: string, name: string) => `${when} af ${name}`,
    filed: (when: string, name: string) => `Journaliseret i personalemappen ${when} af ${name}.`,
    notFiled: "Ikke journaliseret endnu.",
    alreadyFiled: "Udgaven er allerede journaliseret.",
    commentNotSigned: "Du kan skrive en bemærkning, når udgaven er underskrevet af jer begge.",
    commentFiled: "Udgaven er journaliseret; bemærkningen kan ikke ændres længere.",
    commentLabel: "Din bemærkning til den journaliserede udgave (valgfri)",
    commentHint:
      "Kommer med i PDF'en, der lægges i personalemappen. Er noget i planen forkert, så skriv det her; du og din leder kan rette det i en ny udgave, som I begge godkender (din ret til berigtigelse).",
    saveComment: "Gem bemærkningen",
    savingComment: "Gemmer …",
    commentSaved: "Bemærkningen er gemt.",
    download: (number: number) => `Hent udgave ${number} som PDF`,
  },
  signOff: {
    heading: "Godkendelse",
    lead: "Når I begge har godkendt den samme udgave, er den underskrevet og nummereret. Retter I bagefter, bliver det en ny udgave, som I begge skal godkende igen.",
    approve: "Godkend planen, som den står nu",
    approving: "Godkender …",
    waitForSave: "Vent, til alt er gemt, og godkend så.",
    changed: "Planen er ændret, siden du så den. Læs den igen, og godkend den, som den står nu.",
    version: (number: number) => `Udgave ${number}`,
    show: (number: number) => `Læs udgave ${number}, som den blev godkendt`,
    signed: (when: string) => `Underskrevet af jer begge ${when}.`,
    approvedBy: (name: string, when: string) => `Godkendt af ${name} ${when}.`,
    waiting: (name: string) => `Venter på godkendelse fra ${name}.`,
    none: "Planen er ikke godkendt endnu.",
    unreadable:
      "Denne udgave kan ikke vises, fordi den er gemt i en form, systemet ikke kender. Fejlen er skrevet i loggen; kontakt jeres administrator.",
    done: (number: number, signed: boolean) =>
      signed ? `Udgave ${number} er underskrevet af jer begge.` : `Du har godkendt udgave ${number}. Den venter på den anden part.`,
  },
  editor: {
    goals: "Mål",
    goalsHint: "Hvad vil du gerne udvikle, og hvorfor?",
    actionsHeading: "Øvebaner",
    actionsHint: fewButGood,
    tooManyActions: "I har nu tre eller flere øvebaner. Hellere lidt, men godt – overvej, om 1–2 øvebaner/prøvehandlinger er nok.",
    action: (n: number) => `Øvebane ${n}`,
    what: "Hvad",
    how: "Hvordan",
    support: "Hvilken støtte er der brug for?",
    who: "Hvem",
    byWhen: "Hvornår",
    waitsForWrapUp: "Aftalen afventer den fælles opsamling",
    theme: "Tema",
    form: "Form for udvikling",
    notChosen: "Ikke valgt",
    forms: {
      education: "Uddannelse eller kursus",
      training: "Oplæring og sidemandsoplæring",
      tasks: "Nye opgaver eller nyt ansvar",
      sparring: "Sparring, supervision eller netværk",
      selfStudy: "Faglig fordybelse på egen hånd",
      other: "Andet",
    },
    motivated: (kind: Kind) => `Har ${roles[kind].participantDefinite} lyst til og motivation for faglig udvikling?`,
    motivation: { yes: "Ja", no: "Nej", unclear: "Ikke afklaret" },
    wrapUp: "Fælles opsamling",
    addAction: "Tilføj øvebane",
    noActions: "Ingen øvebaner endnu.",
    followUpDate: "Dato for opfølgning på hele planen",
    followUpDateHint: "På datoen får I begge en mail om at aftale opfølgningen.",
    carriedFrom: (title: string) => `Fra planen i ${title} (ikke afsluttet)`,
    subtasks: "Delopgaver",
    subtask: (n: number) => `Delopgave ${n}`,
    subtaskState: (n: number) => `Status for delopgave ${n}`,
    addSubtask: "Tilføj delopgave",
    taskStates: { open: "Ikke begyndt", started: "I gang", done: "Færdig" },
    expectationsHeading: "Forventningsafstemning",
    expectationsLead: expectationQuestion.withDimensions,
    /** The same for a round whose sheet has no dimensions (the Tønder concept). */
    expectationsLeadWithoutDimensions: expectationQuestion.withoutDimensions,
    startWith: "Vi starter med",
    startWithNone: "Ikke valgt",
    expectations: "Hvad er ellers vigtigt at nå omkring?",
    planHeading: "Planen",
    evaluation: "Evaluering af samtalen",
    evaluationHint: "Hvordan har det været at holde samtalen på denne måde?",
  },
} as const;
