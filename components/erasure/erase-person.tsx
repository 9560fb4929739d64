"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionButton } from "@/components/ui/use-action-button";
import { erasePersonData, previewPersonErasure } from "@/lib/domain/erasure/actions";
import type { ErasurePreview } from "@/lib/domain/erasure/preview";
import { da } from "@/lib/i18n/da";

/**
 * On a person's admin page: erasure on request in two steps. The preview first (what goes, what
 * stays and why, or what stops it); the erase button only under a preview that allows it, and only
 * after a confirmation. The server counts again as it erases, and the result says what it erased.
 */
export function ErasePersonPanel({ personId }: { personId: string }) {
  const t = da.erasure;
  const preview = useActionButton();
  const erase = useActionButton();
  const [shown, setShown] = useState<ErasurePreview | null>(null);
  return (
    <section aria-labelledby="erase-person" className="mt-10 max-w-2xl rounded-lg border border-slate-200 p-5">
      <h2 id="erase-person" className="text-lg font-semibold">
        {t.heading}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t.lead}</p>
      <div className="mt-4 flex flex-col gap-3">
        <div>
          <Button
            type="button"
            variant="secondary"
            disabled={preview.busy || erase.busy}
            onClick={() => {
              erase.setStatus(null);
              void preview.run(
                () => previewPersonErasure({ personId }),
                (data) => {
                  setShown(data);
                  return null;
                },
              );
            }}
          >
            {t.previewButton}
          </Button>
        </div>
        <FormStatus status={preview.status} />
        {shown ? <PreviewDetails preview={shown} /> : null}
        {shown && shown.blockers.length === 0 ? (
          <div>
            <Button
              type="button"
              variant="danger"
              disabled={erase.busy}
              onClick={() => {
                if (!window.confirm(t.confirm)) return;
                void erase.run(
                  () => erasePersonData({ personId }),
                  (counts) => {
                    setShown(null);
                    return t.done(Object.values(counts).reduce((sum, count) => sum + count, 0));
                  },
                );
              }}
            >
              {t.eraseButton}
            </Button>
          </div>
        ) : null}
        <FormStatus status={erase.status} />
      </div>
    </section>
  );
}

function PreviewDetails({ preview }: { preview: ErasurePreview }) {
  const t = da.erasure;
  if (preview.blockers.length > 0)
    return (
      <div className="rounded-md border border-amber-700 bg-amber-50 p-4">
        <h3 className="font-semibold">{t.blockedHeading}</h3>
        <ul className="mt-2 list-disc pl-6">
          {preview.blockers.map((blocker) => (
            <li key={blocker}>{blocker === "openRounds" ? t.blocked.openRounds(preview.openRoundsLed) : t.blocked[blocker]}</li>
          ))}
        </ul>
      </div>
    );
  const { goes, stays } = preview;
  const goesLines = [
    goes.sheets > 0 ? t.goes.sheets(goes.sheets) : null,
    goes.notes > 0 ? t.goes.notes(goes.notes) : null,
    goes.draftPlans > 0 ? t.goes.draftPlans(goes.draftPlans) : null,
    goes.filedPlans > 0 ? t.goes.filedPlans(goes.filedPlans) : null,
    goes.sessions > 0 ? t.goes.sessions(goes.sessions) : null,
    goes.mail > 0 ? t.goes.mail(goes.mail) : null,
    t.goes.identity(da.retention.anonymousName),
  ].filter((line): line is string => line !== null);
  const staysLines = [
    stays.unfiledPlans > 0 ? t.stays.unfiledPlans(stays.unfiledPlans) : null,
    stays.ledPlans > 0 ? t.stays.ledPlans(stays.ledPlans) : null,
    t.stays.audit,
  ].filter((line): line is string => line !== null);
  return (
    <div className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
      <h3 className="font-semibold">{t.goesHeading}</h3>
      <ul className="list-disc pl-6" aria-label={t.goesHeading}>
        {goesLines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3 className="font-semibold">{t.staysHeading}</h3>
      <ul className="list-disc pl-6" aria-label={t.staysHeading}>
        {staysLines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
