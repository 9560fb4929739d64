import { roundStates, type RoundState } from "./state-machine";

// The leader's pages of a round, shown by phase: the pages of the phase the round is in and of the
// phases before it, never those of phases still to come (they would only say "not yet"). A page
// whose phase is over is marked done. Pure, so each phase is a row in a table test.

export type RoundPageKey =
  | "course"
  | "kickoff"
  | "questions"
  | "participants"
  | "material"
  | "conversations"
  | "preparation"
  | "grus"
  | "overview"
  | "wrapUp"
  | "followUp";

type RoundPage = {
  key: RoundPageKey;
  path: string;
  /** The first phase in which the page is shown. */
  from: RoundState;
  /** The phase after which its work is done; null for the pages that never are (the course, the material). */
  doneAfter: RoundState | null;
};

// In the order of the round. GRUS is held between the individual conversations and the wrap-up
// (and may be written from the conversations on, as the state machine allows), so it comes in
// with the conversations; the overview's figures appear only from the wrap-up, so it comes then.
const leaderPages: readonly RoundPage[] = [
  { key: "course", path: "", from: "PLANNING", doneAfter: null },
  { key: "kickoff", path: "/opstart", from: "PLANNING", doneAfter: "PLANNING" },
  { key: "questions", path: "/spoergsmaal", from: "PLANNING", doneAfter: "PLANNING" },
  { key: "participants", path: "/deltagere", from: "PLANNING", doneAfter: "PLANNING" },
  // While planning: a preview of what the participants will get.
  { key: "material", path: "/materiale", from: "PLANNING", doneAfter: null },
  { key: "conversations", path: "/samtaler", from: "PREPARATION", doneAfter: "CONVERSATIONS" },
  { key: "preparation", path: "/deltagerforberedelse", from: "PREPARATION", doneAfter: "CONVERSATIONS" },
  { key: "grus", path: "/grus", from: "CONVERSATIONS", doneAfter: "WRAP_UP" },
  { key: "overview", path: "/overblik", from: "WRAP_UP", doneAfter: "WRAP_UP" },
  { key: "wrapUp", path: "/opsamling", from: "WRAP_UP", doneAfter: "WRAP_UP" },
  { key: "followUp", path: "/opfoelgning", from: "FOLLOW_UP", doneAfter: "FOLLOW_UP" },
];

const order = (state: RoundState) => roundStates.indexOf(state);

export type PageTab = { key: RoundPageKey; href: string; done: boolean };

/** The leader's tabs for a round in this phase. */
export function leaderTabs(roundId: string, state: RoundState): PageTab[] {
  const base = `/runder/${roundId}`;
  return leaderPages
    .filter((page) => order(page.from) <= order(state))
    .map((page) => ({ key: page.key, href: `${base}${page.path}`, done: page.doneAfter !== null && order(state) > order(page.doneAfter) }));
}

export type PhaseStatus = "done" | "current" | "later";

/** Every phase of a round, in order, with where the round stands. */
export function phaseList(state: RoundState): { state: RoundState; status: PhaseStatus }[] {
  return roundStates.map((phase) => ({
    state: phase,
    status: order(phase) < order(state) ? "done" : phase === state ? "current" : "later",
  }));
}
