import type { ReactNode } from "react";
import { Main } from "@/components/ui/page-heading";
import { SubNav } from "@/components/ui/sub-nav";
import { can } from "@/lib/access/policy";
import { getActor } from "@/lib/auth/current";
import { da } from "@/lib/i18n/da";
import { refuse } from "@/lib/auth/page-guard";
import { privacyAdminPath } from "@/lib/domain/privacy/paths";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Each page checks its own permission (and sends someone signed out to sign in, back to that page);
  // here only: a signed-in person without access does not even see the section's menu.
  const actor = await getActor();
  if (actor && !can(actor, "read", { kind: "organisation" })) await refuse(actor);
  const t = da.admin.nav;
  return (
    <Main>
      <SubNav
        label={t.label}
        links={[
          { href: "/admin", label: t.overview },
          { href: "/admin/personer", label: t.people },
          { href: "/admin/enheder", label: t.units },
          { href: "/admin/med", label: da.committees.nav },
          { href: "/admin/import", label: t.import },
          { href: "/admin/skabeloner", label: t.templates },
          { href: "/admin/opbevaring", label: da.retention.nav },
          { href: privacyAdminPath, label: da.privacy.nav },
          { href: "/admin/log", label: t.log },
        ]}
      />
      {children}
    </Main>
  );
}
