import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/provider-buttons";
import { Main } from "@/components/ui/page-heading";
import { getActor } from "@/lib/auth/current";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.auth.signOut.title };

export default async function SignOutPage() {
  const t = da.auth.signOut;
  const actor = await getActor();
  return (
    <Main narrow>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl text-brand-900">{t.title}</h1>
      <p className="mt-4 text-lg text-slate-700">{t.text}</p>
      <div className="mt-8">
        <SignOutButton
          personId={actor?.id ?? ""}
          label={t.button}
          busyLabel={t.signingOut}
          unsentText={t.unsentDrafts}
          anywayLabel={t.signOutAnyway}
        />
      </div>
    </Main>
  );
}
