export const errors = {
  signedOut: "Du er blevet logget ud. Log ind igen; det du skrev, står her stadig.",
  notFound: "Det findes ikke, eller du har ikke adgang til det.",
  unexpected: "Der skete en uventet fejl. Det du skrev, står her stadig; prøv igen.",
  email: "Skriv en gyldig e-mailadresse, f.eks. navn@kommune.dk.",
  required: "Skal udfyldes.",
  tooLong: (max: number) => `Højst ${max} tegn.`,
  tooLongBy: (max: number, length: number) =>
    `Højst ${max.toLocaleString("da-DK")} tegn; teksten har ${length.toLocaleString("da-DK")}. Det, du har skrevet, står her stadig, så du kan forkorte det.`,
  notFoundPage: { title: "Siden findes ikke", text: "Siden findes ikke, eller du har ikke adgang til den.", back: "Til forsiden" },
  // When a page fails on the server (the database is away, a fault): what happened and what to do,
  // nothing about how (that is in the server's log, found by the code shown).
  errorPage: {
    title: "Siden kunne ikke vises lige nu",
    documentTitle: "Siden kunne ikke vises · MUS og LUS",
    text: "Der opstod en fejl hos os – ikke noget, du har gjort. Prøv igen om et øjeblik. Det, du allerede har gemt, er ikke gået tabt.",
    retry: "Prøv igen",
    back: "Til forsiden",
    code: (digest: string) => `Hvis fejlen bliver ved, så kontakt kommunens it-support og oplys fejlkoden ${digest}.`,
    persists: "Hvis fejlen bliver ved, så kontakt kommunens it-support.",
  },
} as const;
