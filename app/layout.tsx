import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { DraftOwnerProvider } from "@/components/drafts/draft-owner";
import { SiteFooter, SiteHeader } from "@/components/ui/site-frame";
import { getActor } from "@/lib/auth/current";
import { loadCooperationBody, loadHelpContact, loadMunicipalityName } from "@/lib/domain/organisation/municipality";
import { navigationFor } from "@/lib/domain/organisation/navigation";
import { mayOpenOrganisationOverview } from "@/lib/domain/organisation-overview/scope";
import { db } from "@/lib/db";
import { privacyNoticePath } from "@/lib/domain/privacy/paths";
import { da } from "@/lib/i18n/da";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: da.app.name, template: `%s · ${da.app.name}` },
  description: da.app.description,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page shows who is signed in, so none is prerendered at build time.
  await connection();
  const [actor, municipalityName, helpContact, body] = await Promise.all([
    getActor(),
    loadMunicipalityName(),
    loadHelpContact(),
    loadCooperationBody(),
  ]);
  const organisation = actor ? await mayOpenOrganisationOverview(db(), actor) : false;
  const h = da.guidance.helpContact;
  const help = helpContact
    ? {
        text: h.lead(helpContact.name, helpContact.title),
        links: [
          ...(helpContact.email ? [{ href: `mailto:${helpContact.email}`, label: h.emailLabel(helpContact.email) }] : []),
          ...(helpContact.phone
            ? [{ href: `tel:${helpContact.phone.replace(/[^\d+]/g, "")}`, label: h.phoneLabel(helpContact.phone) }]
            : []),
        ],
      }
    : null;
  return (
    <html lang="da">
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <a
          href="#indhold"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800"
        >
          {da.app.skipToContent}
        </a>
        <SiteHeader
          appName={da.app.name}
          organisationName={municipalityName}
          navLabel={da.auth.nav.label}
          links={navigationFor(actor, organisation)}
          signedInAs={actor ? da.auth.nav.signedInAs(actor.name) : undefined}
        />
        <div className="flex-1">
          <DraftOwnerProvider personId={actor?.id ?? ""}>{children}</DraftOwnerProvider>
        </div>
        <SiteFooter
          text={da.app.footer(body)}
          navLabel={da.app.footerNav}
          links={[{ href: privacyNoticePath, label: da.privacy.footerLink }]}
          help={help}
        />
      </body>
    </html>
  );
}
