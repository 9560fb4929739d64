type Step = { readonly title: string; readonly text: string };

export function StepList({ heading, steps }: { heading: string; steps: readonly Step[] }) {
  return (
    <section aria-labelledby="forloeb" className="mt-12">
      <h2 id="forloeb" className="text-xl font-semibold text-brand-900">
        {heading}
      </h2>
      <ol className="mt-6 grid gap-4 sm:grid-cols-2">
        {steps.map((step, index) => (
          <li key={step.title} className="rounded-lg border border-slate-200 bg-brand-50 p-5">
            <h3 className="flex items-center gap-3 text-lg font-semibold text-brand-900">
              <span aria-hidden="true" className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-700 text-base text-white">
                {index + 1}
              </span>
              {step.title}
            </h3>
            <p className="mt-2 text-slate-700">{step.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
