"use client";

import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { readFileBase64 } from "@/components/ui/read-file";
import { StackedTable } from "@/components/ui/stacked-table";
import { TableHead } from "@/components/ui/table-head";
import { applyMedImport, previewMedImport } from "@/lib/domain/committees/actions";
import { da } from "@/lib/i18n/da";

type Preview = Extract<Awaited<ReturnType<typeof previewMedImport>>, { ok: true }>["data"];

/** The committee file: a preview first (every line that cannot be read, or what would change), then apply. */
export function CommitteeImport() {
  const t = da.committeeImport;
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<"preview" | "apply" | null>(null);
  const [status, setStatus] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [preview, setPreview] = useState<{ file: string; result: Preview } | null>(null);

  async function runPreview() {
    const file = fileRef.current?.files?.[0];
    setStatus(null);
    setPreview(null);
    if (!file) return setStatus({ kind: "error", text: da.peopleImport.noFile });
    if (file.size > 1024 * 1024) return setStatus({ kind: "error", text: t.tooLarge });
    setBusy("preview");
    try {
      const encoded = await readFileBase64(file);
      const result = await previewMedImport({ file: encoded });
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
      const result = await applyMedImport({ file: preview.file, fingerprint: preview.result.fingerprint });
      if (result.ok && result.data.status === "applied") {
        setStatus({ kind: "success", text: t.done(result.data.created, result.data.updated) });
        setPreview(null);
      } else {
        setStatus({ kind: "error", text: (!result.ok && result.formError) || da.errors.unexpected });
      }
    } catch {
      setStatus({ kind: "error", text: da.errors.unexpected });
    } finally {
      setBusy(null);
    }
  }

  const result = preview?.result;
  const count = (change: "create" | "update" | "unchanged") =>
    result?.ok ? result.committees.filter((committee) => committee.change === change).length : 0;
  const nothingToDo = result?.ok && count("create") + count("update") === 0;

  return (
    <div className="flex flex-col gap-6">
      <FormStatus status={status} />
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="font-medium">
          {t.fileLabel}
        </label>
        <p id={`${inputId}-hint`} className="max-w-3xl text-sm text-slate-600">
          {t.fileHint}
        </p>
        <input
          id={inputId}
          ref={fileRef}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${inputId}-hint`}
          onChange={() => setPreview(null)}
          className="min-h-11 max-w-full"
        />
      </div>
      <div>
        <Button onClick={runPreview} disabled={busy !== null}>
          {busy === "preview" ? t.previewing : t.previewButton}
        </Button>
      </div>

      {result && !result.ok ? (
        <section aria-labelledby="med-import-errors" className="rounded-lg border border-red-700 p-4">
          <h2 id="med-import-errors" className="text-lg font-semibold text-red-800">
            {t.errorsHeading(result.errors.length)}
          </h2>
          <p className="mt-1">{t.errorsLead}</p>
          <table className="mt-3 w-full text-left text-sm">
            <TableHead headings={[t.lineColumn, t.reasonColumn]} />
            <tbody>
              {result.errors.map((error, index) => (
                <tr key={index} className="border-b border-slate-200 align-top">
                  <td className="px-2 py-1 tabular-nums">{error.line}</td>
                  <td className="px-2 py-1 wrap-anywhere">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {result?.ok ? (
        <section aria-labelledby="med-import-summary" className="flex flex-col gap-4">
          <h2 id="med-import-summary" className="text-lg font-semibold">
            {t.summaryHeading}
          </h2>
          <dl className="grid grid-cols-3 gap-2">
            {(["create", "update", "unchanged"] as const).map((key) => (
              <div key={key} className="rounded-md border border-slate-200 p-3">
                <dt className="text-sm text-slate-700">{t.summary[key]}</dt>
                <dd className="text-2xl font-semibold tabular-nums">{count(key)}</dd>
              </div>
            ))}
          </dl>
          <StackedTable
            caption={t.summaryHeading}
            columns={[
              { heading: t.columns.committee },
              { heading: t.columns.change },
              { heading: t.columns.units },
              { heading: t.columns.members },
            ]}
            rows={result.committees.map((committee) => ({
              key: String(committee.line),
              cells: [
                committee.name,
                t.change[committee.change],
                committee.units.join(", ") || da.committees.unitsCount(0),
                committee.members.join(", ") || da.committees.membersCount(0),
              ],
            }))}
          />
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
