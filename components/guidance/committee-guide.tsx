import { da } from "@/lib/i18n/da";

/** Tønder's guide for the cooperation committee (Samarbejdsfeltet): its five points, on the committee's view of a round. */
export function CommitteeGuide({ kind, body }: { kind: "MUS" | "LUS"; body: string }) {
  const t = da.guidance.committee;
  return (
    <section aria-labelledby="committee-guide-heading" className="mt-6 max-w-3xl rounded-md border border-brand-700 bg-brand-50 p-4">
      <h2 id="committee-guide-heading" className="text-xl font-semibold text-brand-900">
        {t.heading(body)}
      </h2>
      <p className="mt-1">{t.lead(kind, body)}</p>
      <ol className="mt-2 flex list-decimal flex-col gap-1 pl-6">
        {t.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ol>
    </section>
  );
}
