import { applyMigrations } from "../migrations/apply";
import { withDatabaseTarget } from "./database-target";
import { runCli } from "./run";

runCli(async () => {
  await withDatabaseTarget(async ({ url, embedded }) => {
    const applied = await applyMigrations(url);
    const where = embedded ? "the embedded database" : "DATABASE_URL";
    console.log(
      applied.length === 0
        ? `No pending migrations on ${where}.`
        : `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}`,
    );
  });
});
