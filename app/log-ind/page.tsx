import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EmailSignInForm } from "@/components/auth/email-sign-in-form";
import { DemoSignInButton, OidcSignInButton } from "@/components/auth/provider-buttons";
import { Main, PageHeading } from "@/components/ui/page-heading";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getActor } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { loadDemoDirectory } from "@/lib/domain/people/loaders";
import { isDemoMode, oidcSettings } from "@/lib/env";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.auth.signIn.title };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const t = da.auth.signIn;
  const oidc = oidcSettings();
  const demo = isDemoMode() ? await loadDemoDirectory(db()) : [];

  return (
    <Main>
      <PageHeading title={t.title} lead={t.lead} />
      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="mail-login" className="flex flex-col gap-6">
          {oidc ? <OidcSignInButton label={t.oidcButton(oidc.name)} callbackUrl={callbackUrl} /> : null}
          <h2 id="mail-login" className="text-xl font-semibold text-brand-900">
            {t.emailHeading}
          </h2>
          <EmailSignInForm callbackUrl={callbackUrl} />
        </section>
        {demo.length > 0 ? (
          <section aria-labelledby="demo-login" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
            <h2 id="demo-login" className="text-xl font-semibold text-brand-900">
              {t.demoHeading}
            </h2>
            <p className="mt-2 text-sm text-slate-700">{t.demoLead}</p>
            {demo.map(({ group, people }) => (
              <div key={group} className="mt-5">
                <h3 className="font-semibold text-slate-900">{t.demoGroups[group]}</h3>
                <ul className="mt-2 flex flex-col gap-2">
                  {people.map((person) => (
                    <li key={person.email}>
                      <DemoSignInButton
                        email={person.email}
                        callbackUrl={callbackUrl}
                        label={t.demoButton(
                          person.name,
                          person.jobTitle,
                          person.unit,
                          person.roles.length > 1 ? person.roles.map((role) => t.demoRoles[role]) : [],
                        )}
                        description={person.shows}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ) : null}
      </div>
    </Main>
  );
}
