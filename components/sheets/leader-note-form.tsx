"use client";

import { useCallback } from "react";
import { inputClass } from "@/components/ui/field";
import { saveLeaderNote } from "@/lib/domain/sheets/actions";
import type { FieldMap, FieldValue, RevisionMap } from "@/lib/domain/sheets/fields";
import { noteFieldError } from "@/lib/domain/sheets/schema";
import { da } from "@/lib/i18n/da";
import { AutosaveStatusText, describedBy, FieldNotes } from "./autosave-field";
import { useAutosave } from "./use-autosave";

/** The leader's own preparation for one conversation (Skema 1, the leader's column), saved as typed. */
export function LeaderNoteForm({
  participantId,
  kind,
  fields,
  revisions,
}: {
  participantId: string;
  /** The round's kind: the label names the participant (roles.ts). */
  kind: "MUS" | "LUS";
  fields: FieldMap;
  revisions: RevisionMap;
}) {
  const t = da.sheets.leader;
  const validate = useCallback((key: string, value: FieldValue) => noteFieldError(key, value), []);
  const autosave = useAutosave({
    storageKey: `lederforberedelse:${participantId}`,
    fields,
    revisions,
    save: (changes) => saveLeaderNote({ participantId, changes }),
    validate,
  });
  const id = "leader-note";
  const error = autosave.errors.experience;
  const conflict = autosave.conflicts.experience;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="font-medium">
        {t.noteLabel(kind)}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t.noteHint}
      </p>
      <textarea
        id={id}
        rows={10}
        className={inputClass}
        value={typeof autosave.values.experience === "string" ? autosave.values.experience : ""}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, error, conflict, `${id}-hint`)}
        onChange={(event) => autosave.setValue("experience", event.target.value)}
      />
      <FieldNotes
        id={id}
        error={error}
        conflict={conflict}
        onKeepMine={() => autosave.keepMine("experience")}
        onUseTheirs={() => autosave.useTheirs("experience")}
      />
      <AutosaveStatusText status={autosave.status} />
      {autosave.formError ? (
        <p role="alert" className="font-medium text-red-700">
          {autosave.formError}
        </p>
      ) : null}
    </div>
  );
}
