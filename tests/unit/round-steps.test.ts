import { describe, expect, it } from "vitest";
import { roundStates, type RoundState } from "@/lib/domain/rounds/state-machine";
import { leaderTabs, phaseList } from "@/lib/domain/rounds/steps";
import { da } from "@/lib/i18n/da";

// The leader's tabs by phase: the pages of this phase and the ones before it, the finished ones
// marked done, the later phases' pages not yet there.

const names = (state: RoundState) => leaderTabs("r1", state).map((tab) => `${da.rounds.nav.pages[tab.key]}${tab.done ? " ✓" : ""}`);

describe("a round's tabs by phase", () => {
  it("while planning: the round's course, kick-off, groups and questions, participants and the material as a preview", () => {
    expect(names("PLANNING")).toEqual(["Forløb", "Opstart", "Grupper og spørgsmål", "Deltagere", "Materiale"]);
  });

  it("from the preparation: the conversations and the participants' preparation, planning done", () => {
    expect(names("PREPARATION")).toEqual([
      "Forløb",
      "Opstart ✓",
      "Grupper og spørgsmål ✓",
      "Deltagere ✓",
      "Materiale",
      "Samtaler",
      "Deltagernes forberedelse",
    ]);
  });

  it("in the conversations: the same, and GRUS, held between the conversations and the wrap-up", () => {
    expect(names("CONVERSATIONS")).toEqual([
      "Forløb",
      "Opstart ✓",
      "Grupper og spørgsmål ✓",
      "Deltagere ✓",
      "Materiale",
      "Samtaler",
      "Deltagernes forberedelse",
      "GRUS",
    ]);
  });

  it("from the wrap-up: the overview and the wrap-up meeting; from the follow-up, the follow-up", () => {
    expect(names("WRAP_UP")).toEqual([
      "Forløb",
      "Opstart ✓",
      "Grupper og spørgsmål ✓",
      "Deltagere ✓",
      "Materiale",
      "Samtaler ✓",
      "Deltagernes forberedelse ✓",
      "GRUS",
      "Overblik",
      "Fælles opsamling",
    ]);
    expect(names("FOLLOW_UP")).toEqual([
      "Forløb",
      "Opstart ✓",
      "Grupper og spørgsmål ✓",
      "Deltagere ✓",
      "Materiale",
      "Samtaler ✓",
      "Deltagernes forberedelse ✓",
      "GRUS ✓",
      "Overblik ✓",
      "Fælles opsamling ✓",
      "Opfølgning",
    ]);
    expect(names("CLOSED")).toEqual([
      "Forløb",
      "Opstart ✓",
      "Grupper og spørgsmål ✓",
      "Deltagere ✓",
      "Materiale",
      "Samtaler ✓",
      "Deltagernes forberedelse ✓",
      "GRUS ✓",
      "Overblik ✓",
      "Fælles opsamling ✓",
      "Opfølgning ✓",
    ]);
  });

  it("links each tab to its page of the round, the course being the round's own page", () => {
    expect(leaderTabs("r1", "FOLLOW_UP").map((tab) => tab.href)).toEqual([
      "/runder/r1",
      "/runder/r1/opstart",
      "/runder/r1/spoergsmaal",
      "/runder/r1/deltagere",
      "/runder/r1/materiale",
      "/runder/r1/samtaler",
      "/runder/r1/deltagerforberedelse",
      "/runder/r1/grus",
      "/runder/r1/overblik",
      "/runder/r1/opsamling",
      "/runder/r1/opfoelgning",
    ]);
  });

  it("never names the round's page and the overview alike", () => {
    expect(da.rounds.nav.pages.course).not.toBe(da.rounds.nav.pages.overview);
    expect(da.rounds.nav.pages.course).not.toMatch(/overblik|runden/i);
  });
});

describe("a round's phases", () => {
  it("are done before the current one and later after it, one current in every state", () => {
    for (const [index, state] of roundStates.entries()) {
      const list = phaseList(state);
      expect(list.map((phase) => phase.state)).toEqual([...roundStates]);
      expect(list.filter((phase) => phase.status === "current")).toEqual([{ state, status: "current" }]);
      expect(list.slice(0, index).every((phase) => phase.status === "done")).toBe(true);
      expect(list.slice(index + 1).every((phase) => phase.status === "later")).toBe(true);
    }
  });
});
