import { describe, expect, it } from "vitest";
import { allowedActions, decide, roundStates } from "@/lib/domain/rounds/state-machine";

const ready = { coreTask: "Vi skaber trygge rammer for børns leg og læring.", participants: 7, questions: 12 };

describe("a round's life", () => {
  it("moves forward one phase at a time, from planning to closed", () => {
    expect(decide("PLANNING", "publish", ready)).toEqual({ ok: true, next: "PREPARATION" });
    expect(decide("PREPARATION", "startConversations")).toEqual({ ok: true, next: "CONVERSATIONS" });
    expect(decide("CONVERSATIONS", "startWrapUp")).toEqual({ ok: true, next: "WRAP_UP" });
    expect(decide("WRAP_UP", "startFollowUp")).toEqual({ ok: true, next: "FOLLOW_UP" });
    expect(decide("FOLLOW_UP", "close")).toEqual({ ok: true, next: "CLOSED" });
  });

  it("keeps the state for work inside a phase", () => {
    expect(decide("PLANNING", "editKickoff")).toEqual({ ok: true, next: "PLANNING" });
    expect(decide("PREPARATION", "scheduleConversation")).toEqual({ ok: true, next: "PREPARATION" });
  });

  it("refuses what the phase does not allow, saying so in Danish", () => {
    expect(decide("PREPARATION", "editKickoff")).toEqual({
      ok: false,
      messages: ["Det kan ikke lade sig gøre, mens runden er i fasen »forberedelse«."],
    });
    expect(decide("PLANNING", "startWrapUp").ok).toBe(false);
    expect(decide("CLOSED", "editPlan").ok).toBe(false);
    expect(decide("PREPARATION", "editPlan").ok).toBe(true); // a conversation held early in the window
  });

  it("lets nothing happen in a closed round, and no phase be skipped", () => {
    expect(allowedActions("CLOSED")).toEqual([]);
    const forward = ["publish", "startConversations", "startWrapUp", "startFollowUp", "close"] as const;
    roundStates.forEach((state, index) => {
      forward.forEach((action, step) => {
        if (step !== index) expect(decide(state, action, ready).ok, `${state} ${action}`).toBe(false);
      });
    });
  });

  it("publishes only with a core task, participants and questions, naming everything missing", () => {
    expect(decide("PLANNING", "publish", { coreTask: "  ", participants: 0, questions: 0 })).toEqual({
      ok: false,
      messages: [
        "Skriv enhedens kerneopgave, før materialet offentliggøres.",
        "Runden har ingen deltagere endnu.",
        "Forberedelsesskemaet har ingen spørgsmål endnu.",
      ],
    });
  });
});
