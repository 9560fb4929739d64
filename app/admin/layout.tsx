import type { ReactNode } from "react";
import { Main } from "@/components/ui/page-heading";
import { SubNav } from "@/components/ui/sub-nav";
import { requirePermission } from "@/lib/auth/page-guard";
import { da } from "@/lib/i18n/da";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePermission("/admin", "read", { kind: "organisation" });
  const t = da.admin.nav;
  return (
    <Main>
      <SubNav
        label={t.label}
        links={[
          { href: "/admin", label: t.overview },
          { href: "/admin/personer", label: t.people },
          { href: "/admin/enheder", label: t.units },
          { href: "/admin/import", label: t.import },
          { href: "/admin/log", label: t.log },
        ]}
      />
      {children}
    </Main>
  );
}
