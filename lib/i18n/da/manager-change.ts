// A participant whose leader changes while a round is open: the municipality's rule, what the
// import's preview and the person's page say will happen, the new leader's "asked to add" list, the
// notices on the employee's sheets, and the e-mails.

import { common } from "./common";

export const managerChange = {
  rule: {
    legend: "Når en deltager får ny leder midt i en runde",
    FOLLOW_NEW_LEADER: "Følger den nye leder",
    FOLLOW_NEW_LEADER_hint:
      "Er samtalen holdt, bliver den hos den gamle leder rundet ud. Ellers flyttes deltageren til den nye leders åbne runde af samme slags og år, eller den nye leder bliver bedt om at tilføje deltageren.",
    STAY_WITH_OLD_LEADER: "Bliver hos den gamle leder",
    STAY_WITH_OLD_LEADER_hint: "Runden gøres færdig med den gamle leder, også selv om samtalen ikke er holdt endnu.",
    save: "Gem reglen",
    saving: "Gemmer …",
    saved: "Reglen er gemt.",
    choose: "Vælg en regel.",
  },
  // One line per open round of a person whose leader changes (import preview, the person's save).
  outcome: {
    MOVED: (name: string, leader: string, title: string) => `${name}: flyttes til ${common.possessive(leader)} runde »${title}«.`,
    ASKED: (name: string, leader: string) => `${name}: ${leader} bliver bedt om at tilføje ${name} til en runde.`,
    askedClosed: (name: string, leader: string, title: string) =>
      `${name}: ${common.possessive(leader)} runde »${title}« er i fælles opsamling eller senere, så ${name} flyttes ikke dertil. ${leader} bliver bedt om at tilføje ${name}.`,
    STAYED_HELD: (name: string, leader: string) => `${name}: samtalen er holdt – bliver hos ${leader} rundet ud.`,
    STAYED_RULE: (name: string, leader: string) => `${name}: bliver hos ${leader} rundet ud (kommunens regel).`,
    restricted: (name: string, leader: string) =>
      `${name}: behandlingen af personens oplysninger er begrænset, så intet flyttes – bliver hos ${leader} rundet ud.`,
    back: (name: string, leader: string, title: string) => `${name}: kommer tilbage i ${common.possessive(leader)} runde »${title}«.`,
    noLeader: (name: string, leader: string) => `${name}: har ingen ny leder – bliver hos ${leader} rundet ud.`,
  },
  preview: {
    heading: "Ny leder midt i en runde",
    lead: "Disse personer får ny leder, mens de er med i en åben runde. Sådan går det, når importen gennemføres:",
  },
  saved: "Personen er gemt.",
  asked: {
    heading: "Bedt om at tilføje",
    lead: "Disse personer har fået dig som leder midt i en runde. Tilføj dem til din runde; deres forberedelse følger med.",
    item: (name: string, previous: string, title: string) => `${name} (fra ${common.possessive(previous)} runde »${title}«)`,
    add: (name: string, title: string) => `Tilføj ${name} til »${title}«`,
    adding: "Tilføjer …",
    added: (name: string) => `${name} er tilføjet til din runde.`,
    noRound: "Du har ingen åben runde af samme slags og år før den fælles opsamling. Opret en runde først.",
    createRound: "Opret en runde",
  },
  sheet: {
    movedAway: (leader: string) =>
      `Du har fået ny leder. Din forberedelse er flyttet til ${common.possessive(leader)} runde, hvor du skriver videre. Dette skema er gemt, som det var, og kan kun læses.`,
    movedAwayAsked: (leader: string) =>
      `Du har fået ny leder. ${leader} er bedt om at tilføje dig til en runde; din forberedelse følger med. Dette skema er gemt, som det var, og kan kun læses.`,
    openNew: "Gå til dit skema i den nye runde",
    locked: "Dette skema er flyttet med til din nye leders runde og kan kun læses her.",
    leaderMoved: "Skemaet er flyttet med til den nye leders runde. Du kan ikke længere læse det.",
    carried: (previous: string, left: number) =>
      `Din forberedelse fra ${common.possessive(previous)} runde er flyttet hertil. ${left === 0 ? "Alt fulgte med." : `${left} svar til spørgsmål, som ikke stilles i denne runde, står stadig i dit tidligere skema.`}`,
    openOld: "Læs dit tidligere skema",
    refused: (leader: string) =>
      `Du har fået ny leder, og dit skema er flyttet til ${common.possessive(leader)} runde. Det, du skrev her, er ikke gemt: kopiér det, og indsæt det i det nye skema.`,
  },
  errors: {
    moved: "Deltageren er flyttet til en anden leders runde. Du kan ikke længere ændre noget om deltageren her.",
    notAsked: "Der er ikke længere nogen anmodning om at tilføje denne deltager.",
    roundNotOpen: "Runden er i fælles opsamling eller senere, så deltageren kan ikke tilføjes til den.",
    alreadyIn: (name: string) => `${name} er allerede med i runden.`,
  },
  mail: {
    subject: (kind: string, title: string) => `${kind}: ny leder midt i runden »${title}«`,
    toPersonMoved: (input: { name: string; previous: string; leader: string; title: string; link: string }) =>
      [
        `Kære ${input.name}`,
        "",
        `Du har fået ${input.leader} som leder. Din udviklingssamtale er derfor flyttet fra ${common.possessive(input.previous)} runde til ${common.possessive(input.leader)} runde »${input.title}«.`,
        "Din forberedelse er flyttet med. En samtale, der var booket med din tidligere leder, er aflyst.",
        "",
        `Se runden: ${input.link}`,
      ].join("\n"),
    toPersonAsked: (input: { name: string; previous: string; leader: string }) =>
      [
        `Kære ${input.name}`,
        "",
        `Du har fået ${input.leader} som leder. ${input.leader} er bedt om at tilføje dig til en runde, og din forberedelse fra ${common.possessive(input.previous)} runde følger med.`,
        "En samtale, der var booket med din tidligere leder, er aflyst.",
      ].join("\n"),
    toOld: (input: { name: string; person: string; leader: string; title: string }) =>
      [
        `Kære ${input.name}`,
        "",
        `${input.person} har fået ${input.leader} som leder og er ikke længere med i din runde »${input.title}«.`,
        `En booket samtale er aflyst. Dine egne noter om ${input.person} bliver hos dig; den nye leder ser dem ikke.`,
      ].join("\n"),
    toNewMoved: (input: { name: string; person: string; previous: string; title: string; link: string }) =>
      [
        `Kære ${input.name}`,
        "",
        `${input.person} har fået dig som leder og er flyttet fra ${common.possessive(input.previous)} runde til din runde »${input.title}«.`,
        `Book en samtale med ${input.person}.`,
        "",
        `Se deltagerne: ${input.link}`,
      ].join("\n"),
    toNewAsked: (input: { name: string; person: string; previous: string; link: string }) =>
      [
        `Kære ${input.name}`,
        "",
        `${input.person} har fået dig som leder midt i ${common.possessive(input.previous)} runde. Du har ingen åben runde af samme slags og år, som ${input.person} kan flyttes til.`,
        `Tilføj ${input.person} til en runde fra din forside; forberedelsen følger med.`,
        "",
        input.link,
      ].join("\n"),
  },
  absenceReason: "Fik ny leder",
};
