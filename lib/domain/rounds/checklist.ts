import type { RoundState } from "./state-machine";
import { wrapUpBegun } from "./state-machine";

// The leader's checklist for a round: Aarhus's preparation steps and Tønder's steps for the
// kick-off, the conversations and the wrap-up, each ticked from what the app already knows. A step
// the app cannot see (a talk in the leader team) has done: null and stays advice. Pure, so the
// table of what ticks when is tested without a database.

export type ChecklistFacts = {
  kind: "MUS" | "LUS";
  state: RoundState;
  focus: string;
  coreTask: string;
  developmentGoals: number;
  questions: number;
  published: boolean;
  /** Participants taking part this round (not marked absent). */
  participants: number;
  /** Of them: with the leader's own notes, with a booked conversation, with a shared sheet, with a signed plan. */
  withNotes: number;
  booked: number;
  sheetsShared: number;
  plansSigned: number;
  offersMarked: number;
  overviewWritten: boolean;
  wrapUpWritten: boolean;
  jointActions: number;
  feedbackPublished: boolean;
};

export type ChecklistStepKey =
  | "leaderTeam"
  | "focus"
  | "policies"
  | "feedback"
  | "offers"
  | "coreTask"
  | "questions"
  | "publish"
  | "book"
  | "sheets"
  | "plans"
  | "overview"
  | "wrapUp"
  | "agenda"
  | "jointActions"
  | "overallFeedback"
  | "followUp";

export type ChecklistStep = { key: ChecklistStepKey; done: boolean | null; count?: { done: number; of: number } };
export type ChecklistGroup = { key: "prepare" | "kickoff" | "conversations" | "wrapUp"; steps: ChecklistStep[] };

const all = (done: number, of: number) => of > 0 && done >= of;

export function leaderChecklist(f: ChecklistFacts): ChecklistGroup[] {
  const wrapUp = wrapUpBegun(f.state);
  const following = f.state === "FOLLOW_UP" || f.state === "CLOSED";
  const of = f.participants;
  return [
    {
      key: "prepare",
      steps: [
        // Aarhus's LUS guide has no joint preparation for the leaders' leader: that step is MUS only.
        ...(f.kind === "MUS" ? [{ key: "leaderTeam" as const, done: null }] : []),
        { key: "focus", done: f.focus.trim() !== "" },
        { key: "policies", done: null },
        { key: "offers", done: f.offersMarked > 0 ? true : null },
        { key: "feedback", done: all(f.withNotes, of), count: { done: f.withNotes, of } },
      ],
    },
    {
      key: "kickoff",
      steps: [
        { key: "coreTask", done: f.coreTask.trim() !== "" && f.developmentGoals > 0 },
        { key: "questions", done: f.questions > 0 },
        { key: "publish", done: f.published },
      ],
    },
    {
      key: "conversations",
      steps: [
        { key: "book", done: all(f.booked, of), count: { done: f.booked, of } },
        { key: "sheets", done: all(f.sheetsShared, of), count: { done: f.sheetsShared, of } },
        { key: "plans", done: all(f.plansSigned, of), count: { done: f.plansSigned, of } },
      ],
    },
    {
      key: "wrapUp",
      steps: [
        { key: "overview", done: f.overviewWritten || wrapUp },
        { key: "wrapUp", done: wrapUp },
        { key: "agenda", done: f.wrapUpWritten },
        { key: "jointActions", done: f.jointActions > 0 },
        { key: "overallFeedback", done: f.feedbackPublished },
        { key: "followUp", done: following },
      ],
    },
  ];
}
