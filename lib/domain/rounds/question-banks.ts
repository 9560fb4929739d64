// The question banks a leader picks from when preparing a round, in correct Danish.
// Sources: Tønder Kommune's MUS guide (Skema 2 and 3, the simple questions for every profession)
// and Aarhus, Børn og Unge's account of the vitalisation model (the four dimensions).

import { roles, type Kind } from "@/lib/i18n/da/roles";

export type BankQuestion = { id: string; text: string };
export type QuestionBank = { id: string; title: string; lead?: string; questions: BankQuestion[] };

const bank = (id: string, title: string, lead: string | undefined, texts: string[]): QuestionBank => ({
  id,
  title,
  lead,
  questions: texts.map((text, index) => ({ id: `${id}-${index + 1}`, text })),
});

export const skema2 = bank("skema2", "Skema 2: Tønder Kulturen – opfølgning på leveregler", "Hvordan oplever du, at I …", [
  "… arbejder med levereglerne?",
  "… får snakket sammen og fundet nye løsninger, når opgaveløsningen ikke fungerer optimalt?",
  "… får snakket med rette vedkommende og løst problemerne, når samarbejdet ikke fungerer?",
  "… bruger hinandens kompetencer og styrker bedst muligt i forhold til opgaveløsningen?",
  "… fordeler opgaverne på en fornuftig måde, set i forhold til den bedste løsning af kerneopgaven?",
  "… får fremhævet de gode historier om opgaver, der lykkes, og egne og andres succeser?",
]);

export const skema3 = bank(
  "skema3",
  "Skema 3: Tønder Kulturen – opfølgning på organisatorisk læring og samskabelse",
  "Hvordan oplever du, at I …",
  [
    "… har mulighed for læring, og at jeres personlige og faglige potentiale udnyttes optimalt?",
    "… får omsat læringen til nye handlinger?",
    "… bruger konstruktiv feedback og sparrer med hinanden for at blive klogere sammen og skabe nye løsninger?",
    "… inddrager borgere, netværk, foreninger, virksomheder mv. i at skabe fælles løsninger på fælles udfordringer?",
    "… ved hjælp af samskabelse opnår bedre løsninger, der skaber større værdi for borgeren og/eller dig som medarbejder?",
  ],
);

export const simpleQuestions = bank("enkle", "Enkle spørgsmål, der passer til alle faggrupper", undefined, [
  "Føler du dig godt klædt på til opgaveløsningen i forhold til både driftsopgaver og udviklingsmål?",
  "Har du en passende opgavemængde?",
  "Får du den støtte fra din leder, som du har brug for?",
  "Trives du fagligt og socialt med dine kolleger?",
  "Hvordan fungerer du i samarbejdet med andre afdelinger?",
  "Hvilke planer og ønsker har du for fremtiden?",
]);

export type VitalisationDimension = {
  id: "mestring" | "mening" | "samhoerighed" | "autonomi";
  name: string;
  definition: string;
  keywords: string[];
};

export const vitalisationDimensions: VitalisationDimension[] = [
  {
    id: "mestring",
    name: "Mestring",
    definition:
      "Mestring handler om dine faglige kompetencer i forhold til dit arbejde, og hvordan du bidrager til den fælles kerneopgave.",
    keywords: [
      "Aktuelle arbejdsopgaver",
      "Valg af arbejdsmetoder",
      "Styrker og udfordringer",
      "Resultater og effekt",
      "Faglig viden, erfaringer og kompetencer",
      "Bidrag til den fælles kerneopgave",
      "Udvikling af kompetencer",
    ],
  },
  {
    id: "mening",
    name: "Mening",
    definition:
      "Mening handler om at se mening med og retning for dit arbejde og opleve, at du bidrager til opfyldelsen af de fælles værdier og visioner.",
    keywords: [
      "Klare visioner og mål for opgaveløsningen",
      "Tydelig retning for opgaveløsningen",
      "Klar rolle- og ansvarsfordeling",
      "Samspil mellem medarbejderens værdier og organisationens værdier",
      "Oplevelsen af meningsfuldhed i opgaveløsningen",
      "Sammenhæng mellem arbejdsopgaver og ønsker til arbejdsliv og karriere",
    ],
  },
  {
    id: "samhoerighed",
    name: "Samhørighed",
    definition: "Samhørighed handler om fællesskab og samarbejde, og hvordan du bidrager til at dele viden og erfaringer.",
    keywords: [
      "Fællesskab og samhørighed på arbejdspladsen",
      "Deling af viden, erfaringer og refleksioner om opgaveløsningen",
      "Samarbejde på tværs",
      "Relationel koordinering",
      "Samarbejde med kolleger, nærmeste leder, børn/unge, forældre og øvrige samarbejdspartnere",
    ],
  },
  {
    id: "autonomi",
    name: "Autonomi",
    definition:
      "Autonomi handler om dig som person, og hvordan dit personlige potentiale bliver værdsat og kommer arbejdspladsen til gavn.",
    keywords: [
      "Anerkendelse og værdsættelse",
      "Involvering i beslutninger",
      "Indflydelse på opgaver og arbejdsmetoder",
      "Mulighed for at udnytte ens potentiale",
      "Mulighed for at være den, man er",
    ],
  },
];

export const questionBanks: QuestionBank[] = [skema2, skema3, simpleQuestions];

/** A bank's questions as they read on a sheet: "Hvordan oplever du, at I …" + "… arbejder med levereglerne?". */
export function fullQuestion(bank: QuestionBank, question: BankQuestion): string {
  return bank.lead ? `${bank.lead.replace(/\s*…$/, "")} ${question.text.replace(/^…\s*/, "")}` : question.text;
}

/**
 * A seed text in the words of the round's kind. The seeds write their MUS texts about "medarbejderen"
 * and their LUS versions about "lederen" (Aarhus: "medarbejderens læring" / "lederens læring"), so a
 * shipped text read in a LUS round names the participant as a leader. Only for the texts shipped
 * here: a municipality's own text may speak of a leader's employees on purpose.
 */
export function inKind(text: string, kind: Kind): string {
  const words = roles[kind];
  const bySuffix: Record<string, string> = {
    "": words.participant,
    en: words.participantDefinite,
    ens: words.participantPossessive,
    e: words.participants,
    ne: words.participantsDefinite,
  };
  return text.replace(/\b([Mm])edarbejder(ens|en|ne|e)?\b/g, (_match, initial: string, suffix = "") => {
    const word = bySuffix[suffix];
    return initial === "M" ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  });
}

/** A dimension's keywords in the words of the round's kind. */
export const keywordsFor = (dimension: VitalisationDimension, kind: Kind) => dimension.keywords.map((keyword) => inKind(keyword, kind));

/** Every bank as the editor offers it: the three question banks, then the keywords per dimension. */
export function bankOptions(kind: Kind): { id: string; title: string; questions: string[] }[] {
  return [
    ...questionBanks.map((bank) => ({
      id: bank.id,
      title: bank.title,
      questions: bank.questions.map((question) => inKind(fullQuestion(bank, question), kind)),
    })),
    ...vitalisationDimensions.map((dimension) => ({
      id: `noegleord-${dimension.id}`,
      title: `Vitaliseringsmodellen – ${dimension.name}: nøgleord`,
      questions: keywordsFor(dimension, kind),
    })),
  ];
}
