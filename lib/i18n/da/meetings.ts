// The round's common meetings (the kick-off, GRUS and the wrap-up) with their calendar invitations.

type MeetingKindWord = "KICKOFF" | "GRUS" | "WRAP_UP";

const names: Record<MeetingKindWord, string> = {
  KICKOFF: "Fælles opstartsmøde",
  GRUS: "GRUS (gruppeudviklingssamtale)",
  WRAP_UP: "Fælles opsamling",
};

// The same meetings inside a sentence ("du er inviteret til det fælles opstartsmøde").
const inSentence: Record<MeetingKindWord, string> = {
  KICKOFF: "det fælles opstartsmøde",
  GRUS: "gruppens GRUS (gruppeudviklingssamtale)",
  WRAP_UP: "den fælles opsamling",
};

const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

type MailFacts = { name: string; meeting: string; title: string; when: string; minutes: number; location: string; link: string };

export const meetings = {
  names,
  inSentence,
  heading: "Mødet i kalenderen",
  /** The material page's list of the round's common meetings, for everyone who reads the round. */
  common: {
    heading: "Rundens fælles møder",
    none: "Lederen har endnu ikke sat tid på rundens fælles møder.",
    name: (kind: MeetingKindWord, group: string | null) => (group ? `GRUS i gruppen »${group}«` : names[kind]),
    when: (when: string, minutes: number, location: string) => `${when}, ${minutes} minutter, ${location}`,
    cancelled: "Aflyst",
  },
  lead: {
    KICKOFF:
      "Sæt tid og sted for opstartsmødet. Du, deltagerne og rundens tillidsrepræsentant (hvis runden har en) får en kalenderinvitation; flytter eller aflyser du mødet, opdateres den i alles kalender.",
    GRUS: "Sæt tid og sted for gruppens GRUS. Du og gruppens deltagere får en kalenderinvitation; flytter eller aflyser du mødet, opdateres den i alles kalender.",
    WRAP_UP:
      "Sæt tid og sted for den fælles opsamling. Du, deltagerne og rundens tillidsrepræsentant (hvis runden har en) får en kalenderinvitation; flytter eller aflyser du mødet, opdateres den i alles kalender.",
  } satisfies Record<MeetingKindWord, string>,
  set: (when: string, location: string) => `Mødet er sat til ${when}, ${location}.`,
  cancelledState: "Mødet er aflyst.",
  notSet: "Der er endnu ikke sat tid på mødet.",
  withoutEmail: (names: string) => `Har ingen e-mailadresse og får derfor ingen invitation: ${names}. Giv dem besked på papir.`,
  date: "Dato",
  time: "Klokkeslæt",
  duration: "Varighed (minutter)",
  location: "Sted",
  save: "Send invitationen",
  move: "Flyt mødet",
  cancel: "Aflys mødet",
  saving: "Gemmer …",
  savedNew: "Mødet er sat, og invitationerne er sendt.",
  savedMoved: "Mødet er flyttet, og alle har fået den nye tid.",
  cancelled: "Mødet er aflyst, og alle har fået besked.",
  formLegend: (kind: MeetingKindWord, group?: string) =>
    group ? `Tid og sted for GRUS i ${group}` : `Tid og sted for ${inSentence[kind]}`,
  errors: {
    duration: "Skriv en varighed mellem 15 og 240 minutter.",
    noMeeting: "Mødet er ikke sat, så der er intet at aflyse.",
    alreadyCancelled: "Mødet er allerede aflyst.",
    unknownGroup: "Gruppen findes ikke i runden.",
    groupNeeded: "GRUS holdes for en gruppe: vælg gruppen.",
    noGroup: "Kun GRUS holdes for en gruppe.",
  },
  calendar: {
    summary: (meeting: string, title: string) => `${meeting}: ${title}`,
    description: (link: string) => `Rundens materiale: ${link}`,
  },
  mail: {
    setSubject: (meeting: string, when: string) => `${meeting} ${when}`,
    movedSubject: (meeting: string, when: string) => `${meeting} er flyttet til ${when}`,
    cancelledSubject: (meeting: string, when: string) => `${meeting} ${when} er aflyst`,
    set: (f: MailFacts) =>
      `Kære ${f.name}\n\nDu er inviteret til ${f.meeting} i runden "${f.title}" ${f.when} (${f.minutes} minutter), ${f.location}.\n\nInvitationen er vedhæftet, så du kan lægge mødet i din kalender. Rundens materiale finder du her: ${f.link}\n`,
    moved: (f: MailFacts) =>
      `Kære ${f.name}\n\n${capital(f.meeting)} i runden "${f.title}" er flyttet til ${f.when} (${f.minutes} minutter), ${f.location}.\n\nDen vedhæftede invitation opdaterer mødet i din kalender. Rundens materiale finder du her: ${f.link}\n`,
    cancelled: (f: Pick<MailFacts, "name" | "meeting" | "title" | "when">) =>
      `Kære ${f.name}\n\n${capital(f.meeting)} i runden "${f.title}" ${f.when} er aflyst. Den vedhæftede besked fjerner mødet fra din kalender.\n`,
    // Someone taken out of the round or marked not this round: the meeting goes on without them.
    notAttending: (f: Pick<MailFacts, "name" | "meeting" | "title" | "when">) =>
      `Kære ${f.name}\n\nDu er ikke længere med i runden "${f.title}", så ${f.meeting} ${f.when} er fjernet fra din kalender med den vedhæftede besked.\n`,
  },
} as const;
