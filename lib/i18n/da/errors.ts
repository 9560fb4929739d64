export const errors = {
  signedOut: "Du er blevet logget ud. Log ind igen; det du skrev, står her stadig.",
  notFound: "Det findes ikke, eller du har ikke adgang til det.",
  unexpected: "Der skete en uventet fejl. Det du skrev, står her stadig; prøv igen.",
  email: "Skriv en gyldig e-mailadresse, fx navn@kommune.dk.",
  required: "Skal udfyldes.",
  tooLong: (max: number) => `Højst ${max} tegn.`,
  tooLongBy: (max: number, length: number) =>
    `Højst ${max.toLocaleString("da-DK")} tegn; teksten har ${length.toLocaleString("da-DK")}. Det, du har skrevet, står her stadig, så du kan forkorte det.`,
  notFoundPage: { title: "Siden findes ikke", text: "Siden findes ikke, eller du har ikke adgang til den.", back: "Til forsiden" },
} as const;
