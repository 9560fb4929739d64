import { allowedActions, type RoundState } from "@/lib/domain/rounds/state-machine";

// What a person should do next, round by round and role by role. Pure: it is given the facts the
// loader read (no queries here) and the time, and answers with one step and where to do it, so
// every phase and role is a row in a table test. The words are the dictionary's business (the
// home page maps each step to Danish, with the MUS/LUS role words).

export type RoundKind = "MUS" | "LUS";
export type Booking = { startsAt: Date; durationMinutes: number; location: string };
export type SheetState = "NONE" | "DRAFT" | "SUBMITTED";

/** A conversation as the step names it: with whom, when and where, and its page. */
export type Appointment = { participantId: string; name: string; booking: Booking; href: string };

/** One participant of a round the person leads, as far as the leader may know it (no contents). */
export type LedParticipant = { participantId: string; name: string; booking: Booking | null; sheet: SheetState; planSigned: boolean };

export type LedRound = {
  id: string;
  kind: RoundKind;
  state: RoundState;
  coreTaskWritten: boolean;
  kickoffDate: Date;
  wrapUpDate: Date;
  groups: { name: string; participants: number; questions: number }[];
  participants: LedParticipant[];
};

/** One's own place in a published round. */
export type Participation = {
  participantId: string;
  roundId: string;
  kind: RoundKind;
  state: RoundState;
  leader: string;
  booking: Booking | null;
  sheet: SheetState;
  /** A version of the plan is signed by both. */
  planSigned: boolean;
  /** The newest version is not signed, and this person has approved it: the other party has not. */
  approvedByMe: boolean;
  followUpDate: Date | null;
  /** Marked not this round: nothing to do. */
  absent?: boolean;
  /** Given a catch-up conversation after the wrap-up began: preparing and booking as in the conversations. */
  catchUp?: boolean;
};

export type NextStep =
  // The leader, planning.
  | { step: "writeKickoff"; href: string; kickoffDate: Date }
  | { step: "writeQuestions"; href: string; groupsWithoutQuestions: string[] }
  | { step: "chooseParticipants"; href: string }
  | { step: "publish"; href: string; participants: number }
  // The leader, from the material's publication to the wrap-up.
  | { step: "bookConversations"; href: string; booked: number; total: number }
  | { step: "readSheets"; href: string; shared: number; total: number; next: Appointment | null }
  | { step: "holdConversations"; href: string; next: Appointment[]; more: number; unsigned: number; unbooked: number }
  | { step: "signPlans"; href: string; waiting: Appointment[]; unsigned: number }
  | { step: "startWrapUp"; href: string }
  | { step: "holdWrapUp"; href: string; overviewHref: string; date: Date }
  | { step: "followUpRound"; href: string }
  // A participant.
  | { step: "fillSheet"; href: string; materialHref: string; leader: string; booking: Booking | null }
  | { step: "continueSheet"; href: string; leader: string; booking: Booking | null }
  | { step: "conversation"; href: string; sheetHref: string; leader: string; booking: Booking }
  | { step: "awaitBooking"; href: string; leader: string }
  | { step: "approvePlan"; href: string; leader: string }
  | { step: "awaitApproval"; href: string; leader: string }
  | { step: "followUpPlan"; href: string; followUpDate: Date | null }
  | { step: "readWrapUp"; href: string; leader: string }
  // The committee, HR, administrators, and a leader with no open round.
  | { step: "readMaterial"; href: string }
  | { step: "filePlans"; href: string; unfiled: number }
  | { step: "organisation"; href: string; people: string; units: string; templates: string }
  | { step: "createRound"; href: string; kind: RoundKind }
  // A leader above a round's leader who has stopped.
  | { step: "handOverRound"; href: string; leader: string };

/** How many appointments a step lists before it says "and n more". */
export const listedAppointments = 3;

const roundPath = (roundId: string) => `/runder/${roundId}`;
const conversationPath = (roundId: string, participantId: string) => `${roundPath(roundId)}/samtale/${participantId}`;
const ends = (booking: Booking) => booking.startsAt.getTime() + booking.durationMinutes * 60_000;
const byStart = (a: Appointment, b: Appointment) => a.booking.startsAt.getTime() - b.booking.startsAt.getTime();

/** The one thing the leader of a round should do now; null once the round is closed. */
export function leaderNextStep(round: LedRound, now: Date): NextStep | null {
  const base = roundPath(round.id);
  const total = round.participants.length;
  switch (round.state) {
    case "PLANNING": {
      // The order of the publishing checklist: kick-off, questions, participants, then publish.
      if (!round.coreTaskWritten) return { step: "writeKickoff", href: `${base}/opstart`, kickoffDate: round.kickoffDate };
      const withPeople = round.groups.filter((group) => group.participants > 0);
      const withoutQuestions = withPeople.filter((group) => group.questions === 0).map((group) => group.name);
      const anyQuestions = round.groups.some((group) => group.questions > 0);
      if (withoutQuestions.length > 0 || !anyQuestions)
        return { step: "writeQuestions", href: `${base}/spoergsmaal`, groupsWithoutQuestions: withoutQuestions };
      if (total === 0) return { step: "chooseParticipants", href: `${base}/deltagere` };
      return { step: "publish", href: `${base}#offentliggoer`, participants: total };
    }
    case "PREPARATION":
    case "CONVERSATIONS": {
      const booked = round.participants.filter((participant) => participant.booking !== null);
      const appointments = booked
        .filter((participant) => !participant.planSigned)
        .map((participant) => ({
          participantId: participant.participantId,
          name: participant.name,
          booking: participant.booking!,
          href: conversationPath(round.id, participant.participantId),
        }))
        .sort(byStart);
      // A conversation still running counts as coming: the leader opens its page now.
      const coming = appointments.filter((appointment) => ends(appointment.booking) > now.getTime());
      const heldUnsigned = appointments.filter((appointment) => ends(appointment.booking) <= now.getTime());
      const unbooked = total - booked.length;
      const bookStep = { step: "bookConversations", href: `${base}/samtaler`, booked: booked.length, total } as const;
      if (round.state === "PREPARATION") {
        // Booking comes first once the material is out; then the sheets as they are shared.
        if (unbooked > 0) return bookStep;
        const shared = round.participants.filter((participant) => participant.sheet === "SUBMITTED").length;
        return { step: "readSheets", href: `${base}/deltagerforberedelse`, shared, total, next: coming[0] ?? null };
      }
      if (coming.length > 0) {
        return {
          step: "holdConversations",
          href: coming[0].href,
          next: coming.slice(0, listedAppointments),
          more: Math.max(0, coming.length - listedAppointments),
          unsigned: heldUnsigned.length,
          unbooked,
        };
      }
      if (heldUnsigned.length > 0)
        return {
          step: "signPlans",
          href: heldUnsigned[0].href,
          waiting: heldUnsigned.slice(0, listedAppointments),
          unsigned: heldUnsigned.length,
        };
      if (unbooked > 0) return bookStep;
      return { step: "startWrapUp", href: `${base}#naeste-fase` };
    }
    case "WRAP_UP":
      return { step: "holdWrapUp", href: `${base}/opsamling`, overviewHref: `${base}/overblik`, date: round.wrapUpDate };
    case "FOLLOW_UP":
      return { step: "followUpRound", href: `${base}/opfoelgning` };
    case "CLOSED":
      return null;
  }
}

/** The one thing a participant should do now in a published round; null before and once it is closed. */
export function participantNextStep(me: Participation, now: Date): NextStep | null {
  if (me.state === "PLANNING" || me.state === "CLOSED" || me.absent) return null;
  const base = roundPath(me.roundId);
  const conversation = conversationPath(me.roundId, me.participantId);
  const sheet = `${base}/forberedelse`;
  const started = me.booking !== null && me.booking.startsAt.getTime() <= now.getTime();
  // Once the conversation has begun (or either party has approved), the plan waits for both to approve it.
  const planPending = allowedActions(me.state).includes("editPlan") && !me.planSigned && (started || me.approvedByMe);
  if (planPending) return { step: me.approvedByMe ? "awaitApproval" : "approvePlan", href: conversation, leader: me.leader };

  if (me.state === "PREPARATION" || me.state === "CONVERSATIONS" || (me.catchUp && !me.planSigned)) {
    if (me.planSigned) return { step: "followUpPlan", href: conversation, followUpDate: me.followUpDate };
    if (me.sheet === "NONE")
      return { step: "fillSheet", href: sheet, materialHref: `${base}/materiale`, leader: me.leader, booking: me.booking };
    if (me.sheet === "DRAFT") return { step: "continueSheet", href: sheet, leader: me.leader, booking: me.booking };
    if (me.booking) return { step: "conversation", href: conversation, sheetHref: sheet, leader: me.leader, booking: me.booking };
    return { step: "awaitBooking", href: sheet, leader: me.leader };
  }
  if (me.state === "FOLLOW_UP" && me.planSigned) return { step: "followUpPlan", href: conversation, followUpDate: me.followUpDate };
  return { step: "readWrapUp", href: `${base}/opsamling`, leader: me.leader };
}

/** A committee member follows a round through its shared material, then its wrap-up. */
export function committeeNextStep(round: { id: string; state: RoundState; leader: string }): NextStep | null {
  if (round.state === "CLOSED") return null;
  const base = roundPath(round.id);
  if (round.state === "WRAP_UP" || round.state === "FOLLOW_UP")
    return { step: "readWrapUp", href: `${base}/opsamling`, leader: round.leader };
  return { step: "readMaterial", href: `${base}/materiale` };
}

export const filingStep = (unfiled: number): NextStep => ({ step: "filePlans", href: "/hr", unfiled });

/** The administrator keeps the organisation in step with HR's system: the import first. */
export const organisationStep = (): NextStep => ({
  step: "organisation",
  href: "/admin/import",
  people: "/admin/personer",
  units: "/admin/enheder",
  templates: "/admin/skabeloner",
});

/** A leader who could lead a kind of round but has none open of that kind. */
export function createRoundSteps(kindsLed: readonly RoundKind[], openRounds: readonly { kind: RoundKind }[]): NextStep[] {
  return kindsLed
    .filter((kind) => !openRounds.some((round) => round.kind === kind))
    .map((kind) => ({ step: "createRound", href: "/runder/ny", kind }));
}

/** A round whose leader has stopped waits on the leader above them to hand it over. */
export const handOverStep = (round: { id: string; leader: string }): NextStep => ({
  step: "handOverRound",
  href: `/runder/overdragelse/${round.id}`,
  leader: round.leader,
});
