import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// next-auth's core handler, which its route handler wraps; not in the package's exports, so by path.
import { AuthHandler } from "../../node_modules/next-auth/core/index.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  admitLinkRequest,
  clientKeyLength,
  currentClient,
  linkLimits,
  removeExpiredSignInData,
  withRequestClient,
} from "@/lib/auth/link-requests";
import { authOptions } from "@/lib/auth/options";
import { runJobsOnce } from "@/lib/jobs/loop";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { startMailbox, type StoredMail } from "../support/mailbox-server";
import { freePort } from "../support/postgres";

// Asking for a sign-in link through next-auth's own handler, as the browser's POST does: the
// answer must not tell a known address from an unknown one, by what it says or by how long it
// takes, and nobody may make the app send an address a flood of links.

const mailDir = mkdtempSync(join(tmpdir(), "mus-sign-in-mail-"));
const ports = vi.hoisted(() => ({ smtp: 0 }));
vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET = "a-test-secret-that-is-long-enough-1234";
});

const database = testDatabase();
const known = "freja.lund@vesteraa.example";
const unknown = "ukendt.person@vesteraa.example";
let mailbox: { stop: () => Promise<void> };

beforeAll(async () => {
  ports.smtp = await freePort();
  mailbox = await startMailbox(ports.smtp, mailDir);
  // Read on the first mail sent, after this.
  process.env.SMTP_URL = `smtp://127.0.0.1:${ports.smtp}`;
});
afterAll(async () => mailbox.stop());

beforeEach(async () => {
  for (const file of readdirSync(mailDir)) rmSync(join(mailDir, file));
  await resetDatabase();
  await seedDemoOrganisation(database);
});

function mailsTo(address: string): StoredMail[] {
  return readdirSync(mailDir)
    .map((file) => JSON.parse(readFileSync(join(mailDir, file), "utf8")) as StoredMail)
    .filter((mail) => mail.to.includes(address));
}

async function settle() {
  // Mail is sent after the answer; give the local SMTP server a moment to store it.
  await new Promise((resolve) => setTimeout(resolve, 700));
}

async function askForLink(email: string, client = "203.0.113.7") {
  const headers = { host: "localhost:3000", "x-forwarded-for": client };
  const csrf = await AuthHandler<{ csrfToken: string }>({
    req: { action: "csrf", method: "GET", headers, cookies: {} },
    options: authOptions(),
  });
  const cookies = Object.fromEntries((csrf.cookies ?? []).map((cookie) => [cookie.name, cookie.value]));
  const started = performance.now();
  const response = await withRequestClient(new Headers(headers), () =>
    AuthHandler({
      req: {
        action: "signin",
        providerId: "email",
        method: "POST",
        headers,
        cookies,
        body: { email, csrfToken: csrf.body!.csrfToken, callbackUrl: "/", json: "true" },
      },
      options: authOptions(),
    }),
  );
  const answer = {
    status: response.status,
    redirect: response.redirect,
    body: response.body,
    cookies: (response.cookies ?? []).map((cookie) => cookie.name),
  };
  return { answer, ms: performance.now() - started };
}

describe("asking for an e-mail sign-in link", () => {
  it("answers a known and an unknown address the same, and mails only the known one", async () => {
    const forKnown = await askForLink(known);
    const forUnknown = await askForLink(unknown);
    expect(forUnknown.answer).toEqual(forKnown.answer);
    // next-auth's "check your mail" step, which sends the browser on to /log-ind/tjek-mail.
    expect(forKnown.answer.redirect).toContain("/api/auth/verify-request");
    await settle();
    expect(mailsTo(known)).toHaveLength(1);
    expect(mailsTo(unknown)).toHaveLength(0);
  });

  it("answers for someone without an address (their old one removed) as for an unknown address, and sends and logs nothing", async () => {
    const freja = await database.person.update({ where: { email: known }, data: { email: null, employeeNumber: "4711" } });
    const forOld = await askForLink(known, "192.0.2.40");
    const forUnknown = await askForLink(unknown, "192.0.2.41");
    expect(forOld.answer).toEqual(forUnknown.answer);
    await settle();
    expect(mailsTo(known)).toHaveLength(0);
    expect(await database.auditEvent.count({ where: { action: "session.refused", subjectId: freja.id } })).toBe(0);
  });

  it("takes as long for an unknown address as for a known one", async () => {
    const times = { known: [] as number[], unknown: [] as number[] };
    // Eleven of each, interleaved, and the medians compared: another test file runs beside this
    // one and may slow any single request, but not one kind of address more than the other.
    const people = [
      "freja.lund",
      "jonas.broendum",
      "signe.dahl",
      "kasper.noergaard",
      "pia.kjeldsen",
      "camilla.joensson",
      "emil.hvidbjerg",
      "louise.faenoe",
      "lise.oesterby",
      "maja.soerensen",
      "tove.bech",
    ];
    for (const [round, person] of people.entries()) {
      // Different clients and addresses, so no limit is reached while measuring.
      times.known.push((await askForLink(`${person}@vesteraa.example`, `198.51.100.${round}`)).ms);
      times.unknown.push((await askForLink(`ukendt${round}@vesteraa.example`, `198.51.100.${round + 50}`)).ms);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    expect(Math.abs(median(times.known) - median(times.unknown))).toBeLessThan(30);
  });

  it(`sends one address at most ${linkLimits.perAddress} links in ${linkLimits.windowMinutes} minutes, and answers the same beyond`, async () => {
    const answers = [];
    for (let attempt = 0; attempt < linkLimits.perAddress + 1; attempt += 1)
      answers.push((await askForLink(known, `192.0.2.${attempt}`)).answer);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    await settle();
    expect(mailsTo(known)).toHaveLength(linkLimits.perAddress);
  });

  it("limits one client however many addresses it asks for", async () => {
    await database.signInRequest.createMany({
      data: Array.from({ length: linkLimits.perClient }, (_, index) => ({
        identifier: `x${index}@vesteraa.example`,
        client: "192.0.2.99",
        sent: false,
      })),
    });
    const limited = await askForLink(known, "192.0.2.99");
    expect(limited.answer.redirect).toContain("/api/auth/verify-request");
    await settle();
    expect(mailsTo(known)).toHaveLength(0);
  });
});

describe("refused link requests in the audit log", () => {
  const refusals = () =>
    database.auditEvent.findMany({
      where: { action: "session.refused" },
      orderBy: { id: "asc" },
      select: { subjectId: true, details: true },
    });

  it("are recorded with their reason; a known person's in their own log, an unknown address never written down", async () => {
    const freja = await database.person.findUniqueOrThrow({ where: { email: known } });
    const inactive = await database.person.update({ where: { email: "jonas.broendum@vesteraa.example" }, data: { active: false } });
    await askForLink(unknown, "192.0.2.1");
    await askForLink(inactive.email!, "192.0.2.2");
    for (let attempt = 0; attempt <= linkLimits.perAddress; attempt += 1) await askForLink(known, `192.0.2.${10 + attempt}`);
    const rows = await refusals();
    expect(rows).toEqual([
      { subjectId: null, details: { provider: "email", reason: "unknown_address", client: "192.0.2.1" } },
      { subjectId: inactive.id, details: { provider: "email", reason: "inactive", client: "192.0.2.2" } },
      { subjectId: freja.id, details: { provider: "email", reason: "address_limit", client: `192.0.2.${10 + linkLimits.perAddress}` } },
    ]);
    expect(JSON.stringify(await database.auditEvent.findMany({ select: { resourceId: true, details: true } }))).not.toContain(unknown);
  });

  it("stop growing once a client is past its limit: a flood adds one row, not one per request", async () => {
    await database.signInRequest.createMany({
      data: Array.from({ length: linkLimits.perClient }, (_, index) => ({
        identifier: `x${index}@vesteraa.example`,
        client: "192.0.2.99",
        sent: false,
      })),
    });
    for (let attempt = 0; attempt < 5; attempt += 1) await askForLink(`flood${attempt}@vesteraa.example`, "192.0.2.99");
    expect(await refusals()).toEqual([{ subjectId: null, details: { provider: "email", reason: "client_limit", client: "192.0.2.99" } }]);
  });
});

describe("refused link requests from clients that make up their address", () => {
  const refusals = () => database.auditEvent.count({ where: { action: "session.refused" } });

  it(`log at most ${linkLimits.refusalsLogged} refusals in a window, from all clients together`, async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      // Each request from a new made-up client: no per-client limit is reached.
      for (let index = 0; index < linkLimits.refusalsLogged + 20; index += 1) {
        expect(await admitLinkRequest(database, `ukendt${index}@vesteraa.example`, `10.${index >> 8}.${index & 255}.1`)).toBe(false);
      }
      expect(await refusals()).toBe(linkLimits.refusalsLogged);
      expect(warn).toHaveBeenCalledTimes(1);
      // The limits themselves still hold: a known person still gets a link.
      expect(await admitLinkRequest(database, known, "10.200.0.1")).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });

  it("log a known person's refusals once per window, so they cannot fill the person's own access report", async () => {
    const inactive = await database.person.update({ where: { email: "jonas.broendum@vesteraa.example" }, data: { active: false } });
    for (let index = 0; index < 10; index += 1) await admitLinkRequest(database, inactive.email!, `10.1.0.${index}`);
    for (let index = 0; index < linkLimits.perAddress + 10; index += 1) await admitLinkRequest(database, known, `10.2.0.${index}`);
    const rows = await database.auditEvent.findMany({ where: { action: "session.refused" }, select: { subjectId: true, details: true } });
    const freja = await database.person.findUniqueOrThrow({ where: { email: known } });
    expect(rows.map((row) => row.subjectId)).toEqual([inactive.id, freja.id]);
  });

  it(`keep at most ${clientKeyLength} characters of the client, and take an IPv6 /64 as one client`, async () => {
    expect(withRequestClient(new Headers({ "x-forwarded-for": `203.0.113.1, ${"x".repeat(8000)}` }), () => currentClient())).toHaveLength(
      clientKeyLength,
    );
    await admitLinkRequest(database, unknown, "y".repeat(8000));
    expect((await database.signInRequest.findFirstOrThrow()).client).toHaveLength(clientKeyLength);

    for (let index = 0; index < linkLimits.perClient; index += 1)
      await admitLinkRequest(database, `ukendt${index}@vesteraa.example`, `2001:db8:7:7::${index.toString(16)}`);
    expect(await admitLinkRequest(database, known, "2001:db8:7:7:ffff::1")).toBe(false);
    expect(await admitLinkRequest(database, known, "2001:db8:7:8::1")).toBe(true);
  });
});

describe("the background jobs", () => {
  it("remove expired sign-in links and link requests older than the limits look back", async () => {
    const now = new Date();
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    await database.verificationToken.createMany({
      data: [
        { identifier: known, token: "expired", expires: ago(1) },
        { identifier: known, token: "valid", expires: ago(-10) },
      ],
    });
    await database.signInRequest.createMany({
      data: [
        { identifier: known, client: "a", sent: true, createdAt: ago(linkLimits.windowMinutes + 1) },
        { identifier: known, client: "a", sent: true, createdAt: ago(1) },
      ],
    });
    await runJobsOnce(database, now);
    expect((await database.verificationToken.findMany()).map((row) => row.token)).toEqual(["valid"]);
    expect(await database.signInRequest.count()).toBe(1);
    await removeExpiredSignInData(database, ago(-60));
    expect(await database.verificationToken.count()).toBe(0);
  });
});
