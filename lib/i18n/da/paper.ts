// The blank forms to print: the paper route for those who prepare and hold the conversation
// without a PC (the guides allow preparation "på papir eller i IT").

import { capitalisedRole, roles } from "./roles";

type Kind = "MUS" | "LUS";

export const paper = {
  links: {
    heading: "Skemaer til print",
    lead: "Til dem, der forbereder sig på papir: skemaerne er tomme, med plads til at skrive i hånden. Skema 2 og 3 kan ligge fremme på bordet under samtalen.",
    sheet: (group: string) => `Tomt forberedelsesskema for gruppen »${group}« (PDF)`,
    tables: "Skema 2 og 3 til bordet (PDF)",
    plan: "Tom kompetenceudviklingsplan med underskrifter (PDF)",
  },
  common: {
    name: "Navn",
    date: "Dato",
    page: (page: number, pages: number) => `Side ${page} af ${pages}`,
    bulleted: (text: string) => `• ${text}`,
    labelled: (label: string, hint: string) => `${label}: ${hint}`,
  },
  sheet: {
    title: (group: string, round: string) => `Forberedelsesskema – ${group} – ${round}`,
    subject: "Tomt forberedelsesskema til udfyldning i hånden",
    heading: "Forberedelsesskema",
    forGroup: (group: string, round: string) => `Gruppen »${group}« · ${round}`,
    lead: "Skriv dine svar i hånden, og tag skemaet med til samtalen. Skriv så meget eller så lidt, som du har lyst til.",
    coreTask: "Kerneopgave",
    goals: "Aktuelle udviklingsmål",
    scale: "Sæt kryds ved det tal, der passer bedst: 1 betyder slet ikke opfyldt, 10 helt opfyldt.",
    comment: "Kommentar",
    footer: (group: string) => `Forberedelsesskema · ${group}`,
    fileName: (group: string, round: string) => `forberedelsesskema-til-print-${group}-${round}.pdf`,
  },
  tables: {
    title: (round: string) => `Skema 2 og 3 – ${round}`,
    subject: "Tønder Kulturen: spørgsmålene om leveregler, organisatorisk læring og samskabelse, til bordet under samtalen",
    lead: "Spørgsmålene kan ligge fremme på bordet under samtalen. Skriv stikord i feltet ud for hvert spørgsmål.",
    question: "Spørgsmål",
    notes: "Dine tanker og eksempler",
    fileName: (round: string) => `skema-2-og-3-${round}.pdf`,
  },
  plan: {
    title: (round: string) => `Kompetenceudviklingsplan til print – ${round}`,
    subject: "Tom kompetenceudviklingsplan til udfyldning i hånden under samtalen",
    lead: "Skriv planen sammen under samtalen. Hellere lidt, men godt: 1–2 konkrete øvebaner. Planen er også referatet af samtalen.",
    party: (kind: Kind, party: "participant" | "leader") => capitalisedRole(roles[kind][party]),
    conversationDate: "Samtalens dato",
    round: (title: string, kind: Kind) => `${title} (${kind})`,
    signaturesHeading: "Underskrifter",
    signaturesLead: "Når I begge har skrevet under, er planen jeres fælles aftale.",
    signature: (kind: Kind, party: "participant" | "leader") => `Dato og underskrift, ${roles[kind][party]}`,
    footer: "Kompetenceudviklingsplan · fortrolig, når den er udfyldt",
    fileName: (round: string) => `kompetenceudviklingsplan-til-print-${round}.pdf`,
  },
} as const;
