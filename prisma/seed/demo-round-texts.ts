import type { ActionSeed } from "../../lib/domain/plans/doc";

// What the demo's people have written in their sheets and plans (demo-rounds.ts). Fictional, in
// the words a leader and an employee in a Danish municipality would use.

export const demoRoundTexts = {
  title: (kind: "MUS" | "LUS", year: number, unit: string) => `${kind} ${year} i ${unit}`,
  coreTask: "Vi giver borgerne hjælp af høj faglig kvalitet, til tiden og med respekt for den enkeltes hverdag.",
  kickoffNotes: "Vi tog hul på årets samtaler på personalemødet: hvad vi er stolte af, og hvad vi gerne vil blive bedre til sammen.",
  location: "Mødelokalet på 1. sal",
  expectations: "Vi vil gerne bruge samtalen på at se fremad: hvad der giver mening i arbejdet, og hvor der er brug for sparring.",
  goals: [
    "At blive tryg i at lede teammøderne og give gode overleveringer, så kollegerne ved, hvad der er aftalt.",
    "At bruge mine erfaringer med digitale hjælpemidler, så borgerne får mere selvstændighed i hverdagen.",
    "At få mere sammenhæng mellem dag- og aftenvagten, så borgerne møder de samme aftaler hele døgnet.",
  ],
  goalsHalfWritten: "At blive bedre til at planlægge forløb for elever med særlige behov, og",
  followUpNote: "Vi gennemgik planen sammen. Indsatsen er gennemført, og erfaringerne deles på næste personalemøde.",
  /** Scores for mestring, mening, samhørighed and autonomi, one row a person (last year's round starts two rows on). */
  scores: [
    [7, 8, 6, 5],
    [8, 9, 7, 6],
    [6, 7, 8, 4],
    [9, 8, 7, 7],
    [5, 6, 6, 3],
    [8, 7, 9, 6],
    [7, 5, 8, 6],
    [6, 8, 5, 5],
  ],
  sheetComments: [
    "Jeg trives med opgaverne, men savner tid til faglig sparring med kollegerne.",
    "Det giver mening, når vi lykkes med at skabe ro omkring borgerne.",
    "Samarbejdet i teamet er godt; overleveringerne kan blive bedre.",
    "Jeg vil gerne have mere indflydelse på, hvordan vagtplanen lægges.",
  ],
  actions: [
    {
      what: "Lede teammødet hver anden fredag",
      how: "Med en fast dagsorden, som vi laver sammen",
      support: "Sparring med lederen efter de første tre møder",
      who: "Medarbejderen og lederen",
      theme: "",
      form: "tasks",
    },
    {
      what: "Kursus i velfærdsteknologi",
      how: "To dages kursus hos kommunens kompetencecenter",
      support: "Tid i vagtplanen",
      who: "Medarbejderen",
      theme: "",
      form: "education",
    },
    {
      what: "Sidemandsoplæring i nye dokumentationsrutiner",
      how: "Med en erfaren kollega i fire uger",
      support: "Plads i planlægningen",
      who: "Medarbejderen og en kollega",
      theme: "",
      form: "training",
    },
    {
      what: "Faglig sparring om svære samtaler med pårørende",
      how: "Fire sparringsmøder med en kollega",
      support: "Lederen finder en sparringspartner",
      who: "Medarbejderen",
      theme: "",
      form: "sparring",
    },
  ] satisfies ActionSeed[],
};
