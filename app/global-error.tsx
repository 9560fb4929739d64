"use client";

import { ErrorMessage } from "@/components/ui/error-message";
import { da } from "@/lib/i18n/da";
import "./globals.css";

// When even the frame failed (every page asks the database who is signed in, so this is what a
// database outage shows): the page is rebuilt from scratch, in Danish, on a full reload.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="da">
      <head>
        <title>{da.errors.errorPage.documentTitle}</title>
      </head>
      <body className="bg-white font-sans text-slate-900 antialiased">
        <ErrorMessage digest={error.digest} retry={() => window.location.reload()} />
      </body>
    </html>
  );
}
