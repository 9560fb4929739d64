import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { createPrismaClient } from "../db-client";
import { appUrl, env, isDemoMode } from "../env";
import { deployMigrations } from "../migrations/deploy";
import { canRewriteAuditLog } from "../migrations/app-role";
import { seedDemoIfEmpty } from "../../prisma/seed/seed";
import { openDatabaseTarget } from "./database-target";
import { assertPortFree } from "./port";
import { ensureBuild } from "./prepare";
import { appServerArgs } from "./process";
import { assertDemoDatabase, assertDemoStaysLocal, isLoopback } from "./demo-guard";
import { CliError } from "../cli-error";
import { embeddedAuthSecret } from "../embedded-db/auth-secret";

// `npm start`: build if needed, open the database (embedded unless DATABASE_URL is set),
// migrate, seed the demo organisation on first start, then serve the app until Ctrl-C.

const shutdownGraceMs = 10_000;

function withoutKey(source: NodeJS.ProcessEnv, key: string): NodeJS.ProcessEnv {
  const copy = { ...source };
  delete copy[key];
  return copy;
}

function waitForExit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

/** `dev`: `npm run dev`, Next's development server with hot reload on the same database and demo, no build. */
export async function serve({ dev = false }: { dev?: boolean } = {}): Promise<void> {
  const config = env();
  const demo = !config.DATABASE_URL || isDemoMode(config);
  const host = config.HOST ?? (demo ? "127.0.0.1" : "0.0.0.0");
  if (demo) assertDemoStaysLocal(config, host);
  // The embedded database's lock comes first, so a second start says "already running", not "port taken".
  const target = await openDatabaseTarget(() => assertPortFree(config.PORT, host));
  const embedded = target.embedded;
  try {
    const applied = await deployMigrations(target.url, embedded ? undefined : config.MIGRATION_DATABASE_URL);
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);

    if (demo) {
      const database = createPrismaClient(target.url, 1);
      try {
        const { seeded } = await seedDemoIfEmpty(database);
        if (seeded) console.log("Seeded the demo organisation (Vesterå Kommune) with rounds in every phase.");
      } finally {
        await database.$disconnect();
      }
      await assertDemoDatabase(target.url, embedded !== null);
    }

    // Built last, so a refusal above comes at once rather than after a minute of building.
    if (!dev) await ensureBuild();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }

  const secret = config.NEXTAUTH_SECRET ?? (embedded ? embeddedAuthSecret(config.DATA_DIR) : null);
  if (!secret) {
    await embedded?.stop();
    throw new CliError("NEXTAUTH_SECRET is not set. Give it 32 or more random characters, e.g. NEXTAUTH_SECRET=$(openssl rand -base64 32)");
  }

  if (!embedded && !demo && (await canRewriteAuditLog(target.url))) {
    console.warn(
      'The role in DATABASE_URL owns the tables (or is a superuser), so it could change or empty the audit log. Run the app under a role of its own and migrate as the owner with MIGRATION_DATABASE_URL (README, "Database roles").',
    );
  }

  // One address, printed and used everywhere (links in e-mails, the sign-in cookie); a page asked
  // for on another name of this server is redirected to it (proxy.ts).
  const address = appUrl(config);
  const child = spawn(process.execPath, appServerArgs(config.PORT, host, { dev }), {
    stdio: ["inherit", "pipe", "inherit"],
    env: {
      // The owner's address stays with this process: the app itself runs under DATABASE_URL's role only.
      ...withoutKey(process.env, "MIGRATION_DATABASE_URL"),
      DATABASE_URL: target.url,
      // The embedded server runs one query at a time; one pooled connection keeps transactions whole.
      DATABASE_POOL_MAX: embedded ? "1" : String(config.DATABASE_POOL_MAX),
      EMBEDDED_DATABASE: embedded ? "1" : "0",
      NODE_ENV: dev ? "development" : "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: address,
    },
  });
  const where = embedded ? `embedded database in ${config.DATA_DIR}/` : "DATABASE_URL";
  console.log(`MUS og LUS is starting on ${address} (${where}). Stop with Ctrl-C.`);
  if (!config.NEXTAUTH_URL && !isLoopback(host)) {
    console.warn(
      `NEXTAUTH_URL is not set: links in e-mails and sign-in use ${address}, and other machines are sent there. Set NEXTAUTH_URL to the address people open.`,
    );
  }
  // Next prints the address it listens on (127.0.0.1 in demo mode), which is not the app's
  // address: those lines are left out, and "ready" names the one to open.
  createInterface({ input: child.stdout! }).on("line", (line) => {
    if (/^\s*-\s*(Local|Network):/.test(line)) return;
    console.log(line);
    if (/Ready in/.test(line)) console.log(`Open ${address} in your browser.`);
  });

  let stopping = false;
  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), shutdownGraceMs);
      await waitForExit(child);
      clearTimeout(timer);
    }
    await embedded?.stop();
    if (exitCode === 0) console.log(embedded ? `Stopped. The data is kept in ${config.DATA_DIR}/.` : "Stopped.");
    process.exit(exitCode);
  };

  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  child.on("exit", (code) => {
    if (stopping) return;
    console.error(`✖ The web server stopped unexpectedly (exit code ${code}).`);
    void stop(code === 0 ? 1 : (code ?? 1));
  });
}
