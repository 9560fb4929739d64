import { CliError } from "../cli-error";
import { applyMigrations } from "./apply";
import { grantAppRole, ownsMigrations, roleOf, unappliedMigrations } from "./app-role";
import { migrationsDir, readMigrationList } from "./files";

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/**
 * Migrates the app's database. With a separate owner's address the migrations run as the owner
 * and the app's role is then granted its rights; without one, the app's own role migrates when it
 * owns the tables (the embedded database, a developer's Postgres), and otherwise only checks that
 * nothing is pending: the owner migrated in a deploy step of its own, and the app never holds the
 * owner's password.
 */
export async function deployMigrations(appUrl: string, ownerUrl?: string, dir = migrationsDir): Promise<string[]> {
  if (!ownerUrl) {
    if (await ownsMigrations(appUrl)) return applyMigrations(appUrl, dir);
    const names = (await readMigrationList(dir)).migrationDirectories.map((migration) => migration.path);
    const pending = await unappliedMigrations(appUrl, names);
    if (pending.length > 0) {
      throw new CliError(
        `The database lacks ${pending.length} migration(s) (${pending.join(", ")}), and the role in DATABASE_URL may not apply them. Run \`npm run db:migrate\` with MIGRATION_DATABASE_URL set to the owner's address first.`,
      );
    }
    return [];
  }
  if (databaseName(ownerUrl) !== databaseName(appUrl)) {
    throw new CliError(
      `MIGRATION_DATABASE_URL names the database "${databaseName(ownerUrl)}" and DATABASE_URL "${databaseName(appUrl)}": both must name the same one.`,
    );
  }
  const applied = await applyMigrations(ownerUrl, dir);
  if (roleOf(ownerUrl) !== roleOf(appUrl)) await grantAppRole(ownerUrl, roleOf(appUrl));
  return applied;
}
