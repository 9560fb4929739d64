// "Dit næste skridt": the start page of a signed-in person and the next step on a round's page.
// Phrases that name a party by role take the word from roles.ts (MUS: medarbejder/leder,
// LUS: leder/leders leder).

import { common } from "./common";
import { type Kind, roles } from "./roles";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const quotedList = (names: string[]) => common.andList(names.map((name) => `»${name}«`));

export const nextSteps = {
  title: "Dit næste skridt",
  lead: "Det, der venter på dig nu, med et link direkte dertil.",
  nothing: "Der venter ikke noget på dig lige nu. Når du bliver inviteret til en runde, står dit næste skridt her.",
  sections: {
    leading: "Runder du leder",
    withoutLeader: "Runder, der mangler en leder",
    newRound: "Ny runde",
    participating: "Runder du deltager i",
    filing: "Journalisering",
    organisation: "Administration",
    committee: (body: string) => `Runder du følger i ${body}`,
    unionRep: "Runder du følger som tillidsrepræsentant",
  },
  yourRole: (role: string) => `Din rolle: ${role}`,
  roundLine: (title: string, state: string) => `${title} · Fase: ${state}`,
  allRounds: "Se alle runder",
  // Where and when, in one line: "3. februar 2027 kl. 09.30, 60 minutter, Personalerummet".
  booking: (when: string, minutes: number, location: string) => `${when}, ${minutes} minutter${location ? `, ${location}` : ""}`,
  conversationWith: (name: string) => `Samtalen med ${name}`,
  planWith: (name: string) => `Planen med ${name}`,
  heldOn: (when: string) => `holdt ${when}`,

  writeKickoff: {
    title: "Skriv opstarten",
    text: (date: string) => `Skriv enhedens kerneopgave og de aktuelle udviklingsmål fra opstartsmødet ${date}. De står i alles materiale.`,
    link: "Gå til opstarten",
  },
  writeQuestions: {
    title: "Giv hver gruppe spørgsmål",
    text: (groups: string[]) =>
      groups.length === 0
        ? "Forberedelsesskemaet har ingen spørgsmål endnu."
        : `${groups.length === 1 ? "Gruppen" : "Grupperne"} ${quotedList(groups)} har deltagere, men ingen spørgsmål i forberedelsesskemaet.`,
    link: "Gå til grupper og spørgsmål",
  },
  chooseParticipants: {
    title: "Vælg deltagerne",
    text: (participants: string) => `Runden har ingen deltagere endnu. Tilføj de ${participants}, der skal have en samtale.`,
    link: "Gå til deltagerne",
  },
  publish: {
    title: "Offentliggør materialet",
    text: (n: number, participantDefinite: string, participants: string) =>
      n === 1
        ? `Runden er klar. Når du offentliggør, får ${participantDefinite} en e-mail med materialet og et link til sit forberedelsesskema.`
        : `Runden er klar. Når du offentliggør, får de ${n} ${participants} en e-mail med materialet og et link til deres forberedelsesskema.`,
    link: "Gå til offentliggørelsen",
  },
  bookConversations: {
    title: "Book samtalerne",
    text: (booked: number, total: number) =>
      `${booked} af ${count(total, "samtale", "samtaler")} er booket. Begge parter får en kalenderinvitation.`,
    link: "Book samtalerne",
  },
  readSheets: {
    title: "Læs de delte forberedelsesskemaer",
    text: (shared: number, total: number, participant: string, participants: string) =>
      `${shared} af ${total} ${total === 1 ? participant : participants} har delt ${total === 1 ? "sit" : "deres"} skema med dig. Alle samtaler er booket.`,
    next: (name: string, booking: string) => `Næste samtale: ${name}, ${booking}.`,
    link: "Gå til deltagernes forberedelse",
  },
  holdConversations: {
    title: (n: number) => (n === 1 ? "Din næste samtale" : "Dine næste samtaler"),
    more: (n: number) => `Og ${count(n, "samtale", "samtaler")} mere.`,
    unsigned: (n: number) => `${count(n, "plan fra en holdt samtale er", "planer fra holdte samtaler er")} ikke underskrevet endnu.`,
    unbooked: (n: number) => `${count(n, "samtale", "samtaler")} er ikke booket endnu.`,
    bookLink: "Book samtalerne",
  },
  signPlans: {
    title: "Få planerne underskrevet",
    text: (n: number) =>
      `${count(n, "plan fra en holdt samtale er", "planer fra holdte samtaler er")} ikke underskrevet endnu. En plan er underskrevet, når I begge har godkendt den.`,
  },
  startWrapUp: {
    title: "Start den fælles opsamling",
    text: "Alle samtaler er holdt, og planerne er underskrevet. Start den fælles opsamling, så overblikket viser rundens tal.",
    link: "Gå til runden",
  },
  holdWrapUp: {
    title: "Hold den fælles opsamling",
    text: (date: string) => `Mødet er planlagt til ${date}. Se overblikket over runden, og forbered dagsordenen og den fælles handleplan.`,
    link: "Gå til den fælles opsamling",
    overview: "Se overblikket",
  },
  followUpRound: {
    title: "Følg op på runden",
    text: "Følg op på planerne og den fælles handleplan. Når alt er fulgt op eller videreført, kan du afslutte runden.",
    link: "Gå til opfølgningen",
  },
  handOverRound: {
    title: "Runden mangler en leder",
    text: (leader: string) =>
      `${leader} er stoppet og kan ikke føre runden videre. Overdrag den til en anden leder, så den ikke går i stå.`,
    link: "Overdrag runden",
  },
  createRound: {
    title: (kind: string) => `Planlæg årets ${kind}`,
    text: (kind: string, participants: string) => `Der refererer ${participants} til dig, men du har ingen åben ${kind}-runde.`,
    link: "Opret ny runde",
  },

  conversationLine: (leader: string, booking: string | null) =>
    booking ? `Din samtale med ${leader} er ${booking}.` : `Din samtale med ${leader} er ikke booket endnu.`,
  fillSheet: {
    title: "Udfyld dit forberedelsesskema",
    text: "Læs rundens materiale, og skriv dine svar. Skemaet er dit, indtil du deler det.",
    link: "Udfyld dit forberedelsesskema",
    material: "Læs rundens materiale",
  },
  continueSheet: {
    title: "Fortsæt dit forberedelsesskema",
    text: (leader: string) => `Skemaet er en kladde, som kun du kan se. Del det med ${leader}, når du er klar.`,
    link: "Fortsæt dit forberedelsesskema",
  },
  conversation: {
    title: "Din samtale",
    text: "Dit forberedelsesskema er delt.",
    link: "Gå til samtalen",
    sheet: "Se dit delte skema",
  },
  awaitBooking: {
    title: "Dit skema er delt",
    text: (leader: string) =>
      `${leader} kan nu læse det. Din samtale er ikke booket endnu; du får en kalenderinvitation, når den bliver det.`,
    link: "Se dit delte skema",
  },
  approvePlan: {
    title: "Godkend jeres plan",
    text: (leader: string, kind: Kind) =>
      `Læs ${roles[kind].planDefinite} igennem, og godkend den. Den er underskrevet, når både du og ${leader} har godkendt den.`,
    link: "Gå til planen",
  },
  awaitApproval: {
    title: "Planen venter på godkendelse",
    text: (leader: string) => `Du har godkendt planen. Den er underskrevet, når ${leader} også har godkendt den.`,
    link: "Gå til planen",
  },
  followUpPlan: {
    title: "Følg op på jeres plan",
    text: (mini: string, date: string | null) =>
      date
        ? `I har aftalt at følge op ${date}, f.eks. med en ${mini} på 15 minutter.`
        : `Følg op på øvebanerne, f.eks. med en ${mini} på 15 minutter.`,
    link: "Gå til planen og opfølgningen",
  },
  readWrapUp: {
    title: "Læs den fælles opsamling",
    text: (leader: string) => `Dagsordenen, den fælles handleplan og tilbagemeldingen fra ${leader}, når den er offentliggjort.`,
    link: "Gå til den fælles opsamling",
  },
  readMaterial: {
    title: "Læs rundens materiale",
    text: "Kerneopgaven, udviklingsmålene, noterne fra opstartsmødet og spørgsmålene til forberedelsen.",
    link: "Gå til materialet",
  },
  filePlans: {
    title: (n: number) => (n === 0 ? "Ingen planer venter på journalisering" : "Journalisér de underskrevne planer"),
    text: (n: number) =>
      n === 0
        ? "Alle underskrevne planer er journaliseret."
        : `${count(n, "underskreven plan venter", "underskrevne planer venter")} på at blive journaliseret i personalemappen.`,
    link: (n: number) => (n === 0 ? "Se rundernes fremdrift" : "Gå til journaliseringen"),
  },
  organisation: {
    title: "Hold organisationen opdateret",
    text: "Importér HR-systemets liste, ret personer og enheder, og tilpas skabelonerne til nye runder.",
    link: "Importér personer",
  },
} as const;
