import { beforeEach, describe, expect, it } from "vitest";
import { authOptions, noAccessPath } from "@/lib/auth/options";
import { isSameOrigin } from "@/lib/auth/route";
import { openSession, resumeSession } from "@/lib/auth/sessions";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";

const database = testDatabase();
const minutes = (count: number) => count * 60_000;

async function personId(email: string) {
  return (await database.person.findUniqueOrThrow({ where: { email } })).id;
}

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
});

describe("server-side sessions", () => {
  it("resume while in use, and end after 30 minutes idle", async () => {
    const id = await openSession(database, await personId("freja.lund@vesteraa.example"), "email");
    const opened = (await database.authSession.findUniqueOrThrow({ where: { id } })).createdAt.getTime();
    expect((await resumeSession(database, id, new Date(opened + minutes(29))))?.email).toBe("freja.lund@vesteraa.example");
    expect(await resumeSession(database, id, new Date(opened + minutes(29) + minutes(31)))).toBeNull();
    expect((await database.authSession.findUniqueOrThrow({ where: { id } })).endReason).toBe("idle");
  });

  it("are not kept alive by what an open page sends by itself, only by what the person does", async () => {
    const id = await openSession(database, await personId("freja.lund@vesteraa.example"), "email");
    const opened = (await database.authSession.findUniqueOrThrow({ where: { id } })).createdAt.getTime();
    // A conversation page left open: presence every 10 seconds and the stream's re-checks for 40 minutes.
    for (let at = minutes(1); at <= minutes(29); at += minutes(1)) {
      expect(await resumeSession(database, id, new Date(opened + at), { activity: false })).not.toBeNull();
    }
    expect(await resumeSession(database, id, new Date(opened + minutes(31)), { activity: false })).toBeNull();
    expect((await database.authSession.findUniqueOrThrow({ where: { id } })).endReason).toBe("idle");
  });

  it("end after 12 hours however busy the person is", async () => {
    const id = await openSession(database, await personId("freja.lund@vesteraa.example"), "email");
    const opened = (await database.authSession.findUniqueOrThrow({ where: { id } })).createdAt.getTime();
    // In use every 25 minutes, so never idle...
    for (let at = 25; at < 12 * 60; at += 25) expect(await resumeSession(database, id, new Date(opened + minutes(at)))).not.toBeNull();
    // ...and still over at 12 hours.
    expect(await resumeSession(database, id, new Date(opened + minutes(12 * 60 + 10)))).toBeNull();
    expect((await database.authSession.findUniqueOrThrow({ where: { id } })).endReason).toBe("expired");
  });

  it("end at the next request once the person is deactivated", async () => {
    const freja = await personId("freja.lund@vesteraa.example");
    const id = await openSession(database, freja, "oidc");
    await database.person.update({ where: { id: freja }, data: { active: false } });
    expect(await resumeSession(database, id)).toBeNull();
  });
});

describe("who may sign in", () => {
  const signIn = authOptions().callbacks!.signIn!;
  const attempt = (email: string, provider: string, verificationRequest?: boolean) =>
    signIn({
      user: { id: email, email },
      account: { provider, type: "oauth", providerAccountId: email },
      email: verificationRequest ? { verificationRequest } : undefined,
    } as never);

  it("lets an imported, active person in through the identity provider, matched on e-mail in any case", async () => {
    expect(await attempt("Freja.Lund@Vesteraa.example", "oidc")).toBe(true);
  });

  it("sends someone the identity provider knows but the municipality has not imported to the no-access page", async () => {
    expect(await attempt("stranger@vesteraa.example", "oidc")).toBe(noAccessPath);
    expect(await database.person.count({ where: { email: "stranger@vesteraa.example" } })).toBe(0);
  });

  it("lets a sign-in link request for an unknown address go the same way as for a known one", async () => {
    // Whether a mail goes is decided later, unseen (tests/integration/email-sign-in.test.ts).
    expect(await attempt("stranger@vesteraa.example", "email", true)).toBe(await attempt("freja.lund@vesteraa.example", "email", true));
  });

  it("lets nobody but an active person in with a link", async () => {
    expect(await attempt("stranger@vesteraa.example", "email")).toBe(noAccessPath);
    expect(await attempt("freja.lund@vesteraa.example", "email")).toBe(true);
  });

  it("keeps deactivated people out", async () => {
    await database.person.update({ where: { email: "freja.lund@vesteraa.example" }, data: { active: false } });
    expect(await attempt("freja.lund@vesteraa.example", "oidc")).toBe(noAccessPath);
  });
});

describe("state-changing route handlers", () => {
  const request = (origin: string | null) =>
    new Request("http://app.example/mine-data/adgangslog", { method: "POST", headers: origin ? { origin } : {} });

  it("accept only requests from the app's own origin", () => {
    expect(isSameOrigin(request("https://mus.kommune.example"), "https://mus.kommune.example")).toBe(true);
    expect(isSameOrigin(request("https://evil.example"), "https://mus.kommune.example")).toBe(false);
    expect(isSameOrigin(request(null), "https://mus.kommune.example")).toBe(false);
  });
});
