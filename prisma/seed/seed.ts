import type { Database } from "../../lib/db-client";
import { addShippedTemplates } from "../../lib/domain/templates/shipped";
import { demoMunicipality, demoPeople, demoUnits } from "./demo-organisation";

export type SeedResult = { seeded: boolean };

/**
 * Creates whatever of the demo organisation is missing and leaves everything present untouched,
 * so running it twice changes nothing. One transaction: a failure leaves no half organisation.
 */
export async function seedDemoOrganisation(database: Database): Promise<void> {
  await database.$transaction(async (tx) => {
    const municipality = await tx.municipality.upsert({
      where: { name: demoMunicipality },
      create: { name: demoMunicipality },
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
        where: { email: person.email },
        create: {
          municipalityId: municipality.id,
          name: person.name,
          email: person.email,
          jobTitle: person.jobTitle,
          unitId: unitIds.get(person.unit),
          managerId: person.manager ? personIds.get(person.manager) : undefined,
        },
        update: {},
      });
      personIds.set(person.email, row.id);
      for (const role of person.roles ?? []) {
        await tx.roleAssignment.upsert({
          where: { personId_role: { personId: row.id, role } },
          create: { personId: row.id, role },
          update: {},
        });
      }
    }
  });
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
