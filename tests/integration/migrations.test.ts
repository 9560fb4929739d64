import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/migrations/apply";
import { pendingSchemaChange } from "@/lib/migrations/diff";
import { migrationsDir } from "@/lib/migrations/files";
import { scratchDatabaseUrl } from "../support/scratch-database";

async function tableNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "select tablename from pg_tables where schemaname = 'public' order by tablename",
    );
    return rows.map((row) => row.tablename);
  } finally {
    await client.end();
  }
}

function migrationsFolder(migrations: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "mus-migrations-"));
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "migration.sql"), sql);
  }
  writeFileSync(join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  return dir;
}

describe("migrations", () => {
  it("agree with schema.prisma: the engine's diff between them is empty", async () => {
    expect(await pendingSchemaChange()).toBeNull();
  });

  it("apply every migration to an empty Postgres once, and nothing the second time", async () => {
    const url = await scratchDatabaseUrl("migrate");
    const all = readdirSync(migrationsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(await applyMigrations(url)).toHaveLength(all.length);
    expect(await applyMigrations(url)).toEqual([]);
    expect(await tableNames(url)).toEqual(
      expect.arrayContaining(["Municipality", "Unit", "Person", "RoleAssignment", "_prisma_migrations"]),
    );
  });

  it("run a script whole, so semicolons in comments and function bodies do no harm", async () => {
    const url = await scratchDatabaseUrl("script");
    const dir = migrationsFolder({
      "20260101000000_function": [
        "-- a comment; with a semicolon",
        "CREATE TABLE note (body text);",
        "CREATE FUNCTION shout(t text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN upper(t); END $$;",
      ].join("\n"),
    });
    expect(await applyMigrations(url, dir)).toEqual(["20260101000000_function"]);
    expect(await tableNames(url)).toContain("note");
  });

  it("stop at a failing migration with one clear line, leaving nothing of it behind", async () => {
    const url = await scratchDatabaseUrl("failing");
    const dir = migrationsFolder({
      "20260101000000_good": "CREATE TABLE kept (id int);",
      "20260102000000_bad": "CREATE TABLE half (id int);\nCREATE TABLE broken (id nosuchtype);",
    });
    await expect(applyMigrations(url, dir)).rejects.toThrowError(/Applying the database migrations failed: .*nosuchtype/);
    const tables = await tableNames(url);
    expect(tables).toContain("kept");
    expect(tables).not.toContain("half");
  });
});
