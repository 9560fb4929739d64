"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { addGroup, removeGroup, renameGroup } from "@/lib/domain/rounds/actions";
import { groupNameSchema, type GroupNameInput } from "@/lib/domain/rounds/schema";
import { da } from "@/lib/i18n/da";
import { useRoundSave } from "./use-round-save";

type Group = { id: string; name: string };

export function NewGroupForm({ roundId, groups }: { roundId: string; groups: Group[] }) {
  const t = da.rounds.questions;
  const router = useRouter();
  const [copyFrom, setCopyFrom] = useState(groups[0]?.id ?? "");
  const { register, handleSubmit, setError, formState, reset } = useForm<GroupNameInput>({
    resolver: zodResolver(groupNameSchema),
    defaultValues: { name: "" },
  });
  const { status, save } = useRoundSave(setError);
  return (
    <form
      noValidate
      className="flex flex-col gap-3 rounded-md border border-slate-300 p-4"
      onSubmit={handleSubmit((values) =>
        save(
          async (version) => {
            const result = await addGroup({ roundId, version, copyFromGroupId: copyFrom, values });
            if (result.ok) {
              reset({ name: "" });
              router.push(`/runder/${roundId}/spoergsmaal?gruppe=${result.data.groupId}`);
            }
            return result;
          },
          () => "",
        ),
      )}
    >
      <h3 className="text-lg font-semibold text-brand-900">{t.newGroupLegend}</h3>
      <FormStatus status={status?.kind === "error" ? status : null} />
      <Field id="new-group-name" label={t.groupName} hint={t.groupNameHint} error={formState.errors.name?.message}>
        {(describedBy, invalid) => (
          <input id="new-group-name" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("name")} />
        )}
      </Field>
      <div className="flex flex-col gap-1">
        <label htmlFor="copy-from" className="font-medium">
          {t.copyFrom}
        </label>
        <select id="copy-from" className={inputClass} value={copyFrom} onChange={(event) => setCopyFrom(event.target.value)}>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {t.addGroup}
        </Button>
      </div>
    </form>
  );
}

export function RenameGroupForm({ roundId, group, removable }: { roundId: string; group: Group; removable: boolean }) {
  const t = da.rounds.questions;
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<GroupNameInput>({
    resolver: zodResolver(groupNameSchema),
    defaultValues: { name: group.name },
  });
  const { status, save } = useRoundSave(setError);
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-3"
      onSubmit={handleSubmit((values) =>
        save(
          (version) => renameGroup({ roundId, version, groupId: group.id, values }),
          () => da.rounds.overview.saved,
        ),
      )}
    >
      <div className="basis-full">
        <FormStatus status={status} />
      </div>
      <Field id="group-name" label={t.renameLegend} error={formState.errors.name?.message}>
        {(describedBy, invalid) => (
          <input id="group-name" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid} {...register("name")} />
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {t.rename}
      </Button>
      {removable ? (
        <Button
          variant="danger"
          onClick={() =>
            save(
              async (version) => {
                const result = await removeGroup({ roundId, version, groupId: group.id });
                if (result.ok) router.push(`/runder/${roundId}/spoergsmaal`);
                return result;
              },
              () => "",
            )
          }
        >
          {t.removeGroup}
        </Button>
      ) : null}
    </form>
  );
}
