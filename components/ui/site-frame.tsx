import Link from "next/link";
import { da } from "@/lib/i18n/da";

export type NavLink = { href: string; label: string };

export function SiteHeader({
  appName,
  organisationName,
  navLabel,
  links,
  signedInAs,
}: {
  appName: string;
  organisationName?: string;
  navLabel: string;
  links: NavLink[];
  signedInAs?: string;
}) {
  return (
    <header className="bg-brand-900 text-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <p className="flex items-baseline gap-3">
          <Link href="/" className="text-lg font-semibold text-white hover:underline focus-visible:outline-white">
            {appName}
          </Link>
          {organisationName ? <span className="text-sm text-brand-100">{organisationName}</span> : null}
        </p>
        <nav aria-label={navLabel}>
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm">
            {signedInAs ? <li className="text-brand-100">{signedInAs}</li> : null}
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="font-medium text-white underline-offset-4 hover:underline focus-visible:outline-white">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** Whom to ask for help: a line of text and the ways to reach them (mailto:, tel:). */
export type FooterHelp = { text: string; links: NavLink[] };

export function SiteFooter({
  text,
  navLabel,
  links,
  help,
}: {
  text: string;
  navLabel: string;
  links: NavLink[];
  help?: FooterHelp | null;
}) {
  return (
    <footer className="mt-16 border-t border-slate-200 print:hidden">
      {help ? (
        <div className="mx-auto max-w-5xl px-4 pt-6 text-sm text-slate-700 sm:px-6">
          <p data-testid="help-contact">
            {help.text}
            {help.links.map((link) => (
              <span key={link.href}>
                <span aria-hidden="true" className="mx-2 text-slate-400">
                  {da.common.separator}
                </span>
                <a href={link.href} className="font-medium text-brand-700 underline underline-offset-4">
                  {link.label}
                </a>
              </span>
            ))}
          </p>
        </div>
      ) : null}
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-6 text-sm sm:px-6 text-slate-600">
        <p>{text}</p>
        <nav aria-label={navLabel}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="font-medium text-brand-700 underline underline-offset-4">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
