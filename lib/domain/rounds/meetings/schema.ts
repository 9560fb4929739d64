import { z } from "zod";
import { da } from "@/lib/i18n/da";
import { meetingSchema } from "../schema";
import type { RoundAction } from "../state-machine";

// The round's common meetings: the form's rules (shared by browser and server) and the phases in
// which each may be set, moved or cancelled.

export const meetingKinds = ["KICKOFF", "GRUS", "WRAP_UP"] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/**
 * Each meeting is planned with what it belongs to: the kick-off with the round's details and
 * kick-off (planning until the conversations), GRUS while GRUS may be written, the wrap-up from
 * planning (its date is one of the round's details) until the follow-up.
 */
export const meetingActions: Record<MeetingKind, readonly RoundAction[]> = {
  KICKOFF: ["editKickoff", "editDetails"],
  GRUS: ["editGrus"],
  WRAP_UP: ["editDetails", "editWrapUp"],
};

export const meetingValuesSchema = meetingSchema(15, da.meetings.errors.duration);
export type MeetingInput = z.input<typeof meetingValuesSchema>;

const meetingRef = {
  roundId: z.uuid(),
  version: z.number().int().min(1),
  kind: z.enum(meetingKinds),
  // GRUS is held per group; the kick-off and the wrap-up are for the whole round.
  groupId: z.uuid().nullable(),
};

export const setMeetingSchema = z.object({ ...meetingRef, values: meetingValuesSchema });
export const cancelMeetingSchema = z.object(meetingRef);
