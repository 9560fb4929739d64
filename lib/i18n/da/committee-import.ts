// Importing MED committees from a CSV file in Administration → MED-udvalg.

const lines = (n: number) => `${n} ${n === 1 ? "linje" : "linjer"}`;

export const committeeImport = {
  title: "Importér MED-udvalg",
  link: "Importér MED-udvalg fra en CSV-fil",
  lead: "Indlæs en CSV-fil med udvalgene, de enheder de dækker, og deres medlemmer. Du ser først, hvad der vil ske; der ændres intet, før du godkender. Udvalg, der ikke står i filen, bliver, som de er.",
  fileLabel: "CSV-fil",
  fileHint:
    "Kolonner: udvalg, enheder, medlemmer. Enheder skrives med deres navn, medlemmer med e-mail eller medarbejdernummer. Flere i samme felt adskilles med |, eller skriv udvalget på flere linjer. Filen bestemmer hele udvalgets enheder og medlemmer. Semikolon eller komma; UTF-8 eller Windows-1252 (Excel).",
  previewButton: "Vis hvad der vil ske",
  previewing: "Læser filen …",
  applyButton: "Gennemfør importen",
  applying: "Importerer …",
  tooLarge: "Filen er for stor (højst 1 MB).",
  errorsHeading: (count: number) => `${lines(count)} skal rettes, før filen kan importeres`,
  errorsLead: "Der er ikke ændret noget. Ret linjerne i filen, og prøv igen.",
  lineColumn: "Linje",
  reasonColumn: "Hvad er galt",
  summaryHeading: "Det vil ske",
  summary: { create: "Oprettes", update: "Ændres", unchanged: "Uændrede" },
  columns: { committee: "Udvalg", change: "Ændring", units: "Dækker", members: "Medlemmer" },
  change: { create: "Oprettes", update: "Ændres", unchanged: "Uændret" },
  nothingToDo: "Filen svarer præcis til de udvalg, der allerede er registreret. Der er intet at importere.",
  done: (created: number, updated: number) => `Importen er gennemført: ${created} udvalg oprettet, ${updated} ændret.`,
  stale:
    "Udvalgene, enhederne eller personerne er ændret, siden forhåndsvisningen blev lavet. Se forhåndsvisningen igen, før du importerer.",
  errors: {
    missingName: "Udvalgets navn mangler.",
    nameTooLong: (max: number) => `Udvalgets navn er for langt (højst ${max} tegn).`,
    unknownUnit: (name: string) => `Enheden »${name}« findes ikke i kommunen.`,
    unknownPerson: (who: string) => `Der er ingen person med e-mail eller medarbejdernummer »${who}« i kommunen.`,
    inactive: (name: string, who: string) => `${name} (${who}) er ikke længere aktiv og kan ikke sidde i et udvalg.`,
    notRepresentative: (name: string, who: string) =>
      `${name} (${who}) har ikke rollen MED-repræsentant. Giv rollen på personens side eller i personimporten først; en plads i et udvalg følger rollen.`,
    tooManyColumns: "Linjen har flere felter end overskriften. Står der et skilletegn i et felt uden anførselstegn?",
  },
} as const;
