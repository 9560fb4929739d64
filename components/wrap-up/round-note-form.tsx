"use client";

import { useCallback, useMemo, type ReactNode } from "react";
import { AutosaveStatusText, describedBy, FieldNotes } from "@/components/sheets/autosave-field";
import { useAutosave } from "@/components/sheets/use-autosave";
import { DateInput } from "@/components/ui/date-input";
import { inputClass } from "@/components/ui/field";
import type { FieldMap, FieldValue, RevisionMap } from "@/lib/domain/sheets/fields";
import { saveRoundNote } from "@/lib/domain/wrap-up/actions";
import { noteFieldError, type NoteKind } from "@/lib/domain/wrap-up/schema";

export type NoteField = { key: string; label: string; hint?: string; kind: "text" | "date" | "attendees"; rows?: number };

const noMembers: { id: string; name: string }[] = [];
const asText = (value: FieldValue | undefined) => (typeof value === "string" ? value : "");

/**
 * One of the round's documents (overview notes, a GRUS, the wrap-up agenda), saved as it is typed:
 * kept in the browser until the server has it, retried when the network is back, and a field
 * changed in another tab meanwhile is shown as a choice, never overwritten.
 */
export function RoundNoteForm(props: {
  roundId: string;
  kind: NoteKind;
  groupId?: string;
  idPrefix: string;
  fields: NoteField[];
  values: FieldMap;
  revisions: RevisionMap;
  members?: { id: string; name: string }[];
  /** Kept apart in the browser's store from another form on the same document. */
  storageSuffix?: string;
  /** Rendered below the fields; `flush` sends what is typed and resolves when it is saved. */
  footer?: (flush: () => Promise<boolean>) => ReactNode;
}) {
  const { roundId, kind, groupId } = props;
  const members = props.members ?? noMembers;
  const memberIds = useMemo(() => new Set(members.map((member) => member.id)), [members]);
  const validate = useCallback((key: string, value: FieldValue) => noteFieldError(kind, key, value, memberIds), [kind, memberIds]);
  const autosave = useAutosave({
    storageKey: `runde:${roundId}:${kind}:${groupId ?? ""}${props.storageSuffix ?? ""}`,
    fields: props.values,
    revisions: props.revisions,
    save: (changes) => saveRoundNote({ roundId, kind, groupId, changes }),
    validate,
  });
  return (
    <div className="flex flex-col gap-5">
      {props.fields.map((field) => {
        const id = `${props.idPrefix}-${field.key}`;
        const error = autosave.errors[field.key];
        const conflict = autosave.conflicts[field.key];
        const value = asText(autosave.values[field.key]);
        const notes = (
          <FieldNotes
            id={id}
            error={error}
            conflict={conflict}
            onKeepMine={() => autosave.keepMine(field.key)}
            onUseTheirs={() => autosave.useTheirs(field.key)}
          />
        );
        if (field.kind === "attendees") {
          const chosen = new Set(value ? value.split(",") : []);
          const toggle = (memberId: string, on: boolean) => {
            const next = members.map((member) => member.id).filter((candidate) => (candidate === memberId ? on : chosen.has(candidate)));
            autosave.setValue(field.key, next.join(","));
          };
          return (
            <fieldset key={field.key} className="flex flex-col gap-1" aria-describedby={describedBy(id, error, conflict)}>
              <legend className="font-medium">{field.label}</legend>
              <div className="flex flex-wrap gap-x-6">
                {members.map((member) => (
                  <label key={member.id} className="flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      className="h-5 w-5"
                      checked={chosen.has(member.id)}
                      onChange={(event) => toggle(member.id, event.target.checked)}
                    />
                    {member.name}
                  </label>
                ))}
              </div>
              {notes}
            </fieldset>
          );
        }
        const hintId = field.hint ? `${id}-hint` : undefined;
        return (
          <div key={field.key} className="flex flex-col gap-1">
            <label htmlFor={id} className="font-medium">
              {field.label}
            </label>
            {field.hint ? (
              <p id={hintId} className="text-sm text-slate-600">
                {field.hint}
              </p>
            ) : null}
            {field.kind === "date" ? (
              <DateInput
                id={id}
                className={`${inputClass} w-48`}
                value={value}
                invalid={Boolean(error)}
                describedBy={describedBy(id, error, conflict, hintId)}
                onChange={(iso) => autosave.setValue(field.key, iso)}
              />
            ) : (
              <textarea
                id={id}
                rows={field.rows ?? 4}
                className={inputClass}
                value={value}
                aria-invalid={Boolean(error)}
                aria-describedby={describedBy(id, error, conflict, hintId)}
                onChange={(event) => autosave.setValue(field.key, event.target.value)}
              />
            )}
            {notes}
          </div>
        );
      })}
      <AutosaveStatusText status={autosave.status} />
      {props.footer?.(autosave.flush)}
      {autosave.formError ? (
        <p role="alert" className="font-medium text-red-700">
          {autosave.formError}
        </p>
      ) : null}
    </div>
  );
}
