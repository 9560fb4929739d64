export const mail = {
  signIn: {
    subject: "Dit login-link til MUS og LUS",
    text: (url: string, expires: string) =>
      [
        "Hej",
        "",
        "Du har bedt om at logge ind på MUS og LUS. Brug linket herunder:",
        "",
        url,
        "",
        `Linket virker til ${expires} og kan kun bruges én gang.`,
        "Har du ikke bedt om det, kan du se bort fra denne mail.",
        "",
        "Venlig hilsen",
        "MUS og LUS",
      ].join("\n"),
  },
} as const;
