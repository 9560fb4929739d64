import type { ReactNode } from "react";

export function PageHeading({ title, lead, children }: { title: string; lead?: string; children?: ReactNode }) {
  return (
    <div className="mb-8">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl text-brand-900">{title}</h1>
      {lead ? <p className="mt-3 max-w-3xl text-lg text-slate-700">{lead}</p> : null}
      {children}
    </div>
  );
}

export function Main({ children, narrow = false }: { children: ReactNode; narrow?: boolean }) {
  return (
    <main id="indhold" className={`mx-auto px-4 py-10 sm:px-6 ${narrow ? "max-w-2xl" : "max-w-5xl"}`}>
      {children}
    </main>
  );
}
