import "server-only";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";

// The administrator's list of units. A large city has thousands of units, and rendering them all
// at once made the page the slowest of the administration's. So the page shows the areas, each
// with its first units and a link to all of them a page at a time, and a search over every name.

/** Units shown under each area on the overview; the rest are one link away. */
export const unitsPerArea = 10;
/** Units per page of an area's list or of a search. */
export const unitPageSize = 50;

export type UnitRow = { id: string; name: string; kind: "AREA" | "UNIT"; people: number; area: string | null };
export type AreaPreview = UnitRow & { unitCount: number; units: UnitRow[] };

/** The areas (the tree's roots) by name, each with its number of units and the first `unitsPerArea` of them. */
export async function loadAreaPreviews(database: Database, municipalityId: string): Promise<AreaPreview[]> {
  const rows = await database.$queryRaw<(Omit<AreaPreview, "people" | "unitCount"> & { people: bigint; unitCount: bigint })[]>`
    select a.id, a.name, a.kind, null as area,
      (select count(*) from "Person" p where p."unitId" = a.id and p.active) as people,
      (select count(*) from "Unit" c where c."parentId" = a.id) as "unitCount",
      coalesce(first.units, '[]'::json) as units
    from "Unit" a
    left join lateral (
      select json_agg(json_build_object('id', c.id, 'name', c.name, 'kind', c.kind, 'area', a.name,
        'people', (select count(*) from "Person" p where p."unitId" = c.id and p.active)) order by c.name) as units
      from (select c.id, c.name, c.kind from "Unit" c where c."parentId" = a.id order by c.name limit ${unitsPerArea}) c
    ) first on true
    where a."municipalityId" = ${municipalityId}::uuid and a."parentId" is null
    order by a.name`;
  return rows.map((row) => ({ ...row, people: Number(row.people), unitCount: Number(row.unitCount) }));
}

export type UnitSearch = { query: string; areaId: string; page: number };

/** One page of the units whose name holds `query` (any level), or of one area's units; with the total. */
export async function loadUnitPage(
  database: Database,
  municipalityId: string,
  search: UnitSearch,
): Promise<{ units: UnitRow[]; total: number }> {
  // The query is matched as typed text: % and _ in it are not wildcards.
  const pattern = `%${search.query.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const where = Prisma.sql`u."municipalityId" = ${municipalityId}::uuid
    ${search.query ? Prisma.sql`and u.name ilike ${pattern}` : Prisma.empty}
    ${search.areaId ? Prisma.sql`and u."parentId" = ${search.areaId}::uuid` : Prisma.empty}`;
  const [rows, [{ total }]] = await Promise.all([
    database.$queryRaw<(Omit<UnitRow, "people"> & { people: bigint })[]>`
      select u.id, u.name, u.kind, parent.name as area,
        (select count(*) from "Person" p where p."unitId" = u.id and p.active) as people
      from "Unit" u left join "Unit" parent on parent.id = u."parentId"
      where ${where}
      order by u.name, u.id
      limit ${unitPageSize} offset ${(search.page - 1) * unitPageSize}`,
    database.$queryRaw<{ total: number }[]>`select count(*)::int as total from "Unit" u where ${where}`,
  ]);
  return { units: rows.map((row) => ({ ...row, people: Number(row.people) })), total };
}
