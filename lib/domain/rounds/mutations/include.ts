import "server-only";
import type { Database } from "@/lib/db-client";
import { eligiblePeople } from "../eligibility";
import { addOne } from "./participants";
import { changeRound, type RoundChange } from "./planned-round";

/**
 * Takes in, in one change, the people the participant rules left out by default and the leader
 * marked (an hourly substitute, a new hire): each as addParticipant would, all or none.
 */
export async function includeParticipants(database: Database, change: RoundChange, personIds: string[]) {
  return changeRound(database, change, "editParticipants", async (tx, round) => {
    const eligible = await eligiblePeople(tx, round.leaderId, round.kind, round.year);
    const added = [];
    for (const personId of new Set(personIds)) added.push(await addOne(tx, change, round, personId, eligible, "personIds"));
    return { added };
  });
}
