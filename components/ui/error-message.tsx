"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button, buttonClass } from "./button";
import { da } from "@/lib/i18n/da";

/**
 * What a person sees when a page fails on the server: in Danish, what happened and what to do,
 * and the error's digest to quote to support (the details stay in the server's log).
 */
export function ErrorMessage({ digest, retry }: { digest?: string; retry: () => void }) {
  const t = da.errors.errorPage;
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus goes to the message, so a screen reader announces it rather than the old page's place.
  useEffect(() => heading.current?.focus(), []);
  return (
    <main id="indhold" className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight text-brand-900 sm:text-3xl">
        {t.title}
      </h1>
      <p className="mt-4 text-lg text-slate-700">{t.text}</p>
      <p className="mt-4 text-slate-700">{digest ? t.code(digest) : t.persists}</p>
      <div className="mt-8 flex flex-wrap gap-4">
        <Button onClick={retry}>{t.retry}</Button>
        <Link href="/" className={buttonClass("secondary")}>
          {t.back}
        </Link>
      </div>
    </main>
  );
}
