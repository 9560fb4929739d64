import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { da } from "@/lib/i18n/da";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: da.app.name, template: `%s · ${da.app.name}` },
  description: da.app.description,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="da">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <a
          href="#indhold"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800"
        >
          {da.app.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
