import type { RetentionKind } from "@/lib/domain/retention/kinds";

const months = (count: number) => (count === 1 ? "1 måned" : `${count} måneder`);

export const retention = {
  title: "Opbevaring og sletning",
  lead: "Hvor længe appen gemmer hver slags personoplysninger, og hvornår de slettes. Sletningen kører af sig selv én gang i døgnet; alt, der slettes, står i sletteloggen nedenfor (hvor meget og efter hvilken regel, aldrig indholdet).",
  nav: "Opbevaring",
  policy: {
    legend: "Opbevaringsperioder",
    columns: { kind: "Oplysninger", from: "Regnes fra", months: "Måneder", default: "Standard og begrundelse" },
    monthsFor: (kind: string) => `for ${kind}`,
    defaultNote: (count: number) => `Standard: ${months(count)}.`,
    changed: "Ændret af kommunen.",
    save: "Gem perioderne",
    saved: "Perioderne er gemt. De gælder fra næste sletning.",
    monthsRange: (min: number, max: number) => `Skriv et helt antal måneder fra ${min} til ${max}.`,
    scoresBeforeTexts: "Vurderingerne kan ikke slettes før teksterne: de gemmes sammen med dem. Vælg mindst lige så mange måneder.",
    minimum: "Bindende minimum",
    minimumFor: (kind: string) => `i måneder, for ${kind}`,
    minimumHint: "F.eks. et lovkrav eller en aftale. Tomt: intet minimum. En kortere periode kan ikke gemmes, før minimummet er ændret.",
    minimumNote: (count: number) => `Kommunen har sat et bindende minimum på ${months(count)}.`,
    belowMinimum: (count: number) =>
      `Perioden er kortere end det bindende minimum på ${months(count)}, som kommunen har sat. Vælg mindst ${months(count)}, eller ret minimummet først, hvis kravet er ændret.`,
  },
  kinds: {
    SHEET_TEXTS: {
      name: "Forberedelsesskemaernes tekster og lederens noter",
      from: "Runden er afsluttet",
      reason:
        "Skemaet og noterne er forberedelse til én samtale. Det, der blev aftalt, står i den underskrevne plan, så teksterne skal ikke gemmes længe efter runden.",
    },
    SHEET_SCORES: {
      name: "De fire vurderinger (tal) fra forberedelsesskemaet",
      from: "Runden er afsluttet",
      reason:
        "Tallene alene viser næste års sammenligning med sidste år, for deltageren og i lederens overblik. To år dækker den næste runde.",
    },
    PLAN_DRAFTS: {
      name: "Planens kladde og redigeringslog",
      from: "Runden er afsluttet",
      reason:
        "Kladden og loggen viser, hvordan planen blev skrevet, ikke hvad der blev aftalt. Den underskrevne version er det, der gælder; den berøres ikke her.",
    },
    SIGNED_PLANS: {
      name: "Underskrevne planer",
      from: "Planen er journaliseret i personalemappen, og runden er afsluttet",
      reason: "Personalemappen er arkivet for den underskrevne plan. En plan, der ikke er journaliseret, slettes aldrig af appen.",
    },
    DEACTIVATED_PEOPLE: {
      name: "Personer, der er fratrådt (navn, e-mail, stilling, ansættelsesforhold)",
      from: "Personen er deaktiveret",
      reason:
        "Navnet erstattes, når personen ikke længere har skemaer eller planer i appen. Rækken bliver, så runder og log hænger sammen, men personen kan ikke genkendes.",
    },
    MAIL: {
      name: "Afsendte e-mails",
      from: "E-mailen er sendt eller opgivet",
      reason: "Kopien er kun til fejlsøgning af udsendelsen. Modtageren har selv sin e-mail.",
    },
    SESSIONS: {
      name: "Logins (sessioner)",
      from: "Sessionen er slut",
      reason: "En afsluttet session bruges ikke igen. Hvem der har set hvad, står i revisionsloggen.",
    },
    AUDIT_EVENTS: {
      name: "Revisionsloggen (hvem har læst og ændret hvad)",
      from: "Hændelsen er logget",
      reason:
        "Loggen viser den enkelte, hvem der har set deres oplysninger, og bruges, når en klage undersøges. Den gemmes mindst et år; det ældste slettes i hele, forseglede afsnit, så resten stadig kan efterprøves. Loggen er fælles for installationen: har flere kommuner hver sin periode, gælder den længste.",
    },
  } satisfies Record<RetentionKind, { name: string; from: string; reason: string }>,
  dryRun: {
    button: "Vis hvad næste sletning fjerner",
    heading: "Næste sletning vil fjerne",
    none: "Næste sletning fjerner intet.",
    count: (count: number) => (count === 1 ? "1 række" : `${count} rækker`),
  },
  run: {
    button: "Slet nu",
    confirm: "Sletningen kan ikke fortrydes. Slet nu efter de gemte perioder?",
    done: (count: number) =>
      count === 0 ? "Sletningen er kørt. Intet skulle slettes." : `Sletningen er kørt: ${count} rækker er slettet.`,
    busy: "En sletning kører allerede. Prøv igen om lidt.",
  },
  log: {
    heading: "Slettelog",
    lead: "Hver kørsel med antal pr. slags og reglen, der gjaldt. Indholdet gemmes ikke.",
    none: "Der er ikke slettet noget endnu.",
    download: "Hent sletteloggen som CSV-fil",
    columns: { at: "Tidspunkt", trigger: "Startet af", kind: "Oplysninger", count: "Slettet", rule: "Regel", before: "Alt fra før" },
    schedule: "Den daglige kørsel",
    manual: (name: string) => `${name} (manuelt)`,
    unfinished: "afbrudt; fortsættes ved næste kørsel",
    period: (count: number) => months(count),
    rule: (count: number, before: string) => `${months(count)}: alt fra før ${before}`,
  },
  anonymousName: "Tidligere medarbejder",
  hold: {
    heading: "Sletning i bero (legal hold)",
    lead: "Mens sletningen er i bero, sletter appen intet om personen: hverken skemaer, lederens noter, planer, e-mails eller logins, og navnet erstattes ikke. Brug det ved en sag eller en klage, og ophæv det, når sagen er afsluttet.",
    reason: "Begrundelse",
    reasonHint: "F.eks. sagsnummer og hvorfor. Står i loggen; skriv ikke helbredsoplysninger.",
    place: "Sæt sletningen i bero",
    placed: "Sletningen er sat i bero.",
    standing: (since: string, by: string) => `I bero siden ${since}, sat af ${by}.`,
    lift: "Ophæv",
    lifted: "Sletningen er ikke længere i bero.",
    already: "Sletningen er allerede i bero for personen.",
    gone: "Holdet er allerede ophævet.",
    listHeading: "Sletning i bero",
    none: "Ingen.",
    columns: { person: "Person eller runde", reason: "Begrundelse", since: "Siden", lift: "Ophæv" },
    liftFor: (name: string) => `Ophæv holdet for ${name}`,
    round: {
      heading: "Sæt en runde i bero",
      lead: "Mens en runde er i bero, sletter appen intet fra rundens samtaler (skemaer, lederens noter, planer), og navnene på rundens leder og deltagere erstattes ikke. Brug det, når en sag eller en klage gælder hele runden. Hold på den enkelte person sættes på personens side under Personer.",
      label: "Runde",
      choose: "Vælg en runde",
      option: (name: string, leader: string, state: string) => `${name} (${leader}, ${state})`,
      search: "Find runden (titel, enhed eller leder)",
      searchLabel: "Find en runde at sætte i bero",
      searchButton: "Søg",
      more: (count: number) => `Viser de ${count} nyeste, der passer. Søg for at finde en ældre.`,
      noMatch: "Ingen runder passer på søgningen.",
      place: "Sæt runden i bero",
      placed: "Sletningen er sat i bero for runden.",
      already: "Sletningen er allerede i bero for runden.",
    },
    chooseRound: "Vælg den runde, der skal i bero.",
    placedDuringRun:
      "Holdet gælder fra nu. En sletning kører lige nu: fra nu af sletter den intet af det, holdet dækker. Det, den nåede at slette før, står i sletteloggen.",
  },
  // On the sheet and the plan: what happens to the person's own data, by the municipality's rules.
  notice: {
    label: "Opbevaring",
    sheet: (texts: number, scores: number) =>
      `Når runden er afsluttet, slettes skemaets tekster og lederens noter efter ${months(texts)} og de fire vurderinger efter ${months(scores)}.`,
    sheetClosed: (closedOn: string, texts: number, scores: number) =>
      `Runden blev afsluttet ${closedOn}. Skemaets tekster og lederens noter slettes ${months(texts)} efter, de fire vurderinger ${months(scores)} efter.`,
    /** The same for a round whose sheet has no scores (the Tønder concept). */
    sheetWithoutScores: (texts: number) => `Når runden er afsluttet, slettes skemaets tekster og lederens noter efter ${months(texts)}.`,
    sheetClosedWithoutScores: (closedOn: string, texts: number) =>
      `Runden blev afsluttet ${closedOn}. Skemaets tekster og lederens noter slettes ${months(texts)} efter.`,
    plan: (drafts: number, signed: number) =>
      `Når runden er afsluttet, slettes planens kladde og redigeringslog efter ${months(drafts)}. Den underskrevne plan slettes her ${months(signed)} efter, at HR har journaliseret den i personalemappen (og runden er afsluttet); en plan, der ikke er journaliseret, slettes ikke.`,
  },
};
