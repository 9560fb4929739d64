"use client";

import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { readFileBase64 } from "@/components/ui/read-file";
import { applyPeopleImport, previewPeopleImport } from "@/lib/domain/people/actions";
import { da } from "@/lib/i18n/da";

type Preview = Extract<Awaited<ReturnType<typeof previewPeopleImport>>, { ok: true }>["data"];

export function PeopleImport() {
  const t = da.peopleImport;
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<"preview" | "apply" | null>(null);
  const [status, setStatus] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [preview, setPreview] = useState<{ file: string; result: Preview } | null>(null);

  async function runPreview() {
    const file = fileRef.current?.files?.[0];
    setStatus(null);
    setPreview(null);
    if (!file) return setStatus({ kind: "error", text: t.noFile });
    if (file.size > 5 * 1024 * 1024) return setStatus({ kind: "error", text: t.tooLarge });
    setBusy("preview");
    try {
      const encoded = await readFileBase64(file);
      const result = await previewPeopleImport({ file: encoded });
      if (result.ok) setPreview({ file: encoded, result: result.data });
      else setStatus({ kind: "error", text: result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? da.errors.unexpected });
    } catch {
      setStatus({ kind: "error", text: da.errors.unexpected });
    } finally {
      setBusy(null);
    }
  }

  async function runApply() {
    if (!preview?.result.ok) return;
    setBusy("apply");
    try {
      const result = await applyPeopleImport({ file: preview.file, fingerprint: preview.result.fingerprint });
      if (result.ok) {
        const done = t.done(result.data.created, result.data.updated, result.data.deactivated);
        setStatus({ kind: "success", text: [done, ...(result.data.managerChange ?? [])].join(" ") });
        setPreview(null);
      } else {
        setStatus({ kind: "error", text: result.formError ?? da.errors.unexpected });
      }
    } catch {
      setStatus({ kind: "error", text: da.errors.unexpected });
    } finally {
      setBusy(null);
    }
  }

  const result = preview?.result;
  const nothingToDo = result?.ok && result.counts.create + result.counts.update + result.counts.deactivate === 0;

  return (
    <div className="flex flex-col gap-6">
      <FormStatus status={status} />
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="font-medium">
          {t.fileLabel}
        </label>
        <p id={`${inputId}-hint`} className="text-sm text-slate-600">
          {t.fileHint}
        </p>
        <p id={`${inputId}-facts`} className="text-sm text-slate-600">
          {da.employment.importHint}
        </p>
        <input
          id={inputId}
          ref={fileRef}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${inputId}-hint ${inputId}-facts`}
          onChange={() => setPreview(null)}
          className="min-h-11"
        />
      </div>
      <div>
        <Button onClick={runPreview} disabled={busy !== null}>
          {busy === "preview" ? t.previewing : t.previewButton}
        </Button>
      </div>

      {result && !result.ok ? (
        <section aria-labelledby="import-errors" className="rounded-lg border border-red-700 p-4">
          <h2 id="import-errors" className="text-lg font-semibold text-red-800">
            {t.errorsHeading(result.errors.length)}
          </h2>
          <p className="mt-1">{t.errorsLead}</p>
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-1">
                  {t.lineColumn}
                </th>
                <th scope="col" className="px-2 py-1">
                  {t.reasonColumn}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((error, index) => (
                <tr key={index} className="border-b border-slate-200">
                  <td className="px-2 py-1 tabular-nums">{error.line}</td>
                  <td className="px-2 py-1 wrap-anywhere">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {result?.ok ? (
        <section aria-labelledby="import-summary" className="flex flex-col gap-4">
          <h2 id="import-summary" className="text-lg font-semibold">
            {t.summaryHeading}
          </h2>
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {(["create", "update", "deactivate", "unchanged"] as const).map((key) => (
              <div key={key} className="rounded-md border border-slate-200 p-3">
                <dt className="text-sm text-slate-700">{t.summary[key]}</dt>
                <dd className="text-2xl font-semibold tabular-nums">{result.counts[key]}</dd>
              </div>
            ))}
          </dl>
          {result.counts.update > 0 ? (
            <details>
              <summary className="cursor-pointer font-medium">{da.common.labelWithCount(t.summary.update, result.counts.update)}</summary>
              <ul className="mt-2 list-disc pl-6 text-sm">
                {result.update.map((row) => (
                  <li key={row.line}>
                    {da.common.changeLine(
                      row.name,
                      row.who,
                      row.changed.map((field) => t.field[field]),
                    )}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {result.managerChange.length > 0 ? (
            <section aria-labelledby="import-manager-change" className="rounded-lg border border-amber-600 bg-amber-50 p-4">
              <h3 id="import-manager-change" className="font-semibold">
                {da.managerChange.preview.heading}
              </h3>
              <p className="mt-1 text-sm">{da.managerChange.preview.lead}</p>
              <ul className="mt-2 list-disc pl-6 text-sm">
                {result.managerChange.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {result.counts.deactivate > 0 ? (
            <details open>
              <summary className="cursor-pointer font-medium">
                {da.common.labelWithCount(t.summary.deactivate, result.counts.deactivate)}
              </summary>
              <ul className="mt-2 list-disc pl-6 text-sm">
                {result.deactivate.map((row) => (
                  <li key={row.id}>{da.common.personWithEmail(row.name, row.who)}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {nothingToDo ? (
            <p>{t.nothingToDo}</p>
          ) : (
            <div>
              <Button onClick={runApply} disabled={busy !== null}>
                {busy === "apply" ? t.applying : t.applyButton}
              </Button>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
