"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { keywordsFor, vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { savePaperSheet, saveSheet, submitSheet } from "@/lib/domain/sheets/actions";
import type { FieldMap, FieldValue, RevisionMap } from "@/lib/domain/sheets/fields";
import { answerParts, type SheetLayout } from "@/lib/domain/sheets/layout";
import { sheetFieldError } from "@/lib/domain/sheets/schema";
import { da } from "@/lib/i18n/da";
import { DimensionLines, DimensionOrigin } from "@/components/guidance/dimension-lines";
import { AutosaveStatusText, describedBy, FieldNotes } from "./autosave-field";
import { RadarChart } from "./radar-chart";
import { useAutosave } from "./use-autosave";

type Theme = { id: string; title: string; description: string; questions: { id: string; text: string; prioritised: boolean }[] };

export function SheetForm(props: {
  participantId: string;
  themes: Theme[];
  /** Whether the round's sheet has the scores, and how its questions are answered. */
  layout: SheetLayout;
  fields: FieldMap;
  revisions: RevisionMap;
  submitted: boolean;
  submittedText: string | null;
  locked: boolean;
  /** Why it is locked, when not because the conversation has begun. */
  lockedText?: string;
  previous: Record<string, number> | null;
  /** The leader typing in the employee's paper form: saved there (lib/domain/sheets/paper.ts), nothing to share. */
  paper?: { target: "sheet" | "paper" };
  /** The round's kind, for the role words in each dimension's three lines. */
  kind?: "MUS" | "LUS";
}) {
  const t = da.sheets.own;
  const router = useRouter();
  const questionIds = useMemo(
    () => new Set(props.themes.flatMap((theme) => theme.questions.map((question) => question.id))),
    [props.themes],
  );
  const validate = useCallback(
    (key: string, value: FieldValue) => sheetFieldError(key, value, { questionIds, layout: props.layout }),
    [questionIds, props.layout],
  );
  const autosave = useAutosave({
    storageKey: `${props.paper ? "papirskema" : "forberedelse"}:${props.participantId}`,
    fields: props.fields,
    revisions: props.revisions,
    save: (changes) =>
      props.paper
        ? savePaperSheet({ participantId: props.participantId, target: props.paper.target, changes })
        : saveSheet({ participantId: props.participantId, changes }),
    validate,
    readOnly: (props.submitted && !props.paper) || props.locked,
  });
  const [submitMessage, setSubmitMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const readOnly = (props.submitted && !props.paper) || props.locked;

  const text = (key: string, value: FieldValue) => (typeof value === "string" ? value : "");
  function textField(key: string, label: string, rows = 3, description?: string) {
    const id = `field-${key.replace(/\W/g, "-")}`;
    const error = autosave.errors[key];
    const conflict = autosave.conflicts[key];
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <textarea
          id={id}
          rows={rows}
          className={inputClass}
          value={text(key, autosave.values[key] ?? "")}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(id, error, conflict, description)}
          onChange={(event) => autosave.setValue(key, event.target.value)}
        />
        <FieldNotes
          id={id}
          error={error}
          conflict={conflict}
          onKeepMine={() => autosave.keepMine(key)}
          onUseTheirs={() => autosave.useTheirs(key)}
        />
      </div>
    );
  }

  async function changeSubmitted(submitted: boolean) {
    setBusy(true);
    setSubmitMessage(null);
    try {
      if (submitted && !(await autosave.flush())) return setSubmitMessage(t.cannotSubmitUnsaved);
      const result = await submitSheet({ participantId: props.participantId, submitted });
      if (!result.ok) setSubmitMessage(result.formError ?? da.errors.unexpected);
      else router.refresh();
    } catch {
      setSubmitMessage(da.errors.unexpected);
    } finally {
      setBusy(false);
    }
  }

  const scores = Object.fromEntries(
    vitalisationDimensions.map((dimension) => [dimension.id, autosave.values[`score.${dimension.id}`] as number | null | undefined]),
  );

  return (
    <div className="flex flex-col gap-10">
      <div className="sticky top-0 z-10 -mx-2 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white px-2 py-2">
        <AutosaveStatusText status={autosave.status} />
        {autosave.formError ? (
          <p role="alert" className="font-medium text-red-700">
            {autosave.formError}
          </p>
        ) : null}
      </div>

      <fieldset disabled={readOnly} className="flex flex-col gap-10">
        {props.layout.hasScores ? (
          <section aria-labelledby="dimensions-heading" className="flex flex-col gap-6">
            <div>
              <h2 id="dimensions-heading" className="text-2xl font-semibold text-brand-900">
                {t.dimensionsHeading}
              </h2>
              <p className="mt-1 text-slate-700">{t.dimensionsLead}</p>
              <div className="mt-2">
                <DimensionOrigin />
              </div>
            </div>
            {vitalisationDimensions.map((dimension) => {
              const key = `score.${dimension.id}`;
              const error = autosave.errors[key];
              return (
                <div key={dimension.id} className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
                  <fieldset aria-describedby={`${dimension.id}-definition${error ? ` field-score-${dimension.id}-error` : ""}`}>
                    <legend className="text-lg font-semibold text-brand-900">{t.scoreLegend(dimension.name)}</legend>
                    <p id={`${dimension.id}-definition`} className="mt-1 text-slate-700">
                      {dimension.definition}
                    </p>
                    <details className="mt-2 text-sm">
                      <summary className="cursor-pointer font-medium text-brand-800">{t.keywords}</summary>
                      <ul className="mt-1 list-disc pl-6">
                        {keywordsFor(dimension, props.kind ?? "MUS").map((keyword) => (
                          <li key={keyword}>{keyword}</li>
                        ))}
                      </ul>
                    </details>
                    <details className="mt-2 text-sm">
                      <summary className="cursor-pointer font-medium text-brand-800">
                        {da.guidance.dimensions.moreAbout(dimension.name)}
                      </summary>
                      <DimensionLines id={dimension.id} kind={props.kind ?? "MUS"} />
                    </details>
                    {/* The chosen score is filled, bold and checked (not colour alone); focus is a ring
                      outside the box, so "where I am" never looks like "what I chose". */}
                    <div className="mt-3 flex flex-wrap gap-2">
                      {Array.from({ length: 10 }, (_, index) => index + 1).map((value) => (
                        <label
                          key={value}
                          className="flex min-h-11 min-w-12 cursor-pointer items-center justify-center gap-1 rounded-md border-2 border-slate-500 bg-white px-2 text-slate-900 hover:border-brand-700 has-[:checked]:border-brand-900 has-[:checked]:bg-brand-700 has-[:checked]:font-bold has-[:checked]:text-white has-[:disabled]:cursor-default has-[:focus-visible]:outline-[3px] has-[:focus-visible]:outline-offset-[3px] has-[:focus-visible]:outline-brand-900 has-[:focus-visible]:outline-solid"
                        >
                          <input
                            type="radio"
                            name={key}
                            value={value}
                            className="peer sr-only"
                            checked={autosave.values[key] === value}
                            onChange={() => autosave.setValue(key, value)}
                          />
                          <svg
                            aria-hidden="true"
                            focusable="false"
                            viewBox="0 0 16 16"
                            className="hidden h-4 w-4 shrink-0 peer-checked:block"
                          >
                            <path
                              d="M3 8.5l3.2 3.2L13 4.8"
                              fill="none"
                              stroke="currentColor"
                              strokeWidth="2.4"
                              strokeLinecap="round"
                              strokeLinejoin="round"
                            />
                          </svg>
                          <span aria-hidden="true">{value}</span>
                          <span className="sr-only">{t.scoreOption(value)}</span>
                        </label>
                      ))}
                    </div>
                    {error ? (
                      <p id={`field-score-${dimension.id}-error`} className="mt-1 text-sm font-medium text-red-700">
                        {error}
                      </p>
                    ) : null}
                  </fieldset>
                  {textField(`comment.${dimension.id}`, t.comment(dimension.name), 2)}
                </div>
              );
            })}
            <RadarChart
              dimensions={vitalisationDimensions}
              scores={scores}
              previous={props.previous}
              caption={da.sheets.own.chartCaption}
            />
            <div className="flex max-w-md flex-col gap-1">
              <label htmlFor="start-with" className="font-medium">
                {t.startWith}
              </label>
              <select
                id="start-with"
                className={inputClass}
                value={text("startWith", autosave.values.startWith ?? "")}
                onChange={(event) => autosave.setValue("startWith", event.target.value)}
              >
                <option value="">{t.startWithNone}</option>
                {vitalisationDimensions.map((dimension) => (
                  <option key={dimension.id} value={dimension.id}>
                    {dimension.name}
                  </option>
                ))}
              </select>
            </div>
          </section>
        ) : null}

        <section aria-labelledby="themes-heading" className="flex flex-col gap-6">
          <h2 id="themes-heading" className="text-2xl font-semibold text-brand-900">
            {t.themesHeading}
          </h2>
          {props.themes.map((theme) => (
            <div key={theme.id} className="flex flex-col gap-4">
              <h3 className="text-xl font-semibold text-brand-900">{theme.title}</h3>
              {theme.description ? <p className="whitespace-pre-line text-slate-700">{theme.description}</p> : null}
              {theme.questions.map((question) => (
                <fieldset key={question.id} className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
                  <legend className="px-1 font-semibold">
                    {question.text}
                    {question.prioritised ? (
                      <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">{t.prioritised}</span>
                    ) : null}
                  </legend>
                  {answerParts(props.layout).map((part) => (
                    <div key={part}>{textField(`answer.${question.id}.${part}`, t[part], part === "reflection" ? 5 : 3)}</div>
                  ))}
                </fieldset>
              ))}
            </div>
          ))}
          {textField("otherCommon", t.otherCommon, 4)}
          {textField("otherIndividual", t.otherIndividual, 4)}
        </section>
      </fieldset>

      {props.paper ? null : (
        <section aria-labelledby="submit-heading" className="flex max-w-2xl flex-col gap-3 rounded-md border border-slate-300 p-5">
          <h2 id="submit-heading" className="text-xl font-semibold text-brand-900">
            {t.submitHeading}
          </h2>
          <p className="text-slate-700">{props.locked ? (props.lockedText ?? t.locked) : (props.submittedText ?? t.submitLead)}</p>
          {submitMessage ? (
            <p role="alert" className="font-medium text-red-700">
              {submitMessage}
            </p>
          ) : null}
          {props.locked ? null : (
            <div>
              {props.submitted ? (
                <Button variant="secondary" disabled={busy} onClick={() => changeSubmitted(false)}>
                  {t.withdraw}
                </Button>
              ) : (
                <Button disabled={busy} onClick={() => changeSubmitted(true)}>
                  {t.submit}
                </Button>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
