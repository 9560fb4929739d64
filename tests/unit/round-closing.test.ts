import { describe, expect, it } from "vitest";
import { closingProblems, planProgress } from "@/lib/domain/wrap-up/closing";

describe("when a plan counts as followed up", () => {
  const signed = { signedNumber: 2, actionCount: 2, carriedOver: false };
  it("needs a follow-up on the signed version that leaves no action open", () => {
    expect(planProgress({ ...signed, lastFollowUp: null })).toBe("signed");
    expect(planProgress({ ...signed, lastFollowUp: { versionNumber: 2, actionStates: ["done", "started"] } })).toBe("signed");
    expect(planProgress({ ...signed, lastFollowUp: { versionNumber: 1, actionStates: ["done", "done"] } })).toBe("signed");
    expect(planProgress({ ...signed, lastFollowUp: { versionNumber: 2, actionStates: ["done", "dropped"] } })).toBe("followedUp");
  });
  it("is never followed up unsigned, but may always be carried over", () => {
    expect(planProgress({ signedNumber: null, actionCount: 0, lastFollowUp: null, carriedOver: false })).toBe("notSigned");
    expect(planProgress({ signedNumber: null, actionCount: 0, lastFollowUp: null, carriedOver: true })).toBe("carriedOver");
  });
});

describe("closing a round", () => {
  it("names every kind of thing still open, with its count", () => {
    expect(
      closingProblems({
        plans: ["followedUp", "signed", "notSigned", "carriedOver"],
        jointActions: ["OPEN", "DONE", "CARRIED_OVER"],
        unsettled: 1,
      }),
    ).toEqual([
      { kind: "plans", count: 2 },
      { kind: "jointActions", count: 1 },
      { kind: "unsettled", count: 1 },
    ]);
    expect(closingProblems({ plans: ["followedUp", "carriedOver"], jointActions: ["DONE", "CARRIED_OVER"], unsettled: 0 })).toEqual([]);
  });
});
