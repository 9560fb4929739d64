import { da } from "@/lib/i18n/da";

/** On a sheet, the leader's notes or a plan whose person's processing is restricted (GDPR art. 18): the same words for every role. */
export function RestrictionNotice() {
  const t = da.restriction.notice;
  return (
    <p role="note" className="mt-3 max-w-3xl rounded-md border border-amber-300 bg-amber-50 p-3 text-slate-900">
      <span className="font-semibold">{t.label}:</span> {t.text}
    </p>
  );
}
