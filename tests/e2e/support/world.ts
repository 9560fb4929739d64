import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { createPrismaClient, type Database } from "../../../lib/db-client";
import { sessionCookieBaseName } from "../../../lib/auth/cookies";
import { demoDomain, demoPeople } from "../../../prisma/seed/demo-organisation";
import { seedOrganisation } from "../../../prisma/seed/seed";
import { appServerEnv, mainPort } from "./app-server";

// Each spec makes an organisation of its own: a municipality with a name nobody else has, the
// demo's units and people in it, every e-mail address at a domain of its own. A spec may change
// anything in its world (deactivate a person, move one to another manager, fill HR's queue)
// without another spec noticing, so specs run in any order and on several workers at once. The
// people keep the demo's names, which the specs' assertions read as a user would; the addresses
// are what tells the worlds apart (and what the app keys people on).

let client: Database | undefined;

/** One connection for the worker's seeding and sessions (the owner's, as the pipeline's seeding). */
export function worldDatabase(): Database {
  client ??= createPrismaClient(process.env.TEST_OWNER_DATABASE_URL ?? process.env.DATABASE_URL!, 1);
  return client;
}

export type World = {
  municipality: string;
  domain: string;
  /** "karen.hoejgaard" → that person's address in this world. */
  email: (local: string) => string;
  /** A demo person's address in this world, by name ("Karen Højgaard"). */
  emailOf: (name: string) => string;
  /**
   * Signs the named person in, as a finished sign-in leaves them: a server-side session and its
   * cookie in the page's browser context, then the start page. (The sign-in screens themselves
   * are tested in sign-in.spec.ts and oidc.spec.ts; the other specs start after them.)
   */
  signInAs: (page: Page, name: string, options?: { open?: string | false }) => Promise<void>;
  /** The same session cookie on a context, for pages not opened yet. */
  sessionFor: (context: BrowserContext, name: string) => Promise<void>;
  /** A new session's cookie for the person with this address, for request contexts. */
  sessionCookie: (email: string) => Promise<SessionCookie>;
};

export type SessionCookie = { name: string; value: string; domain: string; path: string; httpOnly: boolean; sameSite: "Lax" };

const secret = appServerEnv(mainPort).NEXTAUTH_SECRET;

/**
 * A new organisation for one spec; `label` goes into its names so a failing run says whose it is.
 * `rounds`: also the demo's rounds in every phase (prisma/seed/demo-rounds.ts), a few seconds more.
 */
export async function newWorld(label: string, { rounds = false }: { rounds?: boolean } = {}): Promise<World> {
  const id = randomUUID().slice(0, 8);
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const municipality = `Testkommune ${label} ${id}`;
  const domain = `${slug}-${id}.example`;
  await seedOrganisation(worldDatabase(), { municipality, domain });
  if (rounds) {
    const script = fileURLToPath(new URL("./seed-world-rounds.ts", import.meta.url));
    await promisify(execFile)(process.execPath, ["--import", "tsx", script, domain], {
      cwd: fileURLToPath(new URL("../../..", import.meta.url)),
    });
  }

  const email = (local: string) => `${local}@${domain}`;
  const emailOf = (name: string) => {
    const person = demoPeople.find((candidate) => candidate.name === name);
    if (!person) throw new Error(`no one called ${name} in the demo organisation`);
    return person.email.replace(`@${demoDomain}`, `@${domain}`);
  };

  const sessionCookie = async (address: string): Promise<SessionCookie> => {
    const person = await worldDatabase().person.findUniqueOrThrow({ where: { email: address }, select: { id: true } });
    const session = await worldDatabase().authSession.create({ data: { personId: person.id, provider: "e2e" } });
    const token = await encode({ token: { sub: person.id, sid: session.id }, secret });
    // A host's cookie holds on every port of it, so it reaches the specs' own app instances too.
    return { name: sessionCookieBaseName, value: token, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" };
  };

  const sessionFor = async (context: BrowserContext, name: string) => {
    const cookie = await sessionCookie(emailOf(name));
    await context.clearCookies({ name: sessionCookieBaseName });
    await context.addCookies([cookie]);
  };

  const signInAs = async (page: Page, name: string, { open = "/" }: { open?: string | false } = {}) => {
    await sessionFor(page.context(), name);
    if (open === false) return;
    await page.goto(open);
    await expect(page.getByRole("banner")).toContainText(`Logget ind som ${name}`);
  };

  return { municipality, domain, email, emailOf, signInAs, sessionFor, sessionCookie };
}
