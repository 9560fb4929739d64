// Erasure and restriction on request (GDPR art. 17 and 18), on a person's admin page.

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const erasure = {
  heading: "Slet personens oplysninger",
  lead: "Når personen beder om at få sine oplysninger slettet (databeskyttelsesforordningens artikel 17). Se først, hvad der slettes, og hvad der bliver, og hvorfor. Sletningen kan ikke fortrydes.",
  previewButton: "Vis hvad der slettes",
  eraseButton: "Slet personens oplysninger",
  confirm: "Sletningen kan ikke fortrydes. Slet personens oplysninger nu, som vist?",
  goesHeading: "Det slettes",
  staysHeading: "Det bliver, og hvorfor",
  blockedHeading: "Der kan ikke slettes noget nu",
  goes: {
    sheets: (n: number) => `${count(n, "forberedelsesskema", "forberedelsesskemaer")}, med alle svar og vurderinger`,
    notes: (n: number) => `${count(n, "note", "noter")} fra lederen om personen (lederens forberedelse)`,
    draftPlans: (n: number) => `${count(n, "plan", "planer")}, der ikke er underskrevet`,
    filedPlans: (n: number) =>
      `${count(n, "underskrevet plan", "underskrevne planer")}, der er journaliseret i personalemappen (personalemappen er arkivet)`,
    sessions: (n: number) => count(n, "login (session)", "logins (sessioner)"),
    mail: (n: number) => `${count(n, "kopi", "kopier")} af e-mails til personen`,
    identity: (anonymousName: string) =>
      `Navn, e-mail, stilling, ansættelsesforhold, leder og roller. Personen vises derefter som "${anonymousName}" alle steder, også i andres planer.`,
  },
  stays: {
    unfiledPlans: (n: number) =>
      `${count(n, "underskrevet plan", "underskrevne planer")}, der ikke er journaliseret: planen er aftalen, indtil HR har lagt den i personalemappen. Bed HR journalisere den først; så kan den slettes med en ny sletning.`,
    ledPlans: (n: number) =>
      `${count(n, "plan", "planer")} for deltagere i runder, personen har ledet: de er deltagernes oplysninger. Personen står der som den anonyme leder.`,
    audit:
      "Revisionsloggen: den viser, hvem der har læst og ændret hvad, og gemmes i sin egen periode. Sletter man den, skjuler man netop det.",
  },
  blocked: {
    held: "Sletningen er i bero (legal hold), så der slettes intet om personen. Ophæv holdet ovenfor, når sagen er afsluttet, og slet derefter.",
    restricted:
      "Behandlingen af personens oplysninger er begrænset (artikel 18), så de gemmes og slettes ikke. Ønsker personen dem nu slettet, så ophæv begrænsningen ovenfor først.",
    roundHeld:
      "Personen har ledet eller været med i en runde, hvor sletningen er i bero (se Opbevaring under Administration). Der slettes intet om personen, før holdet på runden er ophævet.",
    active:
      "Personen er stadig aktiv. Deaktivér personen først (fjern fluebenet ved Aktiv ovenfor og gem), så logins stoppes og personen ikke får nye opgaver.",
    openRounds: (n: number) =>
      `Personen leder ${count(n, "runde", "runder")}, der ikke er afsluttet. Giv runden videre til en anden leder, eller afslut den, først.`,
    erased: "Personens oplysninger er allerede slettet.",
  },
  done: (total: number) =>
    total === 0
      ? "Personens navn og e-mail er erstattet. Der var ikke andet at slette."
      : `Personens oplysninger er slettet: ${total} ${total === 1 ? "række" : "rækker"}, og navn og e-mail er erstattet.`,
  already: "Personens oplysninger er allerede slettet, måske af en anden administrator lige nu.",
  logTrigger: (name: string) => `${name} (sletning efter anmodning)`,
  logRule: "Efter anmodning (artikel 17)",
};
