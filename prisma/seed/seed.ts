import type { Database } from "../../lib/db-client";
import { addShippedTemplates } from "../../lib/domain/templates/shipped";
import { demoCommittees, demoDomain, demoMunicipality, demoPeople, demoUnits } from "./demo-organisation";

export type SeedResult = { seeded: boolean };

/** Where an organisation of the demo's shape is made: the demo's own, or a test's with names of its own. */
export type OrganisationName = { municipality: string; domain: string };

/**
 * Creates whatever of the demo organisation is missing and leaves everything present untouched,
 * so running it twice changes nothing. One transaction: a failure leaves no half organisation.
 */
export async function seedDemoOrganisation(database: Database): Promise<void> {
  await seedOrganisation(database, { municipality: demoMunicipality, domain: demoDomain });
}

/**
 * The demo's units and people in a municipality of the given name, each e-mail address at the
 * given domain. The browser tests make one per spec, so no spec sees what another one changed.
 */
export async function seedOrganisation(database: Database, name: OrganisationName): Promise<string> {
  const email = (address: string) => address.replace(`@${demoDomain}`, `@${name.domain}`);
  return database.$transaction(
    async (tx) => {
      const municipality = await tx.municipality.upsert({
        where: { name: name.municipality },
        create: { name: name.municipality },
        update: {},
      });
      await addShippedTemplates(tx, municipality.id);

      const unitIds = new Map<string, string>();
      for (const unit of demoUnits) {
        const parentId = unit.parent ? unitIds.get(unit.parent) : undefined;
        const row = await tx.unit.upsert({
          where: { municipalityId_name: { municipalityId: municipality.id, name: unit.name } },
          create: { municipalityId: municipality.id, name: unit.name, kind: unit.kind, parentId },
          update: {},
        });
        unitIds.set(unit.name, row.id);
      }

      const personIds = new Map<string, string>();
      for (const person of demoPeople) {
        const row = await tx.person.upsert({
          where: { email: email(person.email) },
          create: {
            municipalityId: municipality.id,
            name: person.name,
            email: email(person.email),
            jobTitle: person.jobTitle,
            unitId: unitIds.get(person.unit),
            managerId: person.manager ? personIds.get(email(person.manager)) : undefined,
          },
          update: {},
        });
        personIds.set(email(person.email), row.id);
        for (const role of person.roles ?? []) {
          await tx.roleAssignment.upsert({
            where: { personId_role: { personId: row.id, role } },
            create: { personId: row.id, role },
            update: {},
          });
        }
      }
      for (const committee of demoCommittees) {
        const row = await tx.medCommittee.upsert({
          where: { municipalityId_name: { municipalityId: municipality.id, name: committee.name } },
          create: { municipalityId: municipality.id, name: committee.name },
          update: {},
        });
        await tx.medCommitteeUnit.createMany({
          data: committee.units.map((unit) => ({ committeeId: row.id, unitId: unitIds.get(unit)! })),
          skipDuplicates: true,
        });
        await tx.medCommitteeMember.createMany({
          data: committee.members.map((member) => ({ committeeId: row.id, personId: personIds.get(email(`${member}@${demoDomain}`))! })),
          skipDuplicates: true,
        });
      }
      return municipality.id;
    },
    // A few dozen statements, one at a time: on a busy machine (a test run making several
    // organisations at once) more than Prisma's default 5 s.
    { timeout: 60_000 },
  );
}

/** Seeds only a database that has no organisation yet: a demo someone has edited is left as it is. */
export async function seedIfEmpty(database: Database): Promise<SeedResult> {
  if ((await database.municipality.count()) > 0) return { seeded: false };
  await seedDemoOrganisation(database);
  return { seeded: true };
}

/**
 * The demo on first start (`npm start` in demo mode, `npm run db:seed`): into an empty database
 * only, the organisation and then rounds in every phase (demo-rounds.ts). Tests seed the
 * organisation alone and make the rounds they need.
 */
export async function seedDemoIfEmpty(database: Database): Promise<SeedResult> {
  const { seeded } = await seedIfEmpty(database);
  if (!seeded) return { seeded };
  // The rounds are made by the app's domain modules, which are marked "server-only"; outside
  // Next (this command line) that marker stands for an empty module, as under vitest.
  await import("../../lib/server/without-server-only.mjs");
  const { seedDemoRounds } = await import("./demo-rounds");
  await seedDemoRounds(database);
  return { seeded };
}
