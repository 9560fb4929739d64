// The blank forms to print: the paper route for those who prepare and hold the conversation
// without a PC (the guides allow preparation "på papir eller i IT").

import { fewButGood } from "./plans";
import { capitalisedRole, type Kind, roles } from "./roles";

export const paper = {
  links: {
    heading: "Skemaer til print",
    lead: "Til dem, der forbereder sig på papir: skemaerne er tomme, med plads til at skrive i hånden. Skema 2 og 3 kan ligge fremme på bordet under samtalen.",
    sheet: (group: string) => `Tomt forberedelsesskema for gruppen »${group}« (PDF)`,
    tables: "Skema 2 og 3 til bordet (PDF)",
    plan: (kind: Kind) => `${roles[kind].blankPlan} med underskrifter (PDF)`,
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
    title: (round: string, kind: Kind) => `${capitalisedRole(roles[kind].plan)} til print – ${round}`,
    subject: (kind: Kind) => `${capitalisedRole(roles[kind].plan)} til udfyldning i hånden under samtalen`,
    lead: (kind: Kind) =>
      `Skriv ${roles[kind].planDefinite} sammen under samtalen. ${fewButGood} ${capitalisedRole(roles[kind].planDefinite)} er også referatet af samtalen.`,
    party: (kind: Kind, party: "participant" | "leader") => capitalisedRole(roles[kind][party]),
    conversationDate: "Samtalens dato",
    round: (title: string, kind: Kind) => `${title} (${kind})`,
    signaturesHeading: "Underskrifter",
    signaturesLead: "Når I begge har skrevet under, er planen jeres fælles aftale.",
    signature: (kind: Kind, party: "participant" | "leader") => `Dato og underskrift, ${roles[kind][party]}`,
    footer: (kind: Kind) => `${capitalisedRole(roles[kind].plan)} · fortrolig, når den er udfyldt`,
    fileName: (round: string) => `kompetenceudviklingsplan-til-print-${round}.pdf`,
  },
  // The leader types in a paper form for the employee (paper.ts in lib/domain/sheets). The role words
  // follow the round's kind: in LUS the one on paper is a leader, and the one typing, their leader.
  registration: {
    open: "Skriv papirskemaet ind",
    title: (name: string) => `Papirskema for ${name}`,
    back: "Tilbage til forberedelsen",
    leadSheet: (kind: Kind) =>
      `Skriv svarene ind fra det papirskema, ${roles[kind].participantDefinite} har udfyldt. Det bliver ${roles[kind].participantDefinite}s forberedelsesskema, delt med dig, og står overalt som udfyldt af dig på ${roles[kind].participantDefinite}s vegne, efter papirskema.`,
    leadPaper: (kind: Kind) =>
      `${capitalisedRole(roles[kind].participantDefinite)} har også sit eget skema i appen. Papirskemaet gemmes ved siden af det: intet af ${roles[kind].participantDefinite}s egen tekst bliver overskrevet, og du ser begge skemaer under forberedelsen.`,
    mark: (kind: Kind, leader: string) =>
      `Udfyldt af ${leader} (${roles[kind].leader}) på ${roles[kind].participantDefinite}s vegne, efter papirskema.`,
    markOwn: (leader: string) =>
      `${leader} har skrevet skemaet ind på dine vegne, efter dit papirskema. Du kan tage det tilbage og rette i det, indtil samtalen begynder; papirskemaet bliver så stående ved siden af.`,
    paperHeading: (leader: string) => `Papirskemaet, skrevet ind af ${leader}`,
    paperOwnHeading: (leader: string) => `Dit papirskema, skrevet ind af ${leader}`,
    printCopy: (kind: Kind) => `Udskriv en kopi til ${roles[kind].participantDefinite} (PDF)`,
    errors: {
      notOpen:
        "Et papirskema kan skrives ind, fra runden er offentliggjort, til den fælles opsamling begynder, og ved en indhentningssamtale også derefter.",
      planSigned: "Planen fra samtalen er underskrevet, så papirskemaet kan ikke længere ændres.",
      ownSheetBegun:
        "Deltageren er netop begyndt på sit eget skema i appen. Genindlæs siden, så gemmes papirskemaet ved siden af. Din tekst står stadig her.",
    },
  },
  // The participant's approval of a printed plan, registered by the one who holds the conversation.
  signature: {
    heading: "Underskrift på papir",
    lead: (kind: Kind) =>
      `${capitalisedRole(roles[kind].participantDefinite)} kan ikke logge ind i appen og godkender derfor planen ved at skrive under på den udskrevne plan. Godkend planen selv, udskriv udgaven (PDF), og lad ${roles[kind].participantDefinite} skrive under. Registrér det så her. Planen og dens PDF viser, at underskriften er givet på papir og registreret af dig.`,
    confirm: (kind: Kind, number: number) =>
      `${capitalisedRole(roles[kind].participantDefinite)} har skrevet under på den udskrevne udgave ${number} af planen`,
    register: "Registrér underskriften",
    registering: "Registrerer …",
    // On the page's list of approvals, and beside the approval in the PDF.
    approvedOnPaper: (name: string, when: string, leader: string) =>
      `Godkendt af ${name} ${when}: underskrevet på papir, registreret af ${leader}.`,
    pdfMark: (leader: string) => `underskrevet på papir, registreret af ${leader}`,
    errors: {
      confirm: "Sæt kryds, når underskriften på den udskrevne plan er givet.",
      approveFirst: "Godkend planen, som den står nu, og udskriv den udgave til underskrift, før du registrerer en underskrift på papir.",
      canSignIn: "Deltageren kan logge ind og godkender selv planen i appen.",
    },
  },
  // Invitations on paper, for participants without an e-mail address.
  letters: {
    sectionHeading: "Invitationer på papir",
    lead: (count: number) =>
      count === 1
        ? "1 deltager har ingen e-mailadresse og får invitationen på papir: et brev med tid og sted, sammen med det tomme forberedelsesskema."
        : `${count} deltagere har ingen e-mailadresse og får invitationen på papir: et brev med tid og sted, sammen med det tomme forberedelsesskema.`,
    all: (count: number) => (count === 1 ? "Udskriv brevet (PDF)" : `Udskriv de ${count} breve (PDF)`),
    one: (name: string) => `Udskriv brevet til ${name} (PDF)`,
    mailed: (count: number) => (count === 1 ? "1 deltager får invitationen på e-mail." : `${count} deltagere får invitationen på e-mail.`),
    title: (round: string) => `Invitationer – ${round}`,
    subject: "Invitation til udviklingssamtale, på papir",
    to: (name: string) => `Til: ${name}`,
    heading: (kind: Kind) =>
      kind === "MUS" ? "Invitation til medarbejderudviklingssamtale (MUS)" : "Invitation til lederudviklingssamtale (LUS)",
    greeting: (name: string) => `Kære ${name}`,
    invited: (kind: Kind, leader: string) =>
      kind === "MUS" ? `Du er inviteret til din MUS-samtale med ${leader}.` : `Du er inviteret til din LUS-samtale med ${leader}.`,
    when: "Tid",
    where: "Sted",
    booked: (when: string, minutes: number) => `${when} (${minutes} minutter)`,
    notBooked: (leader: string) => `${leader} aftaler tid og sted med dig.`,
    period: (from: string, to: string) => `Samtalerne i runden holdes fra ${from} til ${to}.`,
    prepare:
      "Forbered dig på det vedlagte forberedelsesskema, og tag det med til samtalen. Du kan også forberede dig sammen med en kollega. Skriv så meget eller så lidt, som du har lyst til.",
    yours: (kind: Kind) =>
      `Det, du skriver i skemaet, er dit, indtil du giver det til din leder. Til samtalen skriver I sammen ${roles[kind].aPlan}, som I begge skriver under på.`,
    regards: "Med venlig hilsen",
    footer: (municipality: string) => `${municipality} · Invitation til udviklingssamtale`,
    fileName: (round: string) => `invitationer-${round}.pdf`,
    none: "Alle deltagere har en e-mailadresse.",
  },
} as const;
