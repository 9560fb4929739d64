import "server-only";
import type { Sql } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";

// The deletions the retention job and an erasure on request (lib/domain/erasure) share, so a plan
// or a person is deleted or anonymised the same way whichever of the two does it.

/** Deletes whole plans: the rows that point at them first, each table in one statement. */
export async function deletePlans(sql: Sql, planIds: string[]): Promise<number> {
  if (planIds.length === 0) return 0;
  const versions = `select id from "PlanVersion" where "planId" = any($1::uuid[])`;
  await sql(`delete from "PlanApproval" where "versionId" in (${versions})`, [planIds]);
  await sql(`delete from "PlanPdf" where "versionId" in (${versions})`, [planIds]);
  for (const table of ["WrapUpSettlement", "PlanFollowUp", "FollowUpMeeting", "PlanVersion", "PlanUpdate"])
    await sql(`delete from "${table}" where "planId" = any($1::uuid[])`, [planIds]);
  return (await sql(`delete from "Plan" where id = any($1::uuid[]) returning id`, [planIds])).length;
}

/**
 * Replaces the people's name, address (someone without one keeps none), job title, manager, employee
 * number, identity-provider link and employment facts (type, start, birth year, senior flag), and deletes
 * what only named them: their sessions, roles, sign-in links and copies of mail to them. The row
 * stays, so rounds, plans and the audit log keep their shape. Returns how many rows of each went.
 */
export async function anonymisePeople(
  sql: Sql,
  people: { id: string; email: string | null }[],
): Promise<{ people: number; sessions: number; mail: number }> {
  if (people.length === 0) return { people: 0, sessions: 0, mail: 0 };
  const ids = people.map((person) => person.id);
  const addresses = people.flatMap((person) => (person.email === null ? [] : [person.email]));
  const sessions = (await sql(`delete from "AuthSession" where "personId" = any($1::uuid[]) returning id`, [ids])).length;
  await sql(`delete from "RoleAssignment" where "personId" = any($1::uuid[])`, [ids]);
  await sql(`delete from "VerificationToken" where identifier = any($1::text[])`, [addresses]);
  await sql(`delete from "SignInRequest" where identifier = any($1::text[])`, [addresses]);
  const mail = (await sql(`delete from "OutgoingMail" where "to" = any($1::text[]) returning id`, [addresses])).length;
  const anonymised = await sql(
    `update "Person" set name = $2, email = case when email is null then null else 'slettet-' || id::text || '@slettet.invalid' end,
       "employeeNumber" = null, "jobTitle" = null, "managerId" = null,
       "oidcIssuer" = null, "oidcSubject" = null, "anonymisedAt" = now(), "updatedAt" = now(),
       "employmentType" = null, "employmentStart" = null, "birthYear" = null, senior = null
     where id = any($1::uuid[]) returning id`,
    [ids, da.retention.anonymousName],
  );
  return { people: anonymised.length, sessions, mail };
}
