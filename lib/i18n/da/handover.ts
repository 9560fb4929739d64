// Handing a round over to another leader (a deputy, stedfortræder, or the new leader), and the
// rounds left with a leader who has stopped.

export const handover = {
  title: "Overdrag runden",
  heading: (title: string) => `Overdrag runden: ${title}`,
  lead: "Giv runden videre til en anden leder, f.eks. en stedfortræder eller en ny leder. Den nye leder overtager planlægningen, samtalerne og underskriften på de planer, der ikke er underskrevet endnu. Underskrevne planer forbliver, som de blev underskrevet.",
  current: (leader: string) => `Runden ledes nu af ${leader}.`,
  legend: "Hvem skal overtage runden?",
  toLeader: "Ny leder",
  toLeaderHint: "Lederen skal være aktiv i kommunen og selv lede medarbejdere eller være leder over rundens nuværende leder.",
  choose: "Vælg en leder",
  notes: "Giv mine noter videre",
  notesHint: "Dine egne noter om deltagerne følger kun med, hvis du vælger det. Ellers bliver de hos dig, og den nye leder ser dem ikke.",
  notesNotYours: "Lederens egne noter om deltagerne bliver hos lederen. Kun lederen selv kan vælge at give dem videre.",
  confirm: "Jeg har talt med den nye leder, og runden skal overdrages nu.",
  submit: "Overdrag runden",
  submitting: "Overdrager …",
  done: (leader: string) => `Runden er overdraget til ${leader}. De berørte har fået besked på e-mail.`,
  link: "Overdrag runden til en anden leder",
  back: "Til dine runder",
  history: "Tidligere overdragelser",
  historyItem: (from: string, to: string, when: string) => `${when}: fra ${from} til ${to}`,
  below: {
    heading: "Runder hos ledere under dig",
    lead: "Runder, som ledere under dig står for. Du kan overdrage en runde, hvis lederen ikke kan føre den videre.",
    stopped: (name: string) => `${name} (er stoppet)`,
  },
  admin: {
    heading: "Åbne runder, som personen leder",
    lead: "Overdrag en runde til en anden leder, f.eks. når personen stopper eller er fraværende.",
    item: (title: string) => `Overdrag ${title}`,
  },
  errors: {
    toLeader: "Vælg den leder, der skal overtage runden.",
    confirm: "Bekræft, at runden skal overdrages.",
    sameLeader: "Runden ledes allerede af den person. Vælg en anden leder.",
    unsuitable: (name: string) =>
      `${name} kan ikke overtage runden. Den nye leder skal være aktiv i kommunen, må ikke selv deltage i runden og skal lede medarbejdere eller være leder over rundens nuværende leder.`,
    closed: "Runden er afsluttet og kan ikke overdrages.",
    alreadyLeads: (name: string, kind: string, year: number, other: string) =>
      `${name} leder allerede en åben ${kind}-runde for ${year}: »${other}«. En leder kan kun have én åben ${kind}-runde om året. Afslut eller overdrag den runde først, eller vælg en anden leder.`,
    handedOver: (leader: string) => `Runden er overdraget til ${leader}. Du kan ikke længere ændre i den.`,
  },
  mail: {
    // To the nearest active leader above a leader who was deactivated with rounds still open.
    strandedSubject: (kind: string, title: string) => `${kind}: ${title} skal have en ny leder`,
    stranded: (input: { name: string; leader: string; title: string; link: string }) =>
      [
        `Kære ${input.name}`,
        "",
        `${input.leader} er ikke længere aktiv i MUS og LUS, men leder stadig runden »${input.title}«, som ikke er afsluttet.`,
        "Som leder over runden kan du overdrage den til en stedfortræder, til den nye leder eller til dig selv, så ingen samtale går i stå.",
        "",
        `Overdrag runden: ${input.link}`,
      ].join("\n"),
    subject: (kind: string, title: string) => `${kind}: ${title} har fået ny leder`,
    toOld: (input: { name: string; title: string; leader: string; by: string; notes: boolean }) =>
      [
        `Kære ${input.name}`,
        "",
        `${input.by} har overdraget runden »${input.title}« til ${input.leader}.`,
        input.notes
          ? "Dine noter om deltagerne er givet videre til den nye leder."
          : "Dine noter om deltagerne er blevet hos dig; den nye leder ser dem ikke.",
        "Planer, som du har underskrevet, forbliver, som de blev underskrevet.",
      ].join("\n"),
    toNew: (input: { name: string; title: string; previous: string; by: string; link: string }) =>
      [
        `Kære ${input.name}`,
        "",
        `${input.by} har overdraget runden »${input.title}« til dig. Den blev hidtil ledet af ${input.previous}.`,
        "Du står nu for planlægningen, samtalerne og underskriften på de planer, der ikke er underskrevet endnu.",
        "",
        `Runden: ${input.link}`,
      ].join("\n"),
    bookingSubject: (kind: string, when: string) => `Ny leder: ${kind}-samtale ${when}`,
    booking: (input: { name: string; participant: string; leader: string; previous: string; when: string }) =>
      [
        `Kære ${input.name}`,
        "",
        `Samtalen ${input.when} med ${input.participant} holdes nu af ${input.leader} i stedet for ${input.previous}. Tid og sted er de samme.`,
        "",
        "Den opdaterede kalenderinvitation er vedhæftet.",
      ].join("\n"),
    bookingToOld: (input: { name: string; participant: string; leader: string; when: string }) =>
      [
        `Kære ${input.name}`,
        "",
        `Samtalen ${input.when} med ${input.participant} holdes nu af ${input.leader}. Den fjernes fra din kalender via den vedhæftede fil.`,
      ].join("\n"),
    toParticipant: (input: { name: string; title: string; previous: string; leader: string; link: string }) =>
      [
        `Kære ${input.name}`,
        "",
        `Runden »${input.title}« har fået ny leder: ${input.leader} overtager efter ${input.previous}.`,
        "Det, du har skrevet, er ikke ændret. En samtale, der er aftalt, holdes nu med den nye leder, som også underskriver jeres plan, hvis den ikke er underskrevet endnu.",
        `Har du delt dit forberedelsesskema, kan ${input.leader} nu læse det, ligesom jeres plan. Vil du ikke det, kan du tage skemaet tilbage, indtil samtalen begynder.`,
        "",
        `Rundens materiale: ${input.link}`,
      ].join("\n"),
  },
} as const;
