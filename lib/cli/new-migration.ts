import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CliError } from "../cli-error";
import { pendingSchemaChange } from "../migrations/diff";
import { lockFileContent, lockFileName, migrationsDir } from "../migrations/files";
import { runCli } from "./run";

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

runCli(async () => {
  const { values } = parseArgs({ options: { name: { type: "string" } } });
  const name = (values.name ?? "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  if (!name) throw new CliError("Give the migration a name: npm run db:migration -- --name add_rounds");

  const sql = await pendingSchemaChange();
  if (sql === null) {
    console.log("schema.prisma and prisma/migrations already agree; no migration written.");
    return;
  }
  const folder = join(migrationsDir, `${timestamp()}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, "migration.sql"), sql);
  if (!existsSync(join(migrationsDir, lockFileName))) {
    await writeFile(join(migrationsDir, lockFileName), lockFileContent);
  }
  console.log(`Wrote ${join(folder, "migration.sql")}. Apply it with npm run db:migrate.`);
});
