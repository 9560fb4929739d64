// The MED committees in Administration: which units each covers and who sits on it.

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const committees = {
  /**
   * The one name of the cooperation body in running text. The app's committees are the municipality's
   * MED committees (Tønder's seed calls the same forum "Samarbejdsfeltet"); every text names it from here.
   */
  body: "MED-udvalget",
  /** "MED-udvalgets", "Samarbejdsfeltets"; a name ending in s, x or z takes an apostrophe. */
  genitive: (body: string) => (/[sxz]$/i.test(body) ? `${body}'` : `${body}s`),
  nav: "MED-udvalg",
  title: "MED-udvalg",
  lead: "Hvert MED-udvalg dækker nogle enheder (med alle enheder under dem). Udvalgets medlemmer med rollen MED-repræsentant læser det fælles materiale og den fælles opsamling for runderne i de enheder, udvalget dækker – aldrig noget om den enkelte, og aldrig andre enheders runder.",
  none: "Der er ingen MED-udvalg endnu. Uden et udvalg ser MED-repræsentanterne ingen runder.",
  create: "Nyt MED-udvalg",
  columns: { name: "Udvalg", units: "Dækker", members: "Medlemmer" },
  unitsCount: (n: number) => count(n, "enhed", "enheder"),
  membersCount: (n: number) => count(n, "medlem", "medlemmer"),
  noSeat: "MED-repræsentanter uden plads i et udvalg (de ser ingen runder):",
  form: {
    newTitle: "Nyt MED-udvalg",
    editTitle: (name: string) => `Ret ${name}`,
    name: "Udvalgets navn",
    nameHint: "F.eks. »MED-udvalget for Børn og Unge« eller »Lokal-MED Åbyskolen«.",
    units: "Enheder, udvalget dækker",
    unitsHint: "En enhed dækker også alle enheder under den. Vælg et område for at dække hele området.",
    unitsUnder: (area: string) => `Enheder under ${area}`,
    members: "Medlemmer",
    membersHint: "Kun personer med rollen MED-repræsentant kan vælges. Rollen gives på personens side eller ved import.",
    noRepresentatives: "Ingen personer har rollen MED-repræsentant endnu.",
    save: "Gem udvalget",
    saved: "Udvalget er gemt.",
    delete: "Slet udvalget",
    confirmDelete: "Slet udvalget? Medlemmerne ser derefter ikke længere rundernes materiale gennem det.",
    deleted: "Udvalget er slettet.",
    back: "Tilbage til MED-udvalg",
  },
  errors: {
    nameTaken: "Der er allerede et MED-udvalg med det navn.",
    unknownUnit: "En af de valgte enheder findes ikke (længere). Genindlæs siden, og vælg igen.",
    notRepresentative: (name: string) => `${name} har ikke rollen MED-repræsentant. Giv rollen på personens side først.`,
    unknownMember: "En af de valgte personer findes ikke (længere). Genindlæs siden, og vælg igen.",
    gone: "Udvalget findes ikke længere; måske har en anden slettet det.",
  },
};
