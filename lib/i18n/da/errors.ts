export const errors = {
  signedOut: "Du er blevet logget ud. Log ind igen; det du skrev, står her stadig.",
  notFound: "Det findes ikke, eller du har ikke adgang til det.",
  unexpected: "Der skete en uventet fejl. Det du skrev, står her stadig; prøv igen.",
  email: "Skriv en gyldig e-mailadresse, fx navn@kommune.dk.",
  required: "Skal udfyldes.",
  tooLong: (max: number) => `Højst ${max} tegn.`,
  notFoundPage: { title: "Siden findes ikke", text: "Siden findes ikke, eller du har ikke adgang til den.", back: "Til forsiden" },
} as const;
