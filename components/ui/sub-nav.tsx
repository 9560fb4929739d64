"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { CheckMark } from "./check-mark";

type SubNavLink = { href: string; label: string; done?: boolean };

/**
 * A section's tabs; the page you are on is marked for screen readers (aria-current) and by eye.
 * A tab whose work is done carries a check mark, and says so in words to screen readers
 * (`doneLabel`, read straight after the label, so it brings its own separator: ", udført"), so
 * "done" is never colour or a symbol alone.
 */
export function SubNav({ label, links, doneLabel }: { label: string; links: SubNavLink[]; doneLabel?: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-8 border-b border-slate-200 print:hidden">
      <ul className="flex flex-wrap gap-x-6">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={pathname === link.href ? "page" : undefined}
              className="inline-flex items-center gap-1.5 border-b-4 border-transparent py-3 font-medium text-brand-800 underline-offset-4 hover:underline aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-900"
            >
              {link.done ? <CheckMark /> : null}
              {link.label}
              {link.done && doneLabel ? <span className="sr-only">{doneLabel}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
