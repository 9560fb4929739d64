// Employment facts from the HR export (type, start date, birth year or senior flag) and the
// municipality's rules for who a new round invites by default.
const typeNames = {
  PERMANENT: "Månedslønnet, fastansat",
  FIXED_TERM: "Tidsbegrænset ansat",
  HOURLY: "Timelønnet vikar",
  TRAINEE: "Elev eller lærling",
} as const;

export const employment = {
  types: typeNames,
  importHint:
    "Valgfrit: ansættelsestype (fastansat, tidsbegrænset, timelønnet, elev), ansat fra (01-02-2024, 1.2.2024 eller 2024-02-01), fødselsår og senior (ja/nej). Mangler en kolonne, bevares det registrerede; et tomt felt sletter det. Kun fødselsåret gemmes, aldrig CPR-nummer.",
  errors: {
    unknownType: (value: string) =>
      `Ukendt ansættelsestype »${value}«. Brug fastansat (eller månedslønnet), tidsbegrænset, timelønnet (eller timelønnet vikar) eller elev.`,
    badDate: (value: string) => `»${value}« er ikke en dato. Skriv den som 01-02-2024, 1.2.2024 eller 2024-02-01.`,
    startOutOfRange: (value: string, from: number, to: number) => `Ansættelsesdatoen ${value} skal ligge mellem ${from} og ${to}.`,
    cprNumber: "Feltet ligner et CPR-nummer. Appen gemmer kun fødselsåret: skriv året (f.eks. 1962), eller fjern kolonnen.",
    badBirthYear: (value: string) => `»${value}« er ikke et fødselsår. Skriv året med fire cifre, f.eks. 1962.`,
    birthYearOutOfRange: (year: number, from: number, to: number) => `Fødselsåret ${year} skal ligge mellem ${from} og ${to}.`,
    badSenior: (value: string) => `»${value}« i kolonnen senior forstås ikke. Skriv ja eller nej (eller lad feltet stå tomt).`,
  },
  // The import's preview and the person form.
  field: "ansættelse",
  person: {
    legend: "Ansættelse (fra HR-systemet)",
    hint: "Bruges til, hvem en ny runde inviterer som standard. Kun fødselsåret gemmes – aldrig CPR-nummer eller fødselsdato.",
    type: "Ansættelsestype",
    typeNone: "Ikke oplyst",
    start: "Ansat fra",
    birthYear: "Fødselsår",
    birthYearHint: "Fire cifre, f.eks. 1962.",
    senior: "Senior ifølge HR-systemet",
    seniorHint: "Bruges kun, når fødselsåret ikke er oplyst.",
    seniorNone: "Ikke oplyst",
    seniorYes: "Ja",
    seniorNo: "Nej",
    errors: {
      type: "Vælg en ansættelsestype fra listen.",
      date: "Skriv en gyldig dato.",
    },
  },
  settings: {
    legend: "Deltagere i nye runder",
    hint: "Sådan vælges deltagerne, når en leder opretter en runde. Lederen kan altid tage andre med.",
    inviteHourly: "Inviter timelønnede vikarer som standard",
    seniorAge: "Tilbyd seniorsamtale fra alderen",
    seniorAgeHint:
      "Sættes ud fra fødselsåret (eller HR-systemets seniormarkering). Lad feltet stå tomt for ikke at sætte den på som standard.",
    minimumMonths: "Nyansatte inviteres først efter (måneder)",
    minimumMonthsHint: "Regnet til samtaleperiodens start. Lad feltet stå tomt for at invitere nyansatte som alle andre.",
    save: "Gem reglerne",
    saving: "Gemmer …",
    saved: "Reglerne for deltagere er gemt. De gælder runder, der oprettes herefter.",
    errors: {
      seniorAge: "Skriv en alder mellem 40 og 80, eller lad feltet stå tomt.",
      minimumMonths: "Skriv et antal måneder mellem 1 og 60, eller lad feltet stå tomt.",
    },
  },
  participants: {
    leftOutHeading: "Ikke med som standard",
    leftOutLead: "Kommunens regler lader disse personer ude af runden. Markér dem, du vil tage med alligevel.",
    reasons: {
      hourly: `${typeNames.HOURLY} – ikke med som standard`,
      newHire: (months: number) => `Ansat for under ${months} ${months === 1 ? "måned" : "måneder"}`,
    },
    include: "Tag de markerede med",
    including: "Tager med …",
    chooseSomeone: "Markér mindst én person.",
    included: (names: string[]) => `${names.join(", ")} er taget med i runden.`,
    seniorPreset: (age: number) =>
      `Seniorsamtale er sat på for dem, der fylder ${age} år eller mere i rundens år (ud fra fødselsåret eller HR-systemets seniormarkering). Du kan ændre det.`,
  },
  // The record of processing (art. 30) and the privacy notice (art. 13).
  privacy: {
    recordItem:
      "Ansættelsesforhold fra HR-systemet: ansættelsestype (fastansat, tidsbegrænset, timelønnet vikar, elev), ansættelsesdato og fødselsår – kun året, aldrig CPR-nummer eller fødselsdato – eller HR-systemets seniormarkering. De bruges kun til at foreslå, hvem en runde inviterer, og hvem der tilbydes en seniorsamtale, og slettes med personens øvrige stamoplysninger.",
    recipientItem:
      "Lederen ser ikke ansættelsesdato eller fødselsår, kun hvorfor en person ikke er med som standard (f.eks. timelønnet vikar) og om en seniorsamtale er foreslået. Administratorer ser oplysningerne under Personer.",
    noticeItem:
      "Din ansættelsestype, ansættelsesdato og dit fødselsår (kun året) kommer fra HR-systemet og bruges kun til at foreslå, om du er med i en runde, og om du tilbydes en seniorsamtale. Din leder ser forslaget, ikke dit fødselsår.",
  },
  // The person's own data export.
  export: {
    type: "Ansættelsestype",
    start: "Ansat fra",
    birthYear: "Fødselsår",
    senior: "Senior ifølge HR-systemet",
  },
} as const;
