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
  emailChanged: {
    subject: "Din e-mailadresse i MUS og LUS er ændret",
    // newAddress null: the address was removed, and no link can be sent any more.
    text: (name: string, newAddress: string | null, when: string) =>
      [
        `Kære ${name}`,
        "",
        ...(newAddress
          ? [
              `Din e-mailadresse i MUS og LUS blev ${when} ændret fra denne adresse til ${newAddress}.`,
              "Login-links sendes fremover dertil.",
            ]
          : [`Din e-mailadresse i MUS og LUS blev ${when} fjernet.`, "Du kan ikke længere få login-links på e-mail."]),
        "",
        "Er det ikke sket efter aftale med dig, så kontakt kommunens administrator af MUS og LUS.",
        "",
        "Venlig hilsen",
        "MUS og LUS",
      ].join("\n"),
  },
} as const;
