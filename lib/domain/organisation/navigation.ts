import "server-only";
import { can } from "@/lib/access/policy";
import type { SessionActor } from "@/lib/auth/current";
import { da } from "@/lib/i18n/da";

/** The header's links: only what this person may open. */
/** `organisation`: the person may open the organisation's overview (organisation-overview/scope.ts asks the database). */
export function navigationFor(actor: SessionActor | null, organisation = false): { href: string; label: string }[] {
  const t = da.auth.nav;
  if (!actor) return [{ href: "/log-ind", label: t.signIn }];
  return [
    { href: "/", label: t.home },
    { href: "/runder", label: t.rounds },
    ...(can(actor, "read", { kind: "organisation" }) ? [{ href: "/admin", label: t.admin }] : []),
    ...(can(actor, "read", { kind: "personnelFiling" }) ? [{ href: "/hr", label: t.filing }] : []),
    ...(organisation ? [{ href: "/organisation", label: da.organisationOverview.nav }] : []),
    { href: "/mine-data", label: t.myData },
    { href: "/log-ud", label: t.signOut },
  ];
}
