import { CliError } from "../cli-error";
import { applyMigrations } from "./apply";
import { grantAppRole, roleOf } from "./app-role";

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/**
 * Migrates the app's database. With a separate owner's address the migrations run as the owner
 * and the app's role is then granted its rights; without one, the app's own role migrates (the
 * embedded database, a developer's Postgres).
 */
export async function deployMigrations(appUrl: string, ownerUrl?: string): Promise<string[]> {
  if (!ownerUrl) return applyMigrations(appUrl);
  if (databaseName(ownerUrl) !== databaseName(appUrl)) {
    throw new CliError(`MIGRATION_DATABASE_URL names the database "${databaseName(ownerUrl)}" and DATABASE_URL "${databaseName(appUrl)}": both must name the same one.`);
  }
  const applied = await applyMigrations(ownerUrl);
  if (roleOf(ownerUrl) !== roleOf(appUrl)) await grantAppRole(ownerUrl, roleOf(appUrl));
  return applied;
}
