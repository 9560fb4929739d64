import { beforeEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { loadDemoDirectory } from "@/lib/domain/people/loaders";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";

// Demo mode lets anyone sign in as a demo person in one click. A real person who ends up in the
// same database (an import, DEMO_MODE=1 on real data) must never be one of them.

// The environment is read once, on first use: demo mode is on for this file only.
vi.hoisted(() => {
  process.env.DEMO_MODE = "1";
});

const database = testDatabase();
const real = "real.person@kommune.example";

type Authorize = (credentials: Record<string, string>, request: unknown) => Promise<{ email?: string | null } | null>;

function demoAuthorize(): Authorize {
  // next-auth applies a provider's own options (its id among them) only when it handles a request.
  const providers = authOptions().providers as unknown as { options?: { id?: string; authorize: Authorize } }[];
  const authorize = providers.find((candidate) => candidate.options?.id === "demo")?.options?.authorize;
  if (!authorize) throw new Error("the demo provider is missing in demo mode");
  return authorize;
}

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  const municipality = await database.municipality.findFirstOrThrow();
  await database.person.create({ data: { municipalityId: municipality.id, name: "Rigtig Person", email: real, jobTitle: "Direktør" } });
});

describe("demo sign-in", () => {
  it("lets a seeded demo person in", async () => {
    expect((await demoAuthorize()({ email: "freja.lund@vesteraa.example" }, {}))?.email).toBe("freja.lund@vesteraa.example");
  });

  it("refuses an active person outside the demo organisation, in any spelling", async () => {
    expect(await demoAuthorize()({ email: real }, {})).toBeNull();
    expect(await demoAuthorize()({ email: " Real.Person@Kommune.example " }, {})).toBeNull();
    // Each refusal is in the log, without the address that was tried.
    const refusals = await database.auditEvent.findMany({
      where: { action: "session.refused" },
      select: { subjectId: true, details: true },
    });
    expect(refusals).toEqual([1, 2].map(() => ({ subjectId: null, details: { provider: "demo", reason: "not_demo_person" } })));
  });

  it("lists only the demo people on the sign-in page", async () => {
    const listed = (await loadDemoDirectory(database)).flatMap(({ people }) => people.map((person) => person.email));
    expect(listed).toContain("freja.lund@vesteraa.example");
    expect(listed).not.toContain(real);
  });
});
