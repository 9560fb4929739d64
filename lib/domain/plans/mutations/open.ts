import "server-only";
import * as Y from "yjs";
import type { Actor } from "@/lib/access/policy";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import { da } from "@/lib/i18n/da";
import type { Database } from "@/lib/db-client";
import { planValues } from "@/lib/domain/plans/doc";
import { readFieldMap } from "@/lib/domain/sheets/stored-fields";
import { prefillFromSheet } from "@/lib/domain/plans/mutations/prefill";
import { ensurePlan } from "@/lib/domain/plans/live/store";

// Making the plan, carrying into it and prefilling it are writes, so they happen in an explicit
// step (a server action the conversation page calls when it finds no plan, or a shared sheet not
// yet brought in), never while the page itself is being read. A plan is not made for someone whose
// processing is restricted (ensurePlan refuses it); an existing one opens to be read.

/** Whether a stored plan has not yet taken the shared sheet's wish in (see prefill.ts). */
export function awaitsPrefill(state: Uint8Array): boolean {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return planValues(doc).get("prefilled") !== true;
}

/** Makes the participant's plan if there is none, and prefills it from the shared sheet; returns its id. */
export async function openPlan(database: Database, actor: Actor, roundId: string, participantId: string): Promise<{ planId: string }> {
  const participant = await database.roundParticipant.findFirst({
    where: { id: participantId, roundId, round: { state: { not: "PLANNING" } } },
    select: {
      id: true,
      personId: true,
      absence: true,
      round: { select: { leaderId: true } },
      sheet: { select: { state: true, fields: true } },
    },
  });
  if (!participant) throw new AccessDenied();
  authorize(actor, "update", { kind: "plan", employeeId: participant.personId, leaderId: participant.round.leaderId, signed: false });
  // Moved to a new leader's round (lib/domain/rounds/manager-change/): the plan is written there.
  if (participant.absence === "NEW_LEADER") throw new FormError(da.managerChange.errors.moved);
  const planId = await ensurePlan(database, participant.id, actor.id);
  if (participant.sheet?.state === "SUBMITTED") await prefillFromSheet(database, planId, readFieldMap(participant.sheet.fields));
  return { planId };
}
