import { da } from "@/lib/i18n/da";

// A round's life: planning → preparation → conversations → wrap-up → follow-up → closed.
// Pure: which actions each state allows, and what a transition requires. Who may act is the
// access policy's business, not this module's.

export const roundStates = ["PLANNING", "PREPARATION", "CONVERSATIONS", "WRAP_UP", "FOLLOW_UP", "CLOSED"] as const;
export type RoundState = (typeof roundStates)[number];

export type RoundAction =
  | "editDetails"
  | "editKickoff"
  | "editParticipants"
  | "publish"
  | "scheduleConversation"
  | "fillSheet"
  | "startConversations"
  | "editPlan"
  | "startWrapUp"
  | "editOverview"
  | "editGrus"
  | "editWrapUp"
  | "settleAgreements"
  | "startFollowUp"
  | "followUp"
  | "close"
  // For one participant: marked not this round, brought back, or given a catch-up conversation.
  | "editAbsence"
  // What a participant given a catch-up conversation may still do after the wrap-up has begun.
  | "catchUp"
  // Naming the union representative, or letting them comment: they take part from kick-off to follow-up.
  | "nameUnionRep";

const allowed: Record<RoundState, readonly RoundAction[]> = {
  PLANNING: ["editDetails", "editKickoff", "editParticipants", "publish", "editAbsence", "nameUnionRep"],
  // Conversations are held through the window while others still prepare, so a plan can be written
  // as soon as the material is out; "conversations" marks that the window is the main business now.
  PREPARATION: [
    "editDetails",
    "editParticipants",
    "scheduleConversation",
    "fillSheet",
    "editPlan",
    "startConversations",
    "editAbsence",
    "nameUnionRep",
  ],
  // The leader's overview notes and GRUS may begin while the last conversations are held; the
  // figures themselves appear only from the wrap-up (lib/domain/overview/data.ts).
  CONVERSATIONS: [
    "editDetails",
    "scheduleConversation",
    "fillSheet",
    "editPlan",
    "editOverview",
    "editGrus",
    "startWrapUp",
    "editAbsence",
    "nameUnionRep",
  ],
  // Someone away during the conversations may have a catch-up conversation after the wrap-up has
  // begun ("catchUp": their sheet and booking), without reopening the round's figures.
  WRAP_UP: [
    "editPlan",
    "editOverview",
    "editGrus",
    "editWrapUp",
    "settleAgreements",
    "startFollowUp",
    "editAbsence",
    "catchUp",
    "nameUnionRep",
  ],
  // The joint action plan and the feedback can still be mended while they are followed up.
  FOLLOW_UP: ["editPlan", "editOverview", "editWrapUp", "settleAgreements", "followUp", "close", "editAbsence", "catchUp", "nameUnionRep"],
  CLOSED: [],
};

const transitions: Partial<Record<RoundAction, RoundState>> = {
  publish: "PREPARATION",
  startConversations: "CONVERSATIONS",
  startWrapUp: "WRAP_UP",
  startFollowUp: "FOLLOW_UP",
  close: "CLOSED",
};

/** What publishing needs to know about the round. */
export type PublishFacts = { coreTask: string; participants: number; questions: number };

export type Decision = { ok: true; next: RoundState } | { ok: false; messages: string[] };

/**
 * The phases from the wrap-up on: sheets and groups are frozen, so the overview may show figures,
 * and the wrap-up is shared with the participants and the committee.
 */
export const wrapUpPhases: readonly RoundState[] = ["WRAP_UP", "FOLLOW_UP", "CLOSED"];
export const wrapUpBegun = (state: RoundState) => wrapUpPhases.includes(state);

export function allowedActions(state: RoundState): readonly RoundAction[] {
  return allowed[state];
}

/**
 * Whether one participant may have `action` (preparing, booking) now: as the round's phase allows
 * it, or, for someone given a catch-up conversation, as long as the phase allows catching up.
 */
export function participantMay(
  state: RoundState,
  action: "fillSheet" | "scheduleConversation",
  participant: { catchUpAt: Date | null },
): boolean {
  return allowed[state].includes(action) || (participant.catchUpAt !== null && allowed[state].includes("catchUp"));
}

/** Whether the action may happen in this state, and the state the round is in afterwards. */
export function decide(state: RoundState, action: RoundAction, facts?: PublishFacts): Decision {
  const t = da.rounds.state;
  if (!allowed[state].includes(action)) return { ok: false, messages: [t.notNow(t.names[state])] };
  if (action === "publish") {
    const missing: string[] = [
      !facts || facts.coreTask.trim() === "" ? t.publishNeedsCoreTask : null,
      !facts || facts.participants === 0 ? t.publishNeedsParticipants : null,
      !facts || facts.questions === 0 ? t.publishNeedsQuestions : null,
    ].filter((message) => message !== null);
    if (missing.length > 0) return { ok: false, messages: missing };
  }
  return { ok: true, next: transitions[action] ?? state };
}
