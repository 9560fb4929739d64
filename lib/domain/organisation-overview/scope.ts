import "server-only";
import { can, type Actor } from "@/lib/access/policy";
import type { Database } from "@/lib/db-client";
import { coveredUnitIds } from "@/lib/domain/committees/coverage";

// Which units a viewer's overview starts from. An area chief heads a unit when they lead people in
// it and it has units below it, or when leaders of their own report to them (then each such
// leader's unit is under the chief). Decided from today's organisation: the reporting lines and
// the unit tree as the administration keeps them.

export type Scope = {
  wholeMunicipality: boolean;
  /** The units the viewer heads, each with every unit below it (today's tree). */
  areaUnits: Set<string>;
  /** The units a MED committee of the viewer's covers, with every unit below them. */
  coveredUnits: Set<string>;
};

/** The units the person heads as an area chief (without the units below them). */
export async function headedUnitIds(database: Database, personId: string): Promise<string[]> {
  const rows = await database.$queryRaw<{ id: string }[]>`
    select me."unitId" as id from "Person" me
    where me.id = ${personId}::uuid and me."unitId" is not null
      and exists (select 1 from "Person" r where r."managerId" = me.id and r.active)
      and exists (select 1 from "Unit" u where u."parentId" = me."unitId")
    union
    select lead."unitId" from "Person" lead
    where lead."managerId" = ${personId}::uuid and lead.active and lead."unitId" is not null
      and exists (select 1 from "Person" r where r."managerId" = lead.id and r.active)`;
  return rows.map((row) => row.id);
}

async function withUnitsBelow(database: Database, unitIds: string[]): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await database.$queryRaw<{ id: string }[]>`
    with recursive below(id) as (
      select unnest(${unitIds}::uuid[])
      union
      select u.id from "Unit" u join below b on u."parentId" = b.id
    )
    select id::text from below`;
  return new Set(rows.map((row) => row.id));
}

export async function loadScope(database: Database, actor: Actor): Promise<Scope> {
  const wholeMunicipality = actor.roles.includes("HR");
  const [headed, covered] = await Promise.all([
    headedUnitIds(database, actor.id),
    can(actor, "read", { kind: "committeeRounds" }) ? coveredUnitIds(database, actor.id) : Promise.resolve([]),
  ]);
  return { wholeMunicipality, areaUnits: await withUnitsBelow(database, headed), coveredUnits: new Set(covered) };
}

/** Whether the person may open the overview at all (the navigation's link). */
export async function mayOpenOrganisationOverview(database: Database, actor: Actor): Promise<boolean> {
  const base = { kind: "organisationOverview", wholeMunicipality: false } as const;
  if (can(actor, "read", { ...base, areaChief: false, committeeCovers: true })) {
    if (actor.roles.includes("HR")) return true;
    if ((await coveredUnitIds(database, actor.id)).length > 0) return true;
  }
  return can(actor, "read", { ...base, areaChief: (await headedUnitIds(database, actor.id)).length > 0, committeeCovers: false });
}
