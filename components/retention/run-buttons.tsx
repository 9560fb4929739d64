"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionButton } from "@/components/ui/use-action-button";
import { previewRetention, runRetentionNow } from "@/lib/domain/retention/actions";
import type { RetentionKind } from "@/lib/domain/retention/kinds";
import { da } from "@/lib/i18n/da";

/** The dry run (what the next run would delete, per kind) and the run on demand, after a confirmation. */
export function RetentionRunButtons() {
  const t = da.retention;
  const preview = useActionButton();
  const runNow = useActionButton();
  const [due, setDue] = useState<{ kind: RetentionKind; count: number }[] | null>(null);
  const nonZero = due?.filter((line) => line.count > 0) ?? [];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          disabled={preview.busy}
          onClick={() =>
            preview.run(previewRetention.bind(null, {}), (counts) => {
              setDue(counts);
              return null;
            })
          }
        >
          {t.dryRun.button}
        </Button>
        <Button
          type="button"
          variant="danger"
          disabled={runNow.busy}
          onClick={() => {
            if (!window.confirm(t.run.confirm)) return;
            setDue(null);
            void runNow.run(runRetentionNow.bind(null, {}), ({ deleted }) => t.run.done(deleted));
          }}
        >
          {t.run.button}
        </Button>
      </div>
      <FormStatus status={preview.status} />
      <FormStatus status={runNow.status} />
      {due ? (
        <section aria-labelledby="retention-due" className="rounded-lg border border-slate-200 p-4">
          <h3 id="retention-due" className="font-semibold">
            {t.dryRun.heading}
          </h3>
          {nonZero.length === 0 ? (
            <p className="mt-2 text-slate-700">{t.dryRun.none}</p>
          ) : (
            <ul className="mt-2 list-disc pl-6">
              {nonZero.map((line) => (
                <li key={line.kind}>
                  {t.kinds[line.kind].name}: {t.dryRun.count(line.count)}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
