import { beforeEach, describe, expect, it, vi } from "vitest";
import { authAdapter } from "@/lib/auth/adapter";
import { authOptions, noAccessPath } from "@/lib/auth/options";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";

// An identity provider's e-mail claim alone proves nothing: the first sign-in binds the person to
// the provider's account (issuer + subject) on a verified e-mail, and from then on only that
// account is that person. Refusals end on next-auth's AccessDenied page and in the audit log.

const issuer = "http://127.0.0.1:3299";
vi.hoisted(() => {
  process.env.OIDC_ISSUER = "http://127.0.0.1:3299";
  process.env.OIDC_CLIENT_ID = "mus-og-lus";
  process.env.OIDC_CLIENT_SECRET = "a-client-secret";
});

const database = testDatabase();
const freja = "freja.lund@vesteraa.example";

function signIn(subject: string, email: string | null, emailVerified: boolean, employeeNumber: string | null = null) {
  const user = { id: subject, email, emailVerifiedByProvider: emailVerified, employeeNumber };
  return authOptions().callbacks!.signIn!({
    user,
    account: { provider: "oidc", type: "oauth", providerAccountId: subject },
    profile: { sub: subject, email },
  } as never);
}

const person = () => database.person.findUniqueOrThrow({ where: { email: freja } });
const audits = (action: string) => database.auditEvent.findMany({ where: { action }, orderBy: { id: "asc" } });

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

describe("signing in through the identity provider", () => {
  it("binds the person to the account at the first sign-in, on a verified e-mail", async () => {
    expect(await signIn("subject-freja", freja, true)).toBe(true);
    expect(await person()).toMatchObject({ oidcIssuer: issuer, oidcSubject: "subject-freja" });
    expect((await audits("person.oidcBound")).map((event) => event.subjectId)).toEqual([(await person()).id]);
    // The adapter now finds her by the account, so next-auth never links on e-mail.
    expect((await authAdapter.getUserByAccount!({ provider: "oidc", providerAccountId: "subject-freja" }))?.email).toBe(freja);
  });

  it("refuses an e-mail the provider has not verified, and binds nothing", async () => {
    expect(await signIn("subject-freja", freja, false)).toBe(false);
    expect((await person()).oidcSubject).toBeNull();
    const [refused] = await audits("session.refused");
    expect(refused).toMatchObject({ subjectId: (await person()).id, details: { provider: "oidc", reason: "unverified_email", issuer } });
  });

  it("refuses another account with the same e-mail once the person is bound", async () => {
    expect(await signIn("subject-freja", freja, true)).toBe(true);
    expect(await signIn("someone-else", freja, true)).toBe(false);
    expect((await person()).oidcSubject).toBe("subject-freja");
    expect((await audits("session.refused")).map((event) => (event.details as { reason: string }).reason)).toEqual(["other_subject"]);
    // The bound account still gets in, whatever its e-mail claim says now.
    expect(await signIn("subject-freja", "new.address@vesteraa.example", false)).toBe(true);
  });

  it("matches nobody on an address that was removed; a person already bound still gets in, and their session is opened", async () => {
    const { id } = await person();
    await database.person.update({ where: { id }, data: { email: null, employeeNumber: "4712" } });
    expect(await signIn("subject-freja", freja, true)).toBe(noAccessPath);
    expect((await database.person.findUniqueOrThrow({ where: { id } })).oidcSubject).toBeNull();

    await database.person.update({ where: { id }, data: { oidcIssuer: issuer, oidcSubject: "subject-freja" } });
    expect(await signIn("subject-freja", freja, true)).toBe(true);
    const user = await authAdapter.getUserByAccount!({ provider: "oidc", providerAccountId: "subject-freja" });
    expect(user).toMatchObject({ id, email: "" });
    const token = await authOptions().callbacks!.jwt!({
      token: {},
      user: user!,
      account: { provider: "oidc", type: "oauth", providerAccountId: "subject-freja" },
    } as never);
    expect(token).toMatchObject({ sub: id, sid: expect.any(String) });
  });

  it("still sends someone the municipality has not imported to the no-access page", async () => {
    expect(await signIn("stranger", "stranger@vesteraa.example", true)).toBe(noAccessPath);
  });
});

describe("signing in on a shared device without a work e-mail", () => {
  // Kitchen staff without an address: the municipality's directory gives their employee number in
  // the claim the installation names (OIDC_EMPLOYEE_NUMBER_CLAIM); the profile puts it on the user.
  const kitchen = async () => {
    const found = await database.person.findFirstOrThrow({ where: { email: "aase.kirkegaard@vesteraa.example" } });
    return database.person.update({ where: { id: found.id }, data: { email: null, employeeNumber: "K-4711" } });
  };

  it("binds the person found by employee number, with no e-mail at all, and records how", async () => {
    const aase = await kitchen();
    expect(await signIn("subject-aase", null, false, "K-4711")).toBe(true);
    expect(await database.person.findUniqueOrThrow({ where: { id: aase.id } })).toMatchObject({ oidcSubject: "subject-aase" });
    const [bound] = await audits("person.oidcBound");
    expect(bound).toMatchObject({ subjectId: aase.id, details: { issuer, via: "employeeNumber" } });
    // From then on the account is the person, whatever the claims say.
    expect(await signIn("subject-aase", null, false, null)).toBe(true);
  });

  it("refuses another account with the same number once bound, and matches nobody on a number in two municipalities", async () => {
    const aase = await kitchen();
    expect(await signIn("subject-aase", null, false, "K-4711")).toBe(true);
    expect(await signIn("someone-else", null, false, "K-4711")).toBe(false);
    expect((await database.person.findUniqueOrThrow({ where: { id: aase.id } })).oidcSubject).toBe("subject-aase");

    // The same number in another municipality of the same database: ambiguous, so nobody.
    const other = await database.municipality.create({ data: { name: "Østerå Kommune" } });
    await database.person.create({ data: { municipalityId: other.id, name: "Per Hansen", employeeNumber: "K-0001" } });
    await database.person.update({ where: { id: aase.id }, data: { employeeNumber: "K-0001", oidcSubject: null, oidcIssuer: null } });
    expect(await signIn("subject-new", null, false, "K-0001")).toBe(noAccessPath);
  });

  it("matches nobody with an e-mail address, or who has left, on a number", async () => {
    const aase = await kitchen();
    await database.person.update({ where: { id: aase.id }, data: { email: "aase.kirkegaard@vesteraa.example" } });
    expect(await signIn("subject-aase", null, false, "K-4711")).toBe(noAccessPath);
    await database.person.update({ where: { id: aase.id }, data: { email: null, active: false } });
    expect(await signIn("subject-aase", null, false, "K-4711")).toBe(noAccessPath);
    expect((await database.person.findUniqueOrThrow({ where: { id: aase.id } })).oidcSubject).toBeNull();
  });

  it("prefers a verified e-mail to the number, and an unknown number is no access", async () => {
    await kitchen();
    expect(await signIn("subject-x", null, false, "K-9999")).toBe(noAccessPath);
    expect(await signIn("subject-freja", freja, true, "K-4711")).toBe(true);
    expect((await person()).oidcSubject).toBe("subject-freja");
  });
});
