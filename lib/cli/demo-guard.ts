import { createPrismaClient } from "../db-client";
import type { Env } from "../env";
import { CliError } from "../cli-error";
import { demoEmails } from "../../prisma/seed/demo-organisation";

// Demo sign-in lets anyone in as anyone, administrators included, and lists the demo people on
// the sign-in page. That is only safe on one machine with the fictional demo organisation, so
// `npm start` refuses demo mode whenever anything says the app is reachable by others or holds
// real people.

const loopbackNames = new Set(["localhost", "::1", "[::1]"]);

export function isLoopback(host: string): boolean {
  return loopbackNames.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

const why = "Demo mode lets anyone sign in as anyone";

/** Before anything is opened: the address the app listens on and the one people are told to use. */
export function assertDemoStaysLocal(config: Env, host: string): void {
  if (!isLoopback(host)) {
    throw new CliError(
      `${why}, so it listens on this machine only and HOST=${host} is refused. Leave HOST unset, or run on real data with DATABASE_URL and without DEMO_MODE.`,
    );
  }
  if (config.NEXTAUTH_URL?.startsWith("https://")) {
    throw new CliError(
      `${why}, so it is not served on a public https address (NEXTAUTH_URL=${config.NEXTAUTH_URL}). Remove NEXTAUTH_URL, or run on real data without DEMO_MODE.`,
    );
  }
}

/** After migrating and seeding: anyone in the database who is not a demo person means real data. */
export async function assertDemoDatabase(url: string, embedded: boolean): Promise<void> {
  const database = createPrismaClient(url, 1);
  try {
    const others = await database.person.count({ where: { email: { notIn: [...demoEmails] } } });
    if (others === 0) return;
    const instead = embedded ? "use a new DATA_DIR for the demo" : "use an empty database for the demo";
    throw new CliError(
      `${why}, but this database holds ${others} ${others === 1 ? "person" : "people"} outside the demo organisation. For real data run with DATABASE_URL and without DEMO_MODE; otherwise ${instead}.`,
    );
  } finally {
    await database.$disconnect();
  }
}
