export function SiteHeader({ appName, organisationName }: { appName: string; organisationName?: string }) {
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-6 py-4">
        <p className="text-lg font-semibold">{appName}</p>
        {organisationName ? <p className="text-sm text-brand-100">{organisationName}</p> : null}
      </div>
    </header>
  );
}

export function SiteFooter({ text }: { text: string }) {
  return (
    <footer className="mt-16 border-t border-slate-200">
      <p className="mx-auto max-w-5xl px-6 py-6 text-sm text-slate-600">{text}</p>
    </footer>
  );
}
