"use server";

import { defineAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { saveLeaderNoteChanges, saveSheetChanges, setSheetSubmitted } from "./mutations";
import { savePaperChanges } from "./paper";
import { saveChangesSchema, savePaperSchema, submitSchema } from "./schema";

// Autosave and submit for the preparation sheet and the leader's notes. The checks (owner or the
// round's leader, the sheet's state, the conversation not begun) are in the mutations' transactions.

export const saveSheet = defineAction(saveChangesSchema, async ({ actor, input }) =>
  saveSheetChanges(db(), actor, input.participantId, input.changes),
);

export const submitSheet = defineAction(submitSchema, async ({ actor, input }) =>
  setSheetSubmitted(db(), actor, input.participantId, input.submitted),
);

export const saveLeaderNote = defineAction(saveChangesSchema, async ({ actor, input }) =>
  saveLeaderNoteChanges(db(), actor, input.participantId, input.changes),
);

export const savePaperSheet = defineAction(savePaperSchema, async ({ actor, input }) => savePaperChanges(db(), actor, input));
