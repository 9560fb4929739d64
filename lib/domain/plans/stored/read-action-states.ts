import { z } from "zod";
import { readStored, type StoredShape } from "@/lib/stored/versioned";
import { followUpStates, type FollowUpState } from "@/lib/domain/plans/schema";

// A follow-up's action states (PlanFollowUp.actionStates): one shape so far, a plain array with
// a state per practice action of the followed-up version, and no marker. Arrays stay unmarked: a
// next shape would be an object with schemaVersion, which an array can never be mistaken for.

const shapes: StoredShape<FollowUpState[]>[] = [
  { version: 1, unmarked: true, schema: z.array(z.enum(followUpStates)), toCurrent: (states: FollowUpState[]) => states },
];

/** A stored follow-up's action states; throws StoredDocumentError for a shape never written. */
export function readActionStates(json: unknown): FollowUpState[] {
  return readStored("follow-up action states", json, shapes);
}
