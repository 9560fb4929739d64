// The demo organisation seeded on first start of the embedded database. Fictional people in a
// fictional municipality; the .example domain can never deliver mail to anyone real.

export type DemoRole = "ADMINISTRATOR" | "HR" | "COMMITTEE_MEMBER";

export type DemoUnit = { name: string; kind: "AREA" | "UNIT"; parent?: string };

export type DemoPerson = {
  name: string;
  email: string;
  jobTitle: string;
  unit: string;
  manager?: string;
  roles?: DemoRole[];
};

export const demoMunicipality = "Vesterå Kommune";

export const demoUnits: DemoUnit[] = [
  { name: "Stab og Administration", kind: "AREA" },
  { name: "Børn og Unge", kind: "AREA" },
  { name: "Sundhed og Omsorg", kind: "AREA" },
  { name: "Direktionen", kind: "UNIT", parent: "Stab og Administration" },
  { name: "HR og Personale", kind: "UNIT", parent: "Stab og Administration" },
  { name: "Digitalisering", kind: "UNIT", parent: "Stab og Administration" },
  { name: "Dagtilbud Solstrålen", kind: "UNIT", parent: "Børn og Unge" },
  { name: "Åbyskolen", kind: "UNIT", parent: "Børn og Unge" },
  { name: "Hjemmeplejen Vest", kind: "UNIT", parent: "Sundhed og Omsorg" },
  { name: "Plejecenter Ærtebjerghave", kind: "UNIT", parent: "Sundhed og Omsorg" },
];

/** The MED committees: the units each covers (with every unit below) and who sits on it. */
export const demoCommittees: { name: string; units: string[]; members: string[] }[] = [
  { name: "MED-udvalget for Børn og Unge", units: ["Børn og Unge"], members: ["anne.moerch"] },
];

export const demoDomain = "vesteraa.example";
const domain = demoDomain;
const at = (local: string) => `${local}@${domain}`;

// Listed managers first, so every manager exists before the people who report to them.
export const demoPeople: DemoPerson[] = [
  { name: "Lone Friis Mølgaard", email: at("lone.moelgaard"), jobTitle: "Kommunaldirektør", unit: "Direktionen" },
  {
    name: "Karen Højgaard",
    email: at("karen.hoejgaard"),
    jobTitle: "Børne- og ungechef",
    unit: "Børn og Unge",
    manager: at("lone.moelgaard"),
  },
  {
    name: "Bjørn Kjærsgaard",
    email: at("bjoern.kjaersgaard"),
    jobTitle: "Sundheds- og omsorgschef",
    unit: "Sundhed og Omsorg",
    manager: at("lone.moelgaard"),
  },
  { name: "Henrik Aagaard", email: at("henrik.aagaard"), jobTitle: "HR-chef", unit: "HR og Personale", manager: at("lone.moelgaard") },

  {
    name: "Mette Søndergård",
    email: at("mette.soendergaard"),
    jobTitle: "Dagtilbudsleder",
    unit: "Dagtilbud Solstrålen",
    manager: at("karen.hoejgaard"),
  },
  { name: "Ole Bækgaard", email: at("ole.baekgaard"), jobTitle: "Skoleleder", unit: "Åbyskolen", manager: at("karen.hoejgaard") },
  {
    name: "Susanne Lærke Holm",
    email: at("susanne.holm"),
    jobTitle: "Leder af hjemmeplejen",
    unit: "Hjemmeplejen Vest",
    manager: at("bjoern.kjaersgaard"),
  },
  {
    name: "Torben Ødegaard",
    email: at("torben.oedegaard"),
    jobTitle: "Centerleder",
    unit: "Plejecenter Ærtebjerghave",
    manager: at("bjoern.kjaersgaard"),
  },

  {
    name: "Birgitte Dalsgaard",
    email: at("birgitte.dalsgaard"),
    jobTitle: "HR-konsulent",
    unit: "HR og Personale",
    manager: at("henrik.aagaard"),
    roles: ["HR"],
  },
  { name: "Rasmus Krogh", email: at("rasmus.krogh"), jobTitle: "Lønkonsulent", unit: "HR og Personale", manager: at("henrik.aagaard") },
  {
    name: "Peter Skov Jæger",
    email: at("peter.jaeger"),
    jobTitle: "Systemadministrator",
    unit: "Digitalisering",
    manager: at("henrik.aagaard"),
    roles: ["ADMINISTRATOR"],
  },
  { name: "Nanna Friis", email: at("nanna.friis"), jobTitle: "IT-konsulent", unit: "Digitalisering", manager: at("henrik.aagaard") },

  {
    name: "Anne Sofie Mørch",
    email: at("anne.moerch"),
    jobTitle: "Pædagog og tillidsrepræsentant",
    unit: "Dagtilbud Solstrålen",
    manager: at("mette.soendergaard"),
    roles: ["COMMITTEE_MEMBER"],
  },
  {
    name: "Jonas Brøndum",
    email: at("jonas.broendum"),
    jobTitle: "Pædagog",
    unit: "Dagtilbud Solstrålen",
    manager: at("mette.soendergaard"),
  },
  { name: "Freja Lund", email: at("freja.lund"), jobTitle: "Pædagog", unit: "Dagtilbud Solstrålen", manager: at("mette.soendergaard") },
  {
    name: "Åse Kirkegaard",
    email: at("aase.kirkegaard"),
    jobTitle: "Pædagogmedhjælper",
    unit: "Dagtilbud Solstrålen",
    manager: at("mette.soendergaard"),
  },
  {
    name: "Mikkel Thøgersen",
    email: at("mikkel.thoegersen"),
    jobTitle: "Pædagogisk assistent",
    unit: "Dagtilbud Solstrålen",
    manager: at("mette.soendergaard"),
  },
  {
    name: "Ida Vestergaard",
    email: at("ida.vestergaard"),
    jobTitle: "Souschef",
    unit: "Dagtilbud Solstrålen",
    manager: at("mette.soendergaard"),
  },

  { name: "Kasper Nørgaard", email: at("kasper.noergaard"), jobTitle: "Lærer", unit: "Åbyskolen", manager: at("ole.baekgaard") },
  { name: "Signe Dahl", email: at("signe.dahl"), jobTitle: "Lærer", unit: "Åbyskolen", manager: at("ole.baekgaard") },
  { name: "Frederik Bøgh", email: at("frederik.boegh"), jobTitle: "Lærer", unit: "Åbyskolen", manager: at("ole.baekgaard") },
  { name: "Camilla Jønsson", email: at("camilla.joensson"), jobTitle: "Skolepædagog", unit: "Åbyskolen", manager: at("ole.baekgaard") },
  { name: "Emil Hvidbjerg", email: at("emil.hvidbjerg"), jobTitle: "Skolesekretær", unit: "Åbyskolen", manager: at("ole.baekgaard") },
  { name: "Louise Fænø", email: at("louise.faenoe"), jobTitle: "Lærer", unit: "Åbyskolen", manager: at("ole.baekgaard") },

  {
    name: "Hanne Bjerregaard",
    email: at("hanne.bjerregaard"),
    jobTitle: "Social- og sundhedshjælper",
    unit: "Hjemmeplejen Vest",
    manager: at("susanne.holm"),
  },
  {
    name: "Jørgen Mølby",
    email: at("joergen.moelby"),
    jobTitle: "Social- og sundhedsassistent",
    unit: "Hjemmeplejen Vest",
    manager: at("susanne.holm"),
  },
  {
    name: "Fatima Ali",
    email: at("fatima.ali"),
    jobTitle: "Social- og sundhedshjælper",
    unit: "Hjemmeplejen Vest",
    manager: at("susanne.holm"),
  },
  { name: "Lise Østerby", email: at("lise.oesterby"), jobTitle: "Sygeplejerske", unit: "Hjemmeplejen Vest", manager: at("susanne.holm") },
  {
    name: "Niels Kær",
    email: at("niels.kaer"),
    jobTitle: "Social- og sundhedsassistent",
    unit: "Hjemmeplejen Vest",
    manager: at("susanne.holm"),
  },
  { name: "Maja Sørensen", email: at("maja.soerensen"), jobTitle: "Planlægger", unit: "Hjemmeplejen Vest", manager: at("susanne.holm") },

  {
    name: "Gitte Rasmussen",
    email: at("gitte.rasmussen"),
    jobTitle: "Social- og sundhedsassistent",
    unit: "Plejecenter Ærtebjerghave",
    manager: at("torben.oedegaard"),
  },
  {
    name: "Ahmad Haidari",
    email: at("ahmad.haidari"),
    jobTitle: "Social- og sundhedshjælper",
    unit: "Plejecenter Ærtebjerghave",
    manager: at("torben.oedegaard"),
  },
  {
    name: "Pia Kjeldsen",
    email: at("pia.kjeldsen"),
    jobTitle: "Ergoterapeut",
    unit: "Plejecenter Ærtebjerghave",
    manager: at("torben.oedegaard"),
  },
  {
    name: "Søren Ravn",
    email: at("soeren.ravn"),
    jobTitle: "Sygeplejerske",
    unit: "Plejecenter Ærtebjerghave",
    manager: at("torben.oedegaard"),
  },
  {
    name: "Tove Bech",
    email: at("tove.bech"),
    jobTitle: "Aktivitetsmedarbejder",
    unit: "Plejecenter Ærtebjerghave",
    manager: at("torben.oedegaard"),
  },
  {
    name: "Yasmin Holt",
    email: at("yasmin.holt"),
    jobTitle: "Social- og sundhedshjælper",
    unit: "Plejecenter Ærtebjerghave",
    manager: at("torben.oedegaard"),
  },
];

/** The demo people's addresses: demo sign-in lets in these and nobody else, whatever the database holds. */
export const demoEmails: readonly string[] = demoPeople.map((person) => person.email);

const demoEmailSet = new Set(demoEmails);

export function isDemoEmail(email: string): boolean {
  return demoEmailSet.has(email.trim().toLowerCase());
}
