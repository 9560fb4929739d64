"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { saveUnionRep } from "@/lib/domain/rounds/union-rep/actions";
import { unionRepValuesSchema, type UnionRepValues } from "@/lib/domain/rounds/union-rep/schema";
import { da } from "@/lib/i18n/da";
import { useRoundSave } from "./use-round-save";

type Person = { id: string; name: string; jobTitle: string | null; unit: string | null };

/**
 * The leader names the round's union representative: a search by name (a plain GET form, so the
 * results are the server's and the page works without script), a choice among the people found,
 * and "TR må kommentere". The person named is told by e-mail.
 */
export function UnionRepForm({
  roundId,
  rep,
  mayComment,
  query,
  candidates,
  editable,
}: {
  roundId: string;
  rep: { id: string; name: string } | null;
  mayComment: boolean;
  query: string;
  candidates: Person[] | null;
  editable: boolean;
}) {
  const t = da.unionRep;
  const { register, handleSubmit, setError, formState } = useForm<UnionRepValues>({
    resolver: zodResolver(unionRepValuesSchema),
    defaultValues: { personId: rep?.id ?? null, mayComment },
  });
  const { errors, isSubmitting } = formState;
  const { status, save } = useRoundSave(setError);
  const submit = (values: UnionRepValues) =>
    save(
      (version) => saveUnionRep({ roundId, version, values }),
      (data) => (data.named === null ? t.removed : data.mailed ? t.named(data.named) : t.namedNoMail(data.named)),
    );
  const chosen = [
    ...(rep && !candidates?.some((person) => person.id === rep.id) ? [{ ...rep, jobTitle: null, unit: null }] : []),
    ...(candidates ?? []),
  ];

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p className="font-medium">{rep ? t.current(rep.name) : t.none}</p>
      {editable ? (
        <>
          <form method="get" role="search" className="flex flex-wrap items-end gap-3">
            <Field id="tr" label={t.search} hint={t.searchHint}>
              {(describedBy) => (
                <input id="tr" name="tr" type="search" defaultValue={query} className={inputClass} aria-describedby={describedBy} />
              )}
            </Field>
            <Button type="submit" variant="secondary">
              {t.searchButton}
            </Button>
          </form>
          <form noValidate className="flex flex-col gap-4" onSubmit={handleSubmit(submit)}>
            <FormStatus status={status} />
            {candidates ? <p aria-live="polite">{t.results(candidates.length)}</p> : null}
            {chosen.length > 0 ? (
              <fieldset className="flex flex-col gap-1" aria-describedby={errors.personId ? "personId-error" : undefined}>
                <legend className="sr-only">{t.heading}</legend>
                {chosen.map((person) => (
                  <label key={person.id} className="flex min-h-11 items-center gap-3">
                    <input type="radio" value={person.id} className="h-5 w-5" {...register("personId")} />
                    <span>{[person.name, person.jobTitle, person.unit].filter(Boolean).join(" · ")}</span>
                  </label>
                ))}
              </fieldset>
            ) : null}
            {errors.personId?.message ? (
              <p id="personId-error" className="text-sm font-medium text-red-700">
                {errors.personId.message}
              </p>
            ) : null}
            <div className="flex flex-col gap-1">
              <label className="flex min-h-11 items-start gap-3">
                <input type="checkbox" className="mt-1 h-5 w-5" aria-describedby="mayComment-hint" {...register("mayComment")} />
                <span className="font-medium">{t.mayComment}</span>
              </label>
              <p id="mayComment-hint" className="text-sm text-slate-600">
                {t.mayCommentHint}
              </p>
            </div>
            <div className="flex flex-wrap gap-3">
              <Button type="submit" disabled={isSubmitting || chosen.length === 0}>
                {isSubmitting ? t.saving : t.save}
              </Button>
              {rep ? (
                <Button variant="secondary" disabled={isSubmitting} onClick={() => void submit({ personId: null, mayComment: false })}>
                  {t.remove}
                </Button>
              ) : null}
            </div>
          </form>
        </>
      ) : (
        <p>{t.closed}</p>
      )}
    </div>
  );
}
