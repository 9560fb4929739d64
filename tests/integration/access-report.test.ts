import { beforeEach, describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/auth/guard";
import type { SessionActor } from "@/lib/auth/current";
import { accessReportDownload } from "@/lib/domain/audit/access-report-download";
import { seedDemoOrganisation, seedOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { demoEmail } from "../support/rounds";

// A person's access report (CSV) for an administrator: only of their own municipality's people.

const database = testDatabase();

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  await seedOrganisation(database, { municipality: "Nordby Kommune", domain: "nordby.example" });
});

async function actor(email: string): Promise<SessionActor> {
  const person = await database.person.findUniqueOrThrow({ where: { email }, include: { roles: true } });
  return {
    id: person.id,
    active: person.active,
    roles: person.roles.map(({ role }) => role),
    name: person.name,
    email: person.email,
    municipalityId: person.municipalityId,
    sessionId: "00000000-0000-4000-8000-000000000001",
  };
}

describe("the access report for an administrator", () => {
  it("is given for a person of the administrator's municipality, and that is recorded", async () => {
    const aase = await actor(demoEmail("aase.kirkegaard"));
    const download = await accessReportDownload(await actor(demoEmail("peter.jaeger")), aase.id);
    expect(download.contentType).toBe("text/csv; charset=utf-8");
    expect(await database.auditEvent.count({ where: { action: "accessReport.read", subjectId: aase.id } })).toBe(1);
  });

  it("is refused for another municipality's person, and nothing is recorded", async () => {
    const nordbyAase = await actor("aase.kirkegaard@nordby.example");
    await expect(accessReportDownload(await actor(demoEmail("peter.jaeger")), nordbyAase.id)).rejects.toBeInstanceOf(AccessDenied);
    expect(await database.auditEvent.count({ where: { action: "accessReport.read" } })).toBe(0);
  });
});
