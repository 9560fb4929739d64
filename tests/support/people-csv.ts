// Builds CSV files the way HR systems export them, for the import tests and the benchmark.

export type CsvPerson = { name: string; email: string; unit: string; manager?: string; jobTitle?: string; roles?: string };

export function peopleCsv(
  people: CsvPerson[],
  separator: ";" | "," = ";",
  header = ["Navn", "E-mail", "Enhed", "Leders e-mail", "Stilling", "Roller"],
): string {
  const quote = (value: string) =>
    value.includes(separator) || value.includes('"') || value.includes("\n") ? `"${value.replaceAll('"', '""')}"` : value;
  const lines = people.map((person) =>
    [person.name, person.email, person.unit, person.manager ?? "", person.jobTitle ?? "", person.roles ?? ""].map(quote).join(separator),
  );
  return [header.join(separator), ...lines].join("\r\n") + "\r\n";
}

/** A person in an export that carries employee numbers; `email` may be empty, managers named by either column. */
export type NumberedCsvPerson = Omit<CsvPerson, "email"> & { employeeNumber?: string; email?: string; managerNumber?: string };

export function numberedPeopleCsv(people: NumberedCsvPerson[]): string {
  const header = ["Medarbejdernummer", "Navn", "E-mail", "Enhed", "Leders e-mail", "Leders medarbejdernummer", "Stilling", "Roller"];
  const lines = people.map((person) =>
    [
      person.employeeNumber ?? "",
      person.name,
      person.email ?? "",
      person.unit,
      person.manager ?? "",
      person.managerNumber ?? "",
      person.jobTitle ?? "",
      person.roles ?? "",
    ].join(";"),
  );
  return [header.join(";"), ...lines].join("\r\n") + "\r\n";
}

export const utf8 = (text: string, bom = false) =>
  new Uint8Array(Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, "utf8")]));

/** Windows-1252 as Danish Excel writes it; æ, ø, å and their capitals share Latin-1's code points. */
export const windows1252 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

const firstNames = [
  "Anne",
  "Søren",
  "Mette",
  "Jørgen",
  "Åse",
  "Lærke",
  "Bjørn",
  "Ida",
  "Mads",
  "Karen",
  "Ole",
  "Freja",
  "Niels",
  "Sofie",
  "Ærø",
];
const lastNames = ["Østergaard", "Bækgaard", "Mølgaard", "Sørensen", "Kjær", "Højgaard", "Nørgaard", "Brøndum", "Ødegaard", "Fænø"];

/** A municipality-sized file: a director, area chiefs, unit leaders and employees under them. */
export function largeOrganisation(count: number, units: string[], domain = "stor.example"): CsvPerson[] {
  const people: CsvPerson[] = [
    { name: "Direktør Dalgaard", email: `direktoer@${domain}`, unit: units[0], jobTitle: "Kommunaldirektør", roles: "Administrator" },
  ];
  const leaders = units.map((unit, index) => ({
    name: `Leder ${index} Holm`,
    email: `leder${index}@${domain}`,
    unit,
    manager: people[0].email,
    jobTitle: "Leder",
  }));
  people.push(...leaders);
  for (let index = people.length; index < count; index++) {
    const leader = leaders[index % leaders.length];
    people.push({
      name: `${firstNames[index % firstNames.length]} ${lastNames[index % lastNames.length]} ${index}`,
      email: `person${index}@${domain}`,
      unit: leader.unit,
      manager: leader.email,
      jobTitle: index % 7 === 0 ? "Pædagog" : "Social- og sundhedsassistent",
      roles: index % 500 === 0 ? "MED" : "",
    });
  }
  return people;
}
