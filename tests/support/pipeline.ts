import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliError } from "../../lib/cli-error";
import { createPrismaClient } from "../../lib/db-client";
import { ensureBuild } from "../../lib/cli/prepare";
import { runProcess } from "../../lib/cli/process";
import { seedDemoOrganisation } from "../../prisma/seed/seed";
import { resetDatabase } from "./database";
import { createAppDatabase, freePort, startTestPostgres, type TestPostgres } from "./postgres";

// The test run proper, once the system packages and the Prisma client exist (see run-all.ts).

const timings: [string, number][] = [];

async function step(name: string, work: () => Promise<void> | void): Promise<void> {
  const started = performance.now();
  console.log(`\n▶ ${name}`);
  await work();
  timings.push([name, (performance.now() - started) / 1000]);
}

const node = (script: string, args: string[], env: Record<string, string> = {}) =>
  runProcess(process.execPath, [script, ...args], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });

type TestEnv = { DATABASE_URL: string; TEST_OWNER_DATABASE_URL: string; TEST_POSTGRES_SERVER_URL: string };

const vitest = (projects: string[], env: TestEnv | Record<string, never>) =>
  node(
    "node_modules/vitest/vitest.mjs",
    ["run", "--config", "tests/vitest.config.ts", ...projects.flatMap((project) => ["--project", project])],
    env,
  );

/**
 * Chromium against the production build, on a freshly reset database with the demo organisation
 * (which only the demo sign-in's own tests read; every other spec makes an organisation of its own).
 */
async function playwright(testEnv: TestEnv): Promise<void> {
  const database = createPrismaClient(testEnv.TEST_OWNER_DATABASE_URL, 1);
  await resetDatabase(database);
  await seedDemoOrganisation(database);
  await database.$disconnect();
  const e2eEnv = {
    ...testEnv,
    E2E_PORT: String(await freePort()),
    E2E_SMTP_PORT: String(await freePort()),
    E2E_OIDC_PORT: String(await freePort()),
    E2E_MAILBOX_DIR: mkdtempSync(join(tmpdir(), "mus-mailbox-")),
  };
  try {
    await node("node_modules/@playwright/test/cli.js", ["test", "--config", "tests/playwright.config.ts"], e2eEnv);
  } finally {
    rmSync(e2eEnv.E2E_MAILBOX_DIR, { recursive: true, force: true });
  }
}

/**
 * Runs `work` with a throwaway Postgres cluster (stopped afterwards, also on Ctrl-C) and prints
 * each step's time at the end.
 */
async function withTestDatabase(work: (testEnv: TestEnv) => Promise<void>): Promise<void> {
  let postgres: TestPostgres | undefined;
  const stopPostgres = () => {
    postgres?.stop();
    postgres = undefined;
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopPostgres();
      process.exit(130);
    });
  }
  try {
    let testEnv: TestEnv | undefined;
    await step("Throwaway Postgres cluster", async () => {
      postgres = await startTestPostgres();
      const { appUrl, ownerUrl } = await createAppDatabase(postgres, "mus_test");
      testEnv = { DATABASE_URL: appUrl, TEST_OWNER_DATABASE_URL: ownerUrl, TEST_POSTGRES_SERVER_URL: postgres.serverUrl };
    });
    await work(testEnv!);
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(error instanceof Error ? error.message : String(error));
  } finally {
    stopPostgres();
    console.log("\nTimings:");
    for (const [name, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
  }
}

/** `npm test`: the whole pipeline. */
export async function runPipeline(): Promise<void> {
  await withTestDatabase(async (testEnv) => {
    // The formatter (Prettier, line width 140: package.json), on the same files as `npm run format`.
    const formatted = ["{app,components,lib,prisma,tests}/**/*.{ts,tsx,mjs,mts,css}", "*.{ts,mjs}"];
    // Side by side: each is one process, mostly on one core.
    await step("Prettier, ESLint and TypeScript, side by side", async () => {
      await Promise.all([
        node("node_modules/prettier/bin/prettier.cjs", ["--check", ...formatted]),
        node("node_modules/eslint/bin/eslint.js", [".", "--max-warnings=0"]),
        node("node_modules/typescript/bin/tsc", ["--noEmit"]),
      ]);
    });
    // tsc has just checked every file, the app's among them; Next's build need not again.
    process.env.BUILD_SKIP_TYPE_CHECK = "1";
    await step("Production build", ensureBuild);
    await step("Vitest (unit, integration, command line)", () => vitest([], testEnv));
    await step("Playwright (Chromium, production build)", () => playwright(testEnv));
  });
}

/** `npm run test:unit` (no database, seconds), `test:integration` (vitest's integration and command-line tests), `test:e2e`. */
export async function runPart(part: "unit" | "integration" | "e2e"): Promise<void> {
  if (part === "unit") {
    await step("Vitest (unit)", () => vitest(["unit"], {}));
    return;
  }
  await withTestDatabase(async (testEnv) => {
    if (part === "integration") await step("Vitest (integration, command line)", () => vitest(["integration", "cli"], testEnv));
    else {
      await step("Production build", ensureBuild);
      await step("Playwright (Chromium, production build)", () => playwright(testEnv));
    }
  });
}
