import { deployMigrations } from "../../lib/migrations/deploy";
import { createDatabase } from "./postgres";
import { integrationWorkers } from "./workers";

// The integration files run several at a time, each vitest worker on a database of its own (the
// files empty their database between them, so two may never share one). Vitest numbers its
// workers 1..maxWorkers (VITEST_POOL_ID); worker n uses the test database's name + "_w<n>".

const withDatabaseName = (url: string, name: string) => {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
};

const workerName = (url: string, worker: number) => `${new URL(url).pathname.slice(1)}_w${worker}`;

/** globalSetup: a migrated database per worker, made fresh for every run. */
export default async function createWorkerDatabases(): Promise<void> {
  const { DATABASE_URL: appUrl, TEST_OWNER_DATABASE_URL: ownerUrl, TEST_POSTGRES_SERVER_URL: serverUrl } = process.env;
  if (!appUrl || !ownerUrl || !serverUrl) return; // the unit tests alone: no database
  await Promise.all(
    Array.from({ length: integrationWorkers }, async (_, index) => {
      const name = workerName(ownerUrl, index + 1);
      await createDatabase(serverUrl, name);
      await deployMigrations(withDatabaseName(appUrl, name), withDatabaseName(ownerUrl, name));
    }),
  );
}

/** setupFiles: points this worker's DATABASE_URL and TEST_OWNER_DATABASE_URL at its own database. */
export function pointAtWorkerDatabase(): void {
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  for (const key of ["DATABASE_URL", "TEST_OWNER_DATABASE_URL"] as const) {
    const url = process.env[key];
    if (url && !/_w\d+$/.test(new URL(url).pathname)) process.env[key] = withDatabaseName(url, workerName(url, worker));
  }
}
