import { describe, expect, it } from "vitest";
import { carrySheet } from "@/lib/domain/rounds/manager-change/carry-sheet";
import { decideMove } from "@/lib/domain/rounds/manager-change/rule";

// The pure halves of a change of leader mid-round: the rule's decision, and how a sheet comes along.

const now = new Date("2027-02-15T10:00:00Z");
const base = {
  rule: "FOLLOW_NEW_LEADER" as const,
  participation: { roundState: "PREPARATION" as const, conversationStart: null, planWritten: false },
  roundLeaderId: "old",
  newLeaderId: "new",
  target: { state: "PREPARATION" as const },
  now,
};

describe("the rule for an open round when the leader changes", () => {
  it.each([
    ["follows: not held, a round to go to", {}, "MOVED"],
    ["follows: the new leader's round still in planning", { target: { state: "PLANNING" } }, "MOVED"],
    ["follows: the new leader's round in its conversations", { target: { state: "CONVERSATIONS" } }, "MOVED"],
    ["follows: the new leader's round in its wrap-up", { target: { state: "WRAP_UP" } }, "ASKED"],
    ["follows: the new leader's round closed (a new one may be made)", { target: { state: "CLOSED" } }, "ASKED"],
    ["follows: no round of the new leader's", { target: null }, "ASKED"],
    [
      "held: the booked conversation has begun",
      { participation: { ...base.participation, conversationStart: new Date("2027-02-15T09:59:00Z") } },
      "STAYED_HELD",
    ],
    [
      "not held: the booking is still to come",
      { participation: { ...base.participation, conversationStart: new Date("2027-02-16T09:00:00Z") } },
      "MOVED",
    ],
    ["held: the plan is written in", { participation: { ...base.participation, planWritten: true } }, "STAYED_HELD"],
    ["held: the round is past its conversations", { participation: { ...base.participation, roundState: "WRAP_UP" } }, "STAYED_HELD"],
    ["stays: the municipality's rule, even when nothing is held", { rule: "STAY_WITH_OLD_LEADER" }, "STAYED_RULE"],
    ["nothing: no new leader", { newLeaderId: null }, null],
    ["nothing: the new leader already leads the round", { newLeaderId: "old" }, null],
  ] as const)("%s", (_name, change, outcome) => {
    expect(decideMove({ ...base, ...change } as Parameters<typeof decideMove>[0])).toBe(outcome);
  });
});

describe("carrying a sheet to the new round", () => {
  const q1 = "11111111-1111-4111-8111-111111111111";
  const q2 = "22222222-2222-4222-8222-222222222222";
  const n1 = "33333333-3333-4333-8333-333333333333";
  const from = {
    fields: {
      "score.mestring": 6,
      "comment.mening": "Meningsfuldt arbejde.",
      startWith: "mening",
      otherIndividual: "Kursus i foråret.",
      [`answer.${q1}.contribute`]: "Jeg bidrager.",
      [`answer.${q2}.challenges`]: "Kun i den gamle gruppe.",
      [`answer.${q1}.challenges`]: "",
    },
    revisions: { "score.mestring": 2 },
  };
  const oldQuestions = [
    { id: q1, text: "Hvad  giver dig energi?" },
    { id: q2, text: "Hvordan går det i vuggestuen?" },
  ];

  it("copies what does not depend on the questions, re-keys an answer to the same question text, and leaves the rest", () => {
    const carried = carrySheet(from, { fields: {}, revisions: {} }, oldQuestions, [{ id: n1, text: "hvad giver dig energi? " }]);
    expect(carried.fields).toEqual({
      "score.mestring": 6,
      "comment.mening": "Meningsfuldt arbejde.",
      startWith: "mening",
      otherIndividual: "Kursus i foråret.",
      [`answer.${n1}.contribute`]: "Jeg bidrager.",
    });
    expect({ carried: carried.carried, left: carried.left }).toEqual({ carried: 5, left: 1 });
  });

  it("overwrites nothing the new sheet already holds", () => {
    const into = { fields: { "score.mestring": 9 }, revisions: { "score.mestring": 1 } };
    const carried = carrySheet(from, into, oldQuestions, []);
    expect(carried.fields["score.mestring"]).toBe(9);
    expect(carried.left).toBe(3); // the score, and both answers without a question here
  });
});
