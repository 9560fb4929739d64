import { describe, expect, it } from "vitest";
import { handoverSchema, handoverValuesSchema } from "@/lib/domain/rounds/handover/schema";

// The handover form and its server action share this schema: the same Danish messages, next to the same fields.

const leader = "6f1f7c1e-2b1a-4c55-9a55-3b8f3f1d2c10";

describe("the handover form's rules", () => {
  it("needs a leader chosen and the handover confirmed, each told next to its field", () => {
    const result = handoverValuesSchema.safeParse({ toLeaderId: "", handOverNotes: false, confirmed: false });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({
      toLeaderId: "Vælg den leder, der skal overtage runden.",
      confirmed: "Bekræft, at runden skal overdrages.",
    });
  });

  it("takes a chosen leader, confirmed, with or without the notes, under the round it is for", () => {
    for (const handOverNotes of [true, false])
      expect(handoverSchema.safeParse({ roundId: leader, values: { toLeaderId: leader, handOverNotes, confirmed: true } }).success).toBe(
        true,
      );
    expect(handoverSchema.safeParse({ roundId: "x", values: { toLeaderId: leader, handOverNotes: false, confirmed: true } }).success).toBe(
      false,
    );
  });
});
