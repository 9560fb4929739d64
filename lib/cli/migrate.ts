import { env } from "../env";
import { deployMigrations } from "../migrations/deploy";
import { withDatabaseTarget } from "./database-target";
import { runCli } from "./run";

runCli(async () => {
  await withDatabaseTarget(async ({ url, embedded }) => {
    const applied = await deployMigrations(url, embedded ? undefined : env().MIGRATION_DATABASE_URL);
    const where = embedded ? "the embedded database" : "DATABASE_URL";
    console.log(
      applied.length === 0
        ? `No pending migrations on ${where}.`
        : `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}`,
    );
  });
});
