import { z } from "zod";
import { changeSchema } from "@/lib/domain/sheets/schema";
import { isoDate, text } from "@/lib/domain/rounds/schema";
import { da } from "@/lib/i18n/da";

// The rules of the overview notes, GRUS, the wrap-up meeting and the joint action plan. Shared by
// the forms in the browser (the message goes next to the field, the text stays) and the server.

const e = da.wrapUp.errors;

export const noteLimit = 10_000;

/** The fields of each of the round's documents. */
export const noteFields = {
  overview: ["resources", "cooperation", "internalTraining", "gaps"],
  wrapUp: ["meetingDate", "status", "decisions", "discussion", "summary", "followUpHow", "feedback"],
  grus: ["date", "attendees", "notes", "agreements"],
} as const;
export type NoteKind = keyof typeof noteFields;

const dateKeys = new Set(["meetingDate", "date"]);

/** Why this value cannot be stored in this field, or null. `attendees` holds participant ids, comma-separated. */
export function noteFieldError(kind: NoteKind, key: string, value: unknown, groupMembers: ReadonlySet<string> = new Set()): string | null {
  if (!(noteFields[kind] as readonly string[]).includes(key)) return da.sheets.errors.unknownField;
  if (value === null || value === "") return null;
  if (typeof value !== "string") return da.sheets.errors.notText;
  if (dateKeys.has(key)) return isoDate.safeParse(value).success ? null : e.date;
  if (key === "attendees") return value.split(",").every((id) => groupMembers.has(id)) ? null : e.attendees;
  return value.length > noteLimit ? da.errors.tooLongBy(noteLimit, value.length) : null;
}

export const saveNoteSchema = z.object({
  roundId: z.uuid(),
  kind: z.enum(["overview", "wrapUp", "grus"]),
  groupId: z.uuid().optional(),
  changes: z.array(changeSchema).min(1).max(50),
});

export const jointActionLimits = { what: 2000, who: 300, followUpHow: 2000 } as const;

export const jointActionSchema = z.object({
  what: text(jointActionLimits.what, { required: true }),
  dueDate: isoDate,
  who: text(jointActionLimits.who, { required: true }),
  followUpHow: text(jointActionLimits.followUpHow),
});
export type JointActionInput = z.input<typeof jointActionSchema>;

export const jointActionStatuses = ["OPEN", "DONE", "CARRIED_OVER"] as const;

export const addJointActionSchema = z.object({ roundId: z.uuid(), values: jointActionSchema });
export const saveJointActionSchema = z.object({
  roundId: z.uuid(),
  actionId: z.uuid(),
  version: z.number().int().min(1),
  values: jointActionSchema,
});
export const setJointActionStatusSchema = z.object({
  roundId: z.uuid(),
  actionId: z.uuid(),
  version: z.number().int().min(1),
  status: z.enum(jointActionStatuses),
});
export const removeJointActionSchema = z.object({ roundId: z.uuid(), actionId: z.uuid(), version: z.number().int().min(1) });

export const settlementDecisions = ["agreed", "adjusted", "declined"] as const;
export const settlementSchema = z.object({
  decision: z.enum(settlementDecisions, e.decision),
  note: text(2000),
});
export type SettlementInput = z.input<typeof settlementSchema>;
export const settleSchema = z.object({
  roundId: z.uuid(),
  planId: z.uuid(),
  versionNumber: z.number().int().min(1),
  actionIndex: z.number().int().min(0).max(19),
  values: settlementSchema,
});

export const publishFeedbackSchema = z.object({ roundId: z.uuid() });
export const carryOverSchema = z.object({ roundId: z.uuid(), participantId: z.uuid(), carriedOver: z.boolean() });
export const advanceSchema = z.object({
  roundId: z.uuid(),
  version: z.number().int().min(1),
  to: z.enum(["startConversations", "startWrapUp", "startFollowUp", "close"]),
});
export const nextRoundSchema = z.object({ roundId: z.uuid() });
