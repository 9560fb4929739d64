import { describe, expect, it } from "vitest";
import { describeStep } from "@/components/home/step-wording";
import {
  committeeNextStep,
  createRoundSteps,
  filingStep,
  leaderNextStep,
  organisationStep,
  participantNextStep,
  type Booking,
  type LedParticipant,
  type LedRound,
  type NextStep,
  type Participation,
} from "@/lib/domain/next-steps/rule";
import { roundStates, type RoundState } from "@/lib/domain/rounds/state-machine";

// "Your next step", decided over every phase of a round and every role a person can have in it.

const now = new Date("2027-02-10T10:00:00Z");
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
const at = (start: Date, minutes = 60): Booking => ({ startsAt: start, durationMinutes: minutes, location: "Personalerummet" });

function person(name: string, over: Partial<LedParticipant> = {}): LedParticipant {
  return { participantId: `p-${name}`, name, booking: null, sheet: "NONE", planSigned: false, ...over };
}

function led(state: RoundState, over: Partial<LedRound> = {}): LedRound {
  return {
    id: "r1",
    kind: "MUS",
    state,
    coreTaskWritten: true,
    kickoffDate: new Date("2027-01-12T00:00:00Z"),
    wrapUpDate: new Date("2027-04-20T00:00:00Z"),
    groups: [{ name: "Alle deltagere", participants: 2, questions: 5 }],
    participants: [person("Ida"), person("Jonas")],
    ...over,
  };
}

function me(state: RoundState, over: Partial<Participation> = {}): Participation {
  return {
    participantId: "p1",
    roundId: "r1",
    kind: "MUS",
    state,
    leader: "Mette Søndergård",
    booking: null,
    sheet: "NONE",
    planSigned: false,
    approvedByMe: false,
    followUpDate: null,
    ...over,
  };
}

describe("the leader's next step", () => {
  it("while planning, follows the publishing checklist: kick-off, questions, participants, publish", () => {
    expect(leaderNextStep(led("PLANNING", { coreTaskWritten: false }), now)).toMatchObject({
      step: "writeKickoff",
      href: "/runder/r1/opstart",
    });
    expect(leaderNextStep(led("PLANNING", { groups: [{ name: "Alle deltagere", participants: 2, questions: 0 }] }), now)).toEqual({
      step: "writeQuestions",
      href: "/runder/r1/spoergsmaal",
      groupsWithoutQuestions: ["Alle deltagere"],
    });
    // A group without people needs no questions, but the sheet needs some somewhere.
    expect(
      leaderNextStep(led("PLANNING", { groups: [{ name: "Tom", participants: 0, questions: 0 }], participants: [] }), now),
    ).toMatchObject({ step: "writeQuestions", groupsWithoutQuestions: [] });
    expect(
      leaderNextStep(led("PLANNING", { groups: [{ name: "Alle deltagere", participants: 0, questions: 4 }], participants: [] }), now),
    ).toMatchObject({ step: "chooseParticipants", href: "/runder/r1/deltagere" });
    expect(leaderNextStep(led("PLANNING"), now)).toEqual({ step: "publish", href: "/runder/r1#offentliggoer", participants: 2 });
  });

  it("after publishing, books the conversations first (n of m booked), then reads the shared sheets", () => {
    const oneBooked = led("PREPARATION", { participants: [person("Ida", { booking: at(hours(24)) }), person("Jonas")] });
    expect(leaderNextStep(oneBooked, now)).toEqual({ step: "bookConversations", href: "/runder/r1/samtaler", booked: 1, total: 2 });
    const allBooked = led("PREPARATION", {
      participants: [
        person("Ida", { booking: at(hours(48)), sheet: "SUBMITTED" }),
        person("Jonas", { booking: at(hours(24)), sheet: "DRAFT" }),
      ],
    });
    expect(leaderNextStep(allBooked, now)).toMatchObject({
      step: "readSheets",
      href: "/runder/r1/deltagerforberedelse",
      shared: 1,
      total: 2,
      next: { name: "Jonas", href: "/runder/r1/samtale/p-Jonas" },
    });
  });

  it("in the conversations, lists the next ones (a running one too), then the plans to sign, then booking, then the wrap-up", () => {
    const five = ["A", "B", "C", "D", "E"].map((name, index) => person(name, { booking: at(hours(5 - index)) }));
    const running = person("Løbende", { booking: at(hours(-0.5)) });
    const held = person("Holdt", { booking: at(hours(-30)) });
    const signed = person("Underskrevet", { booking: at(hours(-50)), planSigned: true });
    const step = leaderNextStep(led("CONVERSATIONS", { participants: [...five, running, held, signed, person("Ubooket")] }), now);
    expect(step).toMatchObject({ step: "holdConversations", href: "/runder/r1/samtale/p-Løbende", more: 3, unsigned: 1, unbooked: 1 });
    expect(step?.step === "holdConversations" && step.next.map((appointment) => appointment.name)).toEqual(["Løbende", "E", "D"]);

    expect(leaderNextStep(led("CONVERSATIONS", { participants: [held, signed] }), now)).toMatchObject({
      step: "signPlans",
      href: "/runder/r1/samtale/p-Holdt",
      unsigned: 1,
      waiting: [{ name: "Holdt" }],
    });
    expect(leaderNextStep(led("CONVERSATIONS", { participants: [signed, person("Ubooket")] }), now)).toMatchObject({
      step: "bookConversations",
      booked: 1,
      total: 2,
    });
    expect(leaderNextStep(led("CONVERSATIONS", { participants: [signed] }), now)).toEqual({
      step: "startWrapUp",
      href: "/runder/r1#naeste-fase",
    });
  });

  it("then holds the wrap-up, follows up, and has nothing left in a closed round", () => {
    expect(leaderNextStep(led("WRAP_UP"), now)).toEqual({
      step: "holdWrapUp",
      href: "/runder/r1/opsamling",
      overviewHref: "/runder/r1/overblik",
      date: new Date("2027-04-20T00:00:00Z"),
    });
    expect(leaderNextStep(led("FOLLOW_UP"), now)).toEqual({ step: "followUpRound", href: "/runder/r1/opfoelgning" });
    expect(leaderNextStep(led("CLOSED"), now)).toBeNull();
  });

  it("suggests a new round for each kind the person leads but has none open of", () => {
    expect(createRoundSteps(["MUS", "LUS"], [{ kind: "MUS" }])).toEqual([{ step: "createRound", href: "/runder/ny", kind: "LUS" }]);
    expect(createRoundSteps(["MUS"], [{ kind: "MUS" }])).toEqual([]);
    expect(createRoundSteps([], [])).toEqual([]);
  });
});

describe("a participant's next step", () => {
  const sheet = "/runder/r1/forberedelse";
  const conversation = "/runder/r1/samtale/p1";

  it("has none before the round is published or once it is closed", () => {
    expect(participantNextStep(me("PLANNING"), now)).toBeNull();
    expect(participantNextStep(me("CLOSED"), now)).toBeNull();
  });

  for (const state of ["PREPARATION", "CONVERSATIONS"] as const) {
    it(`in ${state}: the sheet by its state, then the booked conversation, then the plan to approve, then its follow-up`, () => {
      const booking = at(hours(24));
      expect(participantNextStep(me(state), now)).toEqual({
        step: "fillSheet",
        href: sheet,
        materialHref: "/runder/r1/materiale",
        leader: "Mette Søndergård",
        booking: null,
      });
      expect(participantNextStep(me(state, { sheet: "DRAFT", booking }), now)).toEqual({
        step: "continueSheet",
        href: sheet,
        leader: "Mette Søndergård",
        booking,
      });
      expect(participantNextStep(me(state, { sheet: "SUBMITTED", booking }), now)).toEqual({
        step: "conversation",
        href: conversation,
        sheetHref: sheet,
        leader: "Mette Søndergård",
        booking,
      });
      expect(participantNextStep(me(state, { sheet: "SUBMITTED" }), now)).toEqual({
        step: "awaitBooking",
        href: sheet,
        leader: "Mette Søndergård",
      });
      // Once the conversation has begun, the sheet is closed and the plan is what waits, shared or not.
      expect(participantNextStep(me(state, { sheet: "DRAFT", booking: at(hours(-1)) }), now)).toEqual({
        step: "approvePlan",
        href: conversation,
        leader: "Mette Søndergård",
      });
      expect(participantNextStep(me(state, { sheet: "SUBMITTED", booking: at(hours(-1)), approvedByMe: true }), now)).toMatchObject({
        step: "awaitApproval",
      });
      const followUpDate = new Date("2027-09-01T00:00:00Z");
      expect(participantNextStep(me(state, { sheet: "SUBMITTED", booking: at(hours(-1)), planSigned: true, followUpDate }), now)).toEqual({
        step: "followUpPlan",
        href: conversation,
        followUpDate,
      });
    });
  }

  it("after the conversations: an unsigned plan still waits; otherwise the wrap-up, then the follow-up of a signed plan", () => {
    const held = at(hours(-100));
    expect(participantNextStep(me("WRAP_UP", { booking: held }), now)).toMatchObject({ step: "approvePlan" });
    expect(participantNextStep(me("WRAP_UP", { booking: held, planSigned: true }), now)).toEqual({
      step: "readWrapUp",
      href: "/runder/r1/opsamling",
      leader: "Mette Søndergård",
    });
    expect(participantNextStep(me("WRAP_UP"), now)).toMatchObject({ step: "readWrapUp" });
    expect(participantNextStep(me("FOLLOW_UP", { booking: held, planSigned: true }), now)).toMatchObject({
      step: "followUpPlan",
      href: conversation,
    });
    expect(participantNextStep(me("FOLLOW_UP"), now)).toMatchObject({ step: "readWrapUp" });
  });
});

describe("the other roles' next steps", () => {
  it("the committee reads the material until the wrap-up, then the wrap-up; nothing once closed", () => {
    const expected: Record<RoundState, string | null> = {
      PLANNING: "/runder/r1/materiale",
      PREPARATION: "/runder/r1/materiale",
      CONVERSATIONS: "/runder/r1/materiale",
      WRAP_UP: "/runder/r1/opsamling",
      FOLLOW_UP: "/runder/r1/opsamling",
      CLOSED: null,
    };
    for (const state of roundStates)
      expect(committeeNextStep({ id: "r1", state, leader: "Mette Søndergård" })?.href ?? null, state).toBe(expected[state]);
  });

  it("HR files signed plans; an administrator keeps the organisation", () => {
    expect(filingStep(3)).toEqual({ step: "filePlans", href: "/hr", unfiled: 3 });
    expect(organisationStep()).toMatchObject({ step: "organisation", href: "/admin/import" });
  });
});

describe("every phase and role has one step with a working link, in Danish", () => {
  const steps: NextStep[] = [];
  for (const state of roundStates) {
    for (const round of [led(state), led(state, { participants: [person("Ida", { booking: at(hours(2)) })] })]) {
      const step = leaderNextStep(round, now);
      if (step) steps.push(step);
    }
    for (const participation of [
      me(state),
      me(state, { sheet: "SUBMITTED", booking: at(hours(2)) }),
      me(state, { booking: at(hours(-2)), planSigned: true }),
    ]) {
      const step = participantNextStep(participation, now);
      if (step) steps.push(step);
    }
  }
  steps.push(filingStep(0), filingStep(2), organisationStep(), ...createRoundSteps(["MUS", "LUS"], []));

  it("each step has a title, text and a link to a page of the app", () => {
    for (const step of steps) {
      for (const kind of ["MUS", "LUS"] as const) {
        const words = describeStep(step, kind);
        expect(words.title.trim(), step.step).not.toBe("");
        expect([...words.lines, ...(words.notes ?? [])].join(" "), step.step).not.toMatch(/undefined|null|NaN/);
        expect(words.primary.href, step.step).toMatch(/^\/(runder|hr|admin)/);
        expect(words.primary.label.trim(), step.step).not.toBe("");
      }
    }
  });

  it("names the parties by the round's kind: MUS medarbejder/leder, LUS leder/leders leder", () => {
    const publish = leaderNextStep(led("PLANNING"), now)!;
    expect(describeStep(publish, "MUS").lines[0]).toContain("de 2 medarbejdere");
    expect(describeStep(publish, "LUS").lines[0]).toContain("de 2 ledere");
    const single = leaderNextStep(led("PLANNING", { participants: [person("Ida")] }), now)!;
    expect(describeStep(single, "LUS").lines[0]).toContain("får lederen en e-mail");
    const [lus] = createRoundSteps(["LUS"], []);
    expect(describeStep(lus, "LUS")).toMatchObject({
      title: "Planlæg årets LUS",
      lines: ["Der refererer ledere til dig, men du har ingen åben LUS-runde."],
    });
    const followUp = participantNextStep(me("FOLLOW_UP", { kind: "LUS", planSigned: true, booking: at(hours(-2)) }), now)!;
    expect(describeStep(followUp, "LUS").lines[0]).toContain("mini-LUS");
  });

  it("says how many conversations are booked, and when and where the next one is", () => {
    const booking = describeStep(
      leaderNextStep(led("PREPARATION", { participants: [person("Ida", { booking: at(hours(24)) }), person("Jonas")] }), now)!,
      "MUS",
    );
    expect(booking).toMatchObject({ title: "Book samtalerne", primary: { href: "/runder/r1/samtaler", label: "Book samtalerne" } });
    expect(booking.lines[0]).toMatch(/^1 af 2 samtaler er booket\./);
    const next = describeStep(
      leaderNextStep(led("CONVERSATIONS", { participants: [person("Ida", { booking: at(new Date("2027-02-11T08:30:00Z")) })] }), now)!,
      "MUS",
    );
    expect(next.primary).toEqual({
      href: "/runder/r1/samtale/p-Ida",
      label: "Samtalen med Ida",
      detail: "11. februar 2027 kl. 09.30, 60 minutter, Personalerummet",
    });
  });
});
