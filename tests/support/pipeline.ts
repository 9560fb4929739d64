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

export async function runPipeline(): Promise<void> {
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
    await step("ESLint", () => node("node_modules/eslint/bin/eslint.js", [".", "--max-warnings=0"]));
    await step("TypeScript", () => node("node_modules/typescript/bin/tsc", ["--noEmit"]));

    let databaseUrl = "";
    let ownerUrl = "";
    await step("Throwaway Postgres cluster", async () => {
      postgres = await startTestPostgres();
      ({ appUrl: databaseUrl, ownerUrl } = await createAppDatabase(postgres, "mus_test"));
    });
    const testEnv = { DATABASE_URL: databaseUrl, TEST_OWNER_DATABASE_URL: ownerUrl, TEST_POSTGRES_SERVER_URL: postgres!.serverUrl };

    await step("Production build", ensureBuild);
    await step("Vitest (unit, integration, command line)", () =>
      node("node_modules/vitest/vitest.mjs", ["run", "--config", "tests/vitest.config.ts"], testEnv),
    );
    await step("Playwright (Chromium, production build)", async () => {
      const database = createPrismaClient(ownerUrl, 1);
      await resetDatabase(database);
      await seedDemoOrganisation(database);
      await database.$disconnect();
      const e2eEnv = {
        ...testEnv,
        E2E_PORT: String(await freePort()),
        // The specs that run two app instances need a second port that is free too (a fixed offset
        // from the first once landed on another program's port).
        E2E_SECOND_PORT: String(await freePort()),
        E2E_SMTP_PORT: String(await freePort()),
        E2E_OIDC_PORT: String(await freePort()),
        E2E_MAILBOX_DIR: mkdtempSync(join(tmpdir(), "mus-mailbox-")),
      };
      try {
        await node("node_modules/@playwright/test/cli.js", ["test", "--config", "tests/playwright.config.ts"], e2eEnv);
      } finally {
        rmSync(e2eEnv.E2E_MAILBOX_DIR, { recursive: true, force: true });
      }
    });
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(error instanceof Error ? error.message : String(error));
  } finally {
    stopPostgres();
    console.log("\nTimings:");
    for (const [name, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
  }
}
