import "server-only";
import type { Sql } from "@/lib/db-client";
import type { Pause } from "@/lib/jobs/time-slice";
import type { EmploymentFacts } from "../employment";
import type { ImportPlan } from "./plan";

const utcNow = `(now() at time zone 'UTC')`;
const batchSize = 2_000;

/**
 * Writes the employment facts of the people created, and of those whose facts changed, in batches
 * like the rest of the import. Only the columns the file has are written (a fact the file does
 * not mention stays as stored); the file's columns are the same on every row.
 */
export async function applyEmploymentFacts(sql: Sql, plan: ImportPlan, ids: Map<string, string>, pause: Pause) {
  const people = [...plan.create, ...plan.update.filter((person) => person.changed.includes("employment"))];
  const sample = people[0]?.facts;
  if (!sample) return;
  const has = (key: keyof EmploymentFacts) => sample[key] !== undefined;
  if (!has("employmentType") && !has("employmentStart") && !has("birthYear") && !has("senior")) return;
  for (let start = 0; start < people.length; start += batchSize) {
    const batch = people.slice(start, start + batchSize);
    await sql(
      `update "Person" as p set
         "employmentType" = case when $2 then v.employment_type::"EmploymentType" else p."employmentType" end,
         "employmentStart" = case when $3 then v.employment_start::date else p."employmentStart" end,
         "birthYear" = case when $4 then v.birth_year else p."birthYear" end,
         senior = case when $5 then v.senior else p.senior end,
         "updatedAt" = ${utcNow}
       from unnest($1::uuid[], $6::text[], $7::text[], $8::int[], $9::boolean[])
         as v(id, employment_type, employment_start, birth_year, senior)
       where p.id = v.id`,
      [
        batch.map((person) => ids.get(person.key)!),
        has("employmentType"),
        has("employmentStart"),
        has("birthYear"),
        has("senior"),
        batch.map((person) => person.facts.employmentType ?? null),
        batch.map((person) => person.facts.employmentStart ?? null),
        batch.map((person) => person.facts.birthYear ?? null),
        batch.map((person) => person.facts.senior ?? null),
      ],
    );
    await pause();
  }
}
