// What each audit action means, in words a person reading their own access report understands.
export const audit = {
  actions: {
    "session.sign_in": "Loggede ind",
    "session.sign_out": "Loggede ud",
    "person.create": "Oprettede personen",
    "person.update": "Ændrede personens oplysninger",
    "person.deactivate": "Deaktiverede personen",
    "person.read": "Så personens oplysninger i administrationen",
    "unit.create": "Oprettede en enhed",
    "unit.update": "Ændrede en enhed",
    "people.import": "Importerede personer fra HR-systemet",
    "accessReport.read": "Hentede personens adgangslog",
  },
  purposes: {
    administration: "Administration af organisationen",
    import: "Import fra HR-systemet",
    accessRequest: "Indsigt efter databeskyttelsesforordningens artikel 15",
  },
  myData: {
    title: "Mine data",
    lead: "Her kan du se, hvornår dine oplysninger er læst eller ændret, af hvem og hvorfor. Du har ret til denne indsigt efter databeskyttelsesforordningens artikel 15.",
    download: "Hent som CSV-fil",
    columns: { at: "Tidspunkt", actor: "Hvem", action: "Hvad", purpose: "Hvorfor" },
    none: "Ingen har læst eller ændret dine oplysninger endnu.",
    you: "Dig selv",
    csvHeader: ["Tidspunkt", "Hvem", "Hvem (e-mail)", "Hvad", "Hvorfor"],
  },
} as const;
