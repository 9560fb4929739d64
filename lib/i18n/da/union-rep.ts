// The round's union representative (tillidsrepræsentant): named by the leader, takes part in the
// kick-off and the wrap-up, reads the shared material and, if the leader allows it, comments on it.

export const unionRep = {
  heading: "Tillidsrepræsentant",
  lead: "Tillidsrepræsentanten deltager i opstartsmødet og den fælles opsamling og kan læse rundens fælles materiale og opsamlingen. Vedkommende ser aldrig forberedelsesskemaer, noter, planer eller bookinger.",
  current: (name: string) => `Rundens tillidsrepræsentant er ${name}.`,
  none: "Der er ingen tillidsrepræsentant på runden.",
  search: "Søg efter en person i kommunen",
  searchHint: "Skriv mindst to bogstaver af navnet.",
  searchButton: "Søg",
  results: (count: number) => (count === 0 ? "Ingen personer fundet." : count === 1 ? "1 person fundet" : `${count} personer fundet`),
  choose: (name: string) => `Vælg ${name}`,
  mayComment: "TR må kommentere",
  mayCommentHint: "Tillidsrepræsentanten kan skrive kommentarer til det fælles materiale og opsamlingen, som du og deltagerne kan læse.",
  save: "Udpeg tillidsrepræsentant",
  saving: "Gemmer …",
  remove: "Fjern tillidsrepræsentanten",
  saved: "Gemt.",
  named: (name: string) => `${name} er udpeget som tillidsrepræsentant og har fået besked på e-mail.`,
  namedNoMail: (name: string) =>
    `${name} er udpeget som tillidsrepræsentant. Personen har ingen e-mailadresse, så giv besked på anden vis.`,
  removed: "Tillidsrepræsentanten er fjernet fra runden.",
  closed: "Runden er afsluttet.",
  errors: {
    person: "Vælg en person.",
    unknown: "Personen findes ikke i kommunen eller er ikke længere aktiv.",
    leader: "Du kan ikke selv være tillidsrepræsentant på din egen runde.",
  },
  comments: {
    heading: "Kommentarer fra tillidsrepræsentanten",
    none: "Der er ingen kommentarer endnu.",
    byline: (name: string, when: string) => `${name}, ${when}`,
    label: "Din kommentar",
    hint: (max: number, body: string) =>
      `Højst ${max.toLocaleString("da-DK")} tegn. Kommentaren kan læses af lederen, deltagerne og ${body}. Skriv intet om enkeltpersoner.`,
    submit: "Send kommentar",
    submitting: "Sender …",
    sent: "Din kommentar er sendt.",
    notAllowed: "Lederen har ikke givet tillidsrepræsentanten lov til at kommentere.",
    wrapUpNotStarted: "Opsamlingen er ikke begyndt endnu.",
    closed: "Runden er afsluttet, og der kan ikke længere kommenteres.",
  },
  mail: {
    subject: (kind: string, title: string) => `Du er tillidsrepræsentant på ${kind}-runden ${title}`,
    text: (input: { name: string; leader: string; title: string; mayComment: boolean; link: string }) =>
      [
        `Kære ${input.name}`,
        "",
        `${input.leader} har udpeget dig som tillidsrepræsentant på runden »${input.title}«.`,
        "Du deltager i opstartsmødet og den fælles opsamling og kan læse rundens fælles materiale og opsamlingen. De enkelte deltageres forberedelse, samtaler og planer er fortrolige og vises ikke for dig.",
        ...(input.mayComment ? ["Du kan skrive kommentarer til det fælles materiale og opsamlingen."] : []),
        "",
        `Rundens materiale: ${input.link}`,
      ].join("\n"),
  },
} as const;
