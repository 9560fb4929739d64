import "server-only";
import type { Sql } from "@/lib/db-client";
import type { StoredRole } from "@/lib/access/policy";
import type { ExistingPerson, ExistingUnit } from "./import/plan";

const baselinePage = 5_000;

/**
 * Everyone and every unit of the municipality, as an import compares against them. Plain SQL in
 * pages of 5,000 people: a municipality's 40,000 read in one Prisma query were seconds of one
 * uninterrupted stretch on the server's thread (turning rows into objects), and nobody else was
 * answered meanwhile; between pages others are.
 */
export async function loadImportBaseline(
  sql: Sql,
  municipalityId: string,
  fileAddresses: readonly (string | null)[] = [],
): Promise<{ people: ExistingPerson[]; units: ExistingUnit[]; foreignAddresses: ReadonlySet<string> }> {
  const people: ExistingPerson[] = [];
  for (let after = "00000000-0000-0000-0000-000000000000"; ;) {
    const page = await sql<ExistingPerson & { roles: StoredRole[] }>(
      `select p.id::text, p.email, p."employeeNumber", p.name, p."jobTitle", p."unitId"::text, p."managerId"::text, p.active,
              coalesce(array_agg(r.role::text order by r.role) filter (where r.role is not null), '{}') as roles,
              json_build_object('employmentType', p."employmentType"::text, 'employmentStart', p."employmentStart"::text,
                                'birthYear', p."birthYear", 'senior', p.senior) as facts
       from "Person" p left join "RoleAssignment" r on r."personId" = p.id
       where p."municipalityId" = $1::uuid and p.id > $2::uuid
       group by p.id order by p.id limit ${baselinePage}`,
      [municipalityId, after],
    );
    people.push(...page);
    if (page.length < baselinePage) break;
    after = page[page.length - 1].id;
  }
  const units = await sql<ExistingUnit>(`select id::text, name from "Unit" where "municipalityId" = $1::uuid`, [municipalityId]);
  // Addresses are unique across the database: one the file gives that a person of another
  // municipality has cannot be stored, and the line says so instead of the whole import failing.
  const addresses = [...new Set(fileAddresses.filter((address): address is string => address !== null))];
  const foreign = addresses.length
    ? await sql<{ email: string }>(`select email from "Person" where email = any($1::text[]) and "municipalityId" <> $2::uuid`, [
        addresses,
        municipalityId,
      ])
    : [];
  return { people, units, foreignAddresses: new Set(foreign.map((row) => row.email)) };
}
