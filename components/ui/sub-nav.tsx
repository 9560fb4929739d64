"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A section's tabs; the page you are on is marked for screen readers (aria-current) and by eye. */
export function SubNav({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-8 border-b border-slate-200 print:hidden">
      <ul className="flex flex-wrap gap-x-6">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={pathname === link.href ? "page" : undefined}
              className="inline-block border-b-4 border-transparent py-3 font-medium text-brand-800 underline-offset-4 hover:underline aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-900"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
