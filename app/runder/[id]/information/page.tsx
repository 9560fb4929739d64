import type { Metadata } from "next";
import { db } from "@/lib/db";
import { loadLeaflet } from "@/lib/domain/rounds/leaflet";
import { requireRound } from "@/lib/domain/rounds/loaders";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.guidance.leaflet.metaTitle };

// The employee's information leaflet, made from the round (lib/domain/rounds/leaflet-content.ts).
export default async function LeafletPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, round } = await requireRound(id, "read");
  const content = await loadLeaflet(db(), actor, round.id);
  const t = da.guidance.leaflet;
  return (
    <article className="max-w-3xl">
      <h2 className="text-2xl font-semibold text-brand-900">{content.title}</h2>
      <p className="mt-2 text-lg text-slate-800">{content.intro}</p>
      <p className="mt-4">
        <a
          href={`/runder/${round.id}/information/pdf`}
          className="inline-block min-h-11 py-2 font-medium text-brand-700 underline underline-offset-4"
        >
          {t.download}
        </a>
      </p>
      <section aria-labelledby="leaflet-round" className="mt-6 rounded-md border border-brand-700 bg-brand-50 p-4">
        <h3 id="leaflet-round" className="text-lg font-semibold text-brand-900">
          {t.roundHeading}
        </h3>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
          {content.facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="font-medium">{fact.label}</dt>
              <dd className="mb-2 sm:mb-0">{fact.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {content.sections.map((section, index) => (
        <section key={section.heading} aria-labelledby={`leaflet-${index}`} className="mt-6">
          <h3 id={`leaflet-${index}`} className="text-lg font-semibold text-brand-900">
            {section.heading}
          </h3>
          {section.lead ? <p className="mt-1">{section.lead}</p> : null}
          {section.numbered ? (
            <ol className="mt-1 flex list-decimal flex-col gap-1 pl-6">
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          ) : (
            <ul className="mt-1 flex list-disc flex-col gap-1 pl-6">
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}
