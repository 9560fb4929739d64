"use client";

import { ScrollArea } from "@/components/ui/scroll-area";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { inputClass } from "@/components/ui/field";
import { TableHead } from "@/components/ui/table-head";
import { addParticipant, includeParticipants, removeParticipant, saveParticipants } from "@/lib/domain/rounds/actions";
import type { LeftOutReason } from "@/lib/domain/rounds/participant-rules";
import { participantsFormSchema, type ParticipantsFormInput } from "@/lib/domain/rounds/schema";
import { da } from "@/lib/i18n/da";
import { LeftOutParticipants, type LeftOutPerson } from "./left-out-participants";
import { useRoundSave } from "./use-round-save";

// noEmail: the person gets no mail from the round, so the leader hands them the invitation on paper.
type Row = ParticipantsFormInput["participants"][number] & { personId: string; name: string; jobTitle: string | null; noEmail: boolean };
// leftOut: why the municipality's participant rules leave the person out by default (null: they do not).
type Person = { id: string; name: string; jobTitle: string | null; leftOut: LeftOutReason | null };

/**
 * The round's participants: group and offers per person, saved together. Adding and removing
 * someone happen at once (they send mail after publishing) and leave the other rows' unsaved edits alone.
 */
export function ParticipantsForm({
  roundId,
  kind,
  rows,
  groups,
  invitable,
  seniorAge,
}: {
  roundId: string;
  kind: "MUS" | "LUS";
  rows: Row[];
  groups: { id: string; name: string }[];
  invitable: Person[];
  /** The municipality's age for a seniorsamtale, told above the table when it pre-set any. */
  seniorAge: number | null;
}) {
  const t = da.rounds.participants;
  const { register, control, handleSubmit, setError, formState } = useForm<{ participants: Row[] }>({
    resolver: zodResolver(participantsFormSchema) as never,
    defaultValues: { participants: rows },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "participants", keyName: "key" });
  const { status, setStatus, save } = useRoundSave(setError);
  const [candidates, setCandidates] = useState(invitable);
  const [personId, setPersonId] = useState("");
  const [addError, setAddError] = useState<string | null>(null);
  // Those the rules leave out are listed on their own, with the reason (LeftOutParticipants).
  const open = candidates.filter((person) => person.leftOut === null);

  async function add() {
    setAddError(null);
    await save(
      async (version) => {
        const result = await addParticipant({ roundId, version, personId });
        if (result.ok) {
          append({
            participantId: result.data.participantId,
            personId,
            groupId: result.data.groupId,
            name: result.data.name,
            jobTitle: result.data.jobTitle,
            noEmail: result.data.noEmail,
            offerSeniorConversation: result.data.offerSeniorConversation,
            offerTalentDevelopment: false,
          });
          setCandidates((list) => list.filter((person) => person.id !== personId));
          setPersonId("");
        } else {
          setAddError(result.fieldErrors?.personId?.[0] ?? null);
        }
        return result;
      },
      (data) => t.added(data.name),
    );
  }

  async function include(personIds: string[]): Promise<string | null> {
    let refusal: string | null = null;
    await save(
      async (version) => {
        const result = await includeParticipants({ roundId, version, personIds });
        if (result.ok) {
          for (const row of result.data.added) append({ ...row, offerTalentDevelopment: false });
          setCandidates((list) => list.filter((person) => !personIds.includes(person.id)));
        } else {
          refusal = result.fieldErrors?.personIds?.[0] ?? null;
        }
        return result;
      },
      (data) => da.employment.participants.included(data.added.map((row) => row.name)),
    );
    return refusal;
  }

  async function drop(index: number) {
    const row = fields[index];
    await save(
      async (version) => {
        const result = await removeParticipant({ roundId, version, participantId: row.participantId });
        if (result.ok) {
          remove(index);
          setCandidates((list) =>
            [...list, { id: row.personId, name: row.name, jobTitle: row.jobTitle, leftOut: result.data.leftOut }].sort((a, b) =>
              a.name.localeCompare(b.name, "da"),
            ),
          );
        }
        return result;
      },
      (data) => t.removed(data.name),
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={handleSubmit((values) =>
          save(
            (version) => saveParticipants({ roundId, version, participants: values.participants }),
            () => t.saved,
          ),
        )}
      >
        <FormStatus status={status} />
        {seniorAge !== null && rows.some((row) => row.offerSeniorConversation) ? (
          <p className="max-w-3xl text-sm text-slate-700">{da.employment.participants.seniorPreset(seniorAge)}</p>
        ) : null}
        {fields.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ScrollArea label={t.caption}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t.caption}</caption>
              <TableHead headings={[t.name, t.jobTitle, t.group, t.senior, ...(kind === "MUS" ? [t.talent] : []), ""]} />
              <tbody>
                {fields.map((field, index) => (
                  <tr key={field.key} className="border-b border-slate-200">
                    <th scope="row" className="px-2 py-2 font-medium">
                      {field.name}
                      {field.noEmail ? <span className="block font-normal text-slate-700">{t.noEmail}</span> : null}
                    </th>
                    <td className="px-2 py-2">{field.jobTitle}</td>
                    <td className="px-2 py-2">
                      <select aria-label={t.groupFor(field.name)} className={inputClass} {...register(`participants.${index}.groupId`)}>
                        {groups.map((group) => (
                          <option key={group.id} value={group.id}>
                            {group.name}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="px-2 py-2">
                      <input
                        type="checkbox"
                        className="h-5 w-5"
                        aria-label={t.seniorFor(field.name)}
                        {...register(`participants.${index}.offerSeniorConversation`)}
                      />
                    </td>
                    {kind === "MUS" ? (
                      <td className="px-2 py-2">
                        <input
                          type="checkbox"
                          className="h-5 w-5"
                          aria-label={t.talentFor(field.name)}
                          {...register(`participants.${index}.offerTalentDevelopment`)}
                        />
                      </td>
                    ) : null}
                    <td className="px-2 py-2">
                      <Button variant="secondary" aria-label={t.removeFor(field.name)} onClick={() => drop(index)}>
                        {t.remove}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
        <div>
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t.saving : t.save}
          </Button>
        </div>
      </form>

      <LeftOutParticipants people={candidates.filter((person): person is LeftOutPerson => person.leftOut !== null)} onInclude={include} />

      <section aria-labelledby="add-heading" className="max-w-xl rounded-md border border-slate-300 p-4">
        <h3 id="add-heading" className="text-lg font-semibold text-brand-900">
          {t.addLegend}
        </h3>
        {open.length === 0 ? (
          <p className="mt-2 text-slate-600">{t.nobodyToAdd}</p>
        ) : (
          <div className="mt-3 flex flex-wrap items-end gap-3">
            <div className="flex min-w-0 flex-col gap-1">
              <label htmlFor="add-person" className="font-medium">
                {t.addLabel}
              </label>
              <select
                id="add-person"
                className={inputClass}
                value={personId}
                aria-invalid={Boolean(addError)}
                aria-describedby={addError ? "add-person-error" : undefined}
                onChange={(event) => {
                  setPersonId(event.target.value);
                  setStatus(null);
                }}
              >
                <option value="">{t.addChoose}</option>
                {open.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </div>
            <Button variant="secondary" onClick={add}>
              {t.add}
            </Button>
            {addError ? (
              <p id="add-person-error" className="basis-full text-sm font-medium text-red-700">
                {addError}
              </p>
            ) : null}
          </div>
        )}
      </section>
    </div>
  );
}
