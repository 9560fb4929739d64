// The seeds' guidance, written as the app's own Danish: the conversation's principles and time
// (Tønder's leaders' guide, Aarhus's guide), the vitalisation model's three lines per dimension,
// the employee's leaflet, the leader's checklist and the committee's five points.
// Texts that name a role take the round's kind: in LUS the participant is a leader and the other
// party the leader's leader, and the plan is the kompetenceudviklingsark.
import { committees } from "./committees";

type Kind = "MUS" | "LUS";

/** The role words these texts need, by the round's kind (definite forms, lower case). */
const roles = (kind: Kind) =>
  kind === "LUS"
    ? { lead: "leders leder", participant: "lederen", participants: "lederne", plan: "kompetenceudviklingsarket", planIt: "det" }
    : { lead: "lederen", participant: "medarbejderen", participants: "medarbejderne", plan: "kompetenceudviklingsplanen", planIt: "den" };

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The four dimensions' three lines (what the workplace needs, what the person needs, how development comes). */
const dimensionLines = (kind: Kind) => {
  const who = capital(roles(kind).participant);
  return {
    mestring: {
      organisation: "Arbejdspladsen har brug for folk med de rette faglige kompetencer til at løfte den fælles kerneopgave.",
      person: `${who} har brug for at mestre de daglige opgaver, opleve at evner og færdigheder gør en forskel for kerneopgaven og kunne udvikle sig videre, uanset erfaring.`,
      development:
        "Udvikling opstår, når de faglige kompetencer bliver brugt og udviklet til gavn for kerneopgaven: gennem nye opgaver og udfordringer, nye måder at løse de nuværende på eller egentlig kompetenceudvikling.",
    },
    mening: {
      organisation:
        "Arbejdspladsen har brug for folk, der arbejder ud fra de fælles visioner og værdier, så det giver mening at arbejde her.",
      person: `${who} har brug for at kunne se retning og en større mening og vide, hvordan egne opgaver bidrager til de fælles mål.`,
      development:
        "Udvikling opstår, når arbejdet har en retning, der giver mening: meningsfulde strukturer, et værdigrundlag der viser vej, forbilleder og noget at se frem til. Det giver motivation og engagement.",
    },
    samhoerighed: {
      organisation:
        "Arbejdspladsen har brug for stærke fællesskaber, hvor delt viden og erfaring giver bedre løsninger og fremmer trivsel, samarbejde og et godt arbejdsmiljø.",
      person: `${who} har brug for sociale relationer i arbejdslivet og for at høre til i faglige fællesskaber med plads til forskellighed.`,
      development:
        "Udvikling opstår, når relationerne bliver stærkere: i opgavefællesskaber på og på tværs af arbejdspladser, og når der er rammer for videndeling, feedback og sparring.",
    },
    autonomi: {
      organisation:
        "Arbejdspladsen har brug for, at alle bliver den bedste udgave af sig selv i fællesskabet og bidrager til kreative og udviklende løsninger på kerneopgaven.",
      person: `${who} har brug for at blive set, anerkendt, forstået og respekteret for sin egen stil, sine talenter og sin måde at udtrykke sig på.`,
      development:
        "Udvikling opstår, når de personlige potentialer bliver værdsat og anerkendt. Det giver faglig selvtillid og selvværd og styrker tillid og robusthed.",
    },
  } as const;
};

export const guidance = {
  roles,
  conversation: {
    heading: "Sådan bliver samtalen god",
    principlesHeading: "Seks principper for en god samtale",
    principles: (kind: Kind) => {
      const r = roles(kind);
      return [
        "Samtalen er en dialog og en forventningsafstemning: I har begge ret til at tale og pligt til at lytte.",
        `${capital(r.lead)} sidder med magten i rummet, og det kan let præge samtalen. Derfor skal ${r.lead} være ekstra opmærksom på at skabe et trygt og tillidsfuldt rum, hvor også det, ${r.lead} har brug for at sige, kan komme frem.`,
        "Samtalen skal udvikle. Den må aldrig blive en korrigerende samtale om uacceptabel adfærd; den samtale hører hjemme dér, hvor adfærden opstår.",
        "Giv tid til eftertanke og plads til at sætte ord på det svære: mindre snak, mere lydhørhed.",
        `Får ${r.lead} kritisk feedback, så mød den nysgerrigt og undersøg, hvad ${r.participant} efterlyser. Er I uenige, så lad forskellene stå tydeligt: ${r.participant} har ret til sine synspunkter, og ${r.lead} har retten til at lede.`,
        `Bringes svære forhold i samarbejdet med andre op, afhænger ${r.lead}s muligheder for at handle af, hvor åbent det kan tages op bagefter. ${capital(r.lead)} sørger for, at det bliver håndteret ordentligt og i den rette sammenhæng, f.eks. ved den fælles opsamling eller i en mindre gruppe.`,
      ];
    },
    number: (n: number) => `${n}.`,
    notPartHeading: "Hører ikke til her",
    notPart: (kind: Kind) => `Lønforhandling og omsorgssamtaler er ikke en del af ${kind}; de foregår i andre sammenhænge.`,
    planHeading: "Tid til planen",
    planTime: (kind: Kind) => `Sæt god tid af til ${roles(kind).plan} – mindst 15 minutter.`,
    broad: "Kompetenceudvikling er mere og andet end formel uddannelse.",
    littleButGood: "Hellere lidt, men godt: 1–2 konkrete øvebaner/prøvehandlinger rækker langt.",
    evaluationHeading: "Til sidst",
    evaluation: (kind: Kind) => `Slut af med at evaluere samtalen: Hvordan har det været at holde ${kind} på denne måde?`,
  },
  timer: {
    // Not "planen": the plan's own region is called that, and a name must find one region.
    label: "Stopur til samtalen",
    lead: "Start uret, når I går i gang med planen. Det siger ingen lyd.",
    start: "Start uret",
    pause: "Sæt på pause",
    resume: "Fortsæt",
    reset: "Nulstil",
    minutes: (minutes: number) => `${minutes} ${minutes === 1 ? "minut" : "minutter"}`,
    goal: "Målet er mindst 15 minutter.",
    reached: "Der er gået 15 minutter med planen. I kan fortsætte, så længe I har brug for det.",
  },
  dimensions: {
    lines: dimensionLines,
    organisationLabel: "Det har arbejdspladsen brug for",
    personLabel: (kind: Kind) => `Det har ${roles(kind).participant} brug for`,
    developmentLabel: "Sådan opstår udvikling",
    moreAbout: (dimension: string) => `Mere om ${dimension.toLowerCase()}`,
    origin:
      "De fire dimensioner kommer fra Jan Tønnesvangs vitaliseringsmodel om fire grundlæggende psykologiske behov, som Aarhus Kommunes Børn og Unge bygger sit MUS- og LUS-materiale på.",
  },
  leaflet: {
    pageTitle: (kind: Kind) => `${kind}-processen – information til dig som ${kind === "LUS" ? "leder" : "medarbejder"}`,
    metaTitle: "Information til dig",
    navLabel: "Information til dig",
    link: (kind: Kind) => `Information til dig om ${kind}-processen`,
    /** The same link for the leader, the committee and the union representative: the leaflet is the participants'. */
    linkForOthers: (kind: Kind) => `Informationen til ${kind === "LUS" ? "lederne" : "medarbejderne"} om ${kind}-processen`,
    download: "Hent informationen som PDF til print",
    fileName: (round: string) => `information-${round}.pdf`,
    subject: (kind: Kind) => `Information om ${kind}-processen`,
    intro: (kind: Kind, municipality: string) => {
      const r = roles(kind);
      return `${municipality} tilbyder hvert år alle ${kind === "LUS" ? "ledere" : "medarbejdere"} en ${kind === "LUS" ? "lederudviklingssamtale" : "medarbejderudviklingssamtale"} (${kind}) med ${r.lead}. Samtalen handler om din trivsel, din udvikling og dit bidrag til den fælles kerneopgave – og om, hvad I sammen vil gøre det næste år.`;
    },
    roundHeading: "Årets runde",
    facts: {
      round: "Runde",
      leader: "Du holder samtalen med",
      kickoff: "Fælles opstartsmøde",
      conversations: "Samtalerne holdes",
      wrapUp: "Fælles opsamling",
      followUp: "Opfølgning senest",
      focus: "Årets særlige fokus",
    },
    period: (from: string, to: string) => `${from} – ${to}`,
    stepsHeading: "Processen i fire trin",
    steps: [
      "Fælles opstartsmøde: kerneopgaven og udviklingsmålene sætter rammen, og I tilpasser sammen forberedelsesmaterialet til jeres hverdag.",
      "Din forberedelse og den individuelle samtale.",
      "Fælles opsamling: fælles behov for udvikling og fælles tiltag, og de aftaler, der skulle vente på overblikket, falder på plads.",
      "Opfølgning på det, der er sat i gang, så det får den ønskede effekt.",
    ],
    themesHeading: "Temaerne",
    themesLead: "Forberedelsesskemaet er bygget op om disse temaer:",
    coreTask: "Kerneopgaven",
    goals: "De aktuelle udviklingsmål",
    prepareHeading: "Sådan forbereder du dig",
    prepare: (kind: Kind) => [
      "Udfyld dit forberedelsesskema her i appen. Det gemmes, mens du skriver.",
      "Brug gerne spørgsmålene i samtaleguiden som inspiration.",
      kind === "LUS" ? "Forbered dig evt. sammen med en kollega i dit ledelsesteam." : "Forbered dig evt. sammen med en kollega.",
    ],
    conversationHeading: "Under samtalen",
    conversation: (kind: Kind) => {
      const r = roles(kind);
      return [
        "I starter med en gensidig forventningsafstemning: Hvilken af dimensionerne eller temaerne starter I med, og hvad er ellers vigtigt at nå?",
        `I skriver ${r.plan} sammen under samtalen og sætter mindst 15 minutter af til den. Hellere lidt, men godt: 1–2 konkrete øvebaner/prøvehandlinger.`,
        "I underskriver planen begge, og I aftaler en dato for opfølgning.",
      ];
    },
    privacyHeading: "Hvem ser hvad",
    helpHeading: "Spørgsmål",
    privacy: (kind: Kind) => {
      const r = roles(kind);
      return [
        `Dit forberedelsesskema er dit, indtil du deler det. Derefter kan ${r.lead} læse det.`,
        `${capital(r.plan)} ser kun I to. Når ${r.planIt} er underskrevet, journaliserer HR ${r.planIt} i din personalemappe.`,
        "Overblikket efter samtalerne og den fælles opsamling viser tendenser for gruppen, aldrig dine svar.",
      ];
    },
  },
  helpContact: {
    legend: "Kontakt for hjælp",
    hint: "Den, man kan spørge om MUS og LUS, f.eks. HR eller en ledelseskonsulent. Vises nederst på alle sider og i alle e-mails. Lad navnet stå tomt for ingen kontakt.",
    name: "Navn",
    title: "Stilling eller funktion",
    titleHint: "Skrives foran navnet, som den skal stå: f.eks. ledelseskonsulent eller HR-konsulent.",
    email: "E-mail",
    phone: "Telefon",
    save: "Gem kontakten",
    saving: "Gemmer …",
    saved: "Kontakten er gemt.",
    errors: {
      name: "Skriv et navn på højst 120 tegn.",
      nameMissing: "Skriv kontaktens navn, når du udfylder de andre felter.",
      title: "Skriv højst 120 tegn.",
      email: "Skriv en gyldig e-mailadresse, f.eks. hr@kommune.dk.",
      phone: "Skriv et telefonnummer med cifre, mellemrum og evt. + foran, f.eks. 74 92 92 92.",
      reach: "Skriv en e-mailadresse eller et telefonnummer, så man kan nå kontakten.",
    },
    /** "Brug for hjælp? Kontakt ledelseskonsulent Sanne Ganzhorn" */
    lead: (name: string, title: string) => `Brug for hjælp? Kontakt ${title ? `${title} ` : ""}${name}`,
    emailLabel: (email: string) => `e-mail ${email}`,
    phoneLabel: (phone: string) => `tlf. ${phone}`,
    /** The lines under every e-mail. */
    mailFooter: (name: string, title: string, email: string, phone: string) =>
      [
        "",
        "-- ",
        `Brug for hjælp med MUS eller LUS? Kontakt ${title ? `${title} ` : ""}${name}`,
        ...(email ? [`E-mail: ${email}`] : []),
        ...(phone ? [`Telefon: ${phone}`] : []),
      ].join("\n"),
  },
  checklist: {
    heading: "Din tjekliste for runden",
    lead: "Trinene fra vejledningerne. Appen sætter selv flueben, når den kan se, at et trin er gjort; resten er gode råd, den ikke holder øje med.",
    groups: {
      prepare: "Før runden",
      kickoff: "Fælles opstartsmøde",
      conversations: "Samtalerne",
      wrapUp: "Fælles opsamling og opfølgning",
    },
    steps: (kind: Kind) => {
      const r = roles(kind);
      return {
        leaderTeam: "Forbered evt. runden sammen i lederteamet.",
        focus: `Beslut, om årets ${kind}-runde har et særligt fokus, og skriv det i rundens oplysninger.`,
        policies: `Overvej, hvordan kommunens politikker, strategier og visioner bliver til noget i ${r.participants}s opgaver.`,
        offers:
          kind === "LUS"
            ? "Vurdér, om nogen af lederne skal tilbydes en seniorsamtale."
            : "Vurdér, om nogen skal tilbydes en seniorsamtale eller ledertalentudvikling.",
        feedback: `Forbered din feedback til hver af ${r.participants} i dine noter.`,
        coreTask: "Fortæl om kerneopgaven og de aktuelle udviklingsmål på opstartsmødet.",
        questions: "Formulér sammen undertemaer og spørgsmål under hvert tema.",
        publish: "Færdiggør forberedelsesmaterialet og send invitationen i god tid.",
        book: "Book samtalerne.",
        sheets: `${capital(r.participants)} deler deres forberedelsesskema.`,
        plans: `I skriver og underskriver ${r.plan} under samtalen.`,
        overview: "Skab dig et overblik: kompetencer, samarbejde og behov for udvikling.",
        wrapUp: "Start den fælles opsamling.",
        agenda: "Gør status på temaerne og skriv beslutninger og prioriteringer til opsamlingen.",
        jointActions: "Aftal en fælles handleplan: hvad, hvornår og hvem, og hvordan I følger op.",
        overallFeedback: `Giv ${r.participants} en samlet tilbagemelding med fælles tendenser.`,
        followUp: "Følg op på aftalerne, så de bliver til noget.",
      };
    },
    count: (done: number, of: number) => `(${done} af ${of})`,
    /** Read after each step by a screen reader (the tick itself is decorative). */
    state: (done: boolean | null) =>
      ` – ${done === null ? "godt råd (appen holder ikke øje med det)" : done ? "gjort" : "ikke gjort endnu"}`,
  },
  committee: {
    // The seed's Samarbejdsfeltet, by the name the municipality gives its cooperation body.
    heading: (body: string) => `${committees.genitive(body)} fælles fokus og opgave`,
    lead: (kind: Kind, body: string) =>
      `Det er ledelsens ansvar at gennemføre ${kind}. ${body} støtter processen ved opstartsmødet, den fælles opsamling og opfølgningen – og respekterer, at de individuelle samtaler er fortrolige.`,
    points: [
      "Styrke samarbejdet om kvaliteten i kerneopgaven.",
      "Udvikle fagligheden.",
      "Lykkes med at nå udviklingsmålene.",
      "Trivsel i personalegruppen.",
      "Understøtte arbejdet med leveregler, organisatorisk læring og samskabelse i praksis – og skabe muligheder for at udvikle det videre.",
    ],
  },
} as const;
