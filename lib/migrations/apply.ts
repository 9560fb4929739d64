import { CliError } from "../cli-error";
import { noExternalObjects, withSchemaEngine } from "./engine";
import { migrationsDir, readMigrationList } from "./files";
import { migrationAdapter } from "./pg-adapter";

/**
 * Applies every pending migration in prisma/migrations to the database, recording them in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does. Returns the names applied now.
 */
export async function applyMigrations(connectionString: string, dir = migrationsDir): Promise<string[]> {
  const migrationsList = await readMigrationList(dir);
  const { factory, close } = migrationAdapter(connectionString);
  try {
    const result = await withSchemaEngine(factory, (engine) => engine.applyMigrations({ migrationsList, filters: noExternalObjects }));
    return result.appliedMigrationNames;
  } catch (error) {
    const lines = (error instanceof Error ? error.message : String(error)).split("\n");
    const detail = lines.find((line) => /error/i.test(line) && !/external connector/i.test(line)) ?? lines[0];
    throw new CliError(`Applying the database migrations failed: ${detail.trim()}`);
  } finally {
    await close();
  }
}
