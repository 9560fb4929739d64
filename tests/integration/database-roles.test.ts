import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canRewriteAuditLog, roleOf } from "@/lib/migrations/app-role";
import { deployMigrations } from "@/lib/migrations/deploy";
import { scratchDatabaseUrl } from "../support/scratch-database";

// The app runs under a role that owns no table (DATABASE_URL, as in the whole test run); the
// migrations run as the owner (TEST_OWNER_DATABASE_URL). The audit log must only grow for the
// app, whatever SQL it sends, and for the owner the append-only triggers still stand.

const appUrl = process.env.DATABASE_URL!;
const ownerUrl = process.env.TEST_OWNER_DATABASE_URL!;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

let app: pg.Client;
let owner: pg.Client;
beforeAll(async () => {
  app = await connect(appUrl);
  owner = await connect(ownerUrl);
});
afterAll(async () => {
  await app.end();
  await owner.end();
});

async function anEvent(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `insert into "AuditEvent" (action, "resourceKind") values ('person.read', 'person') returning id::text`,
  );
  return rows[0].id;
}

describe("the app's database role", () => {
  it("is not the owner: the test run uses two roles", () => {
    expect(roleOf(appUrl)).not.toBe(roleOf(ownerUrl));
  });

  it("writes and reads the audit log, and the data tables", async () => {
    const id = await anEvent(app);
    expect((await app.query(`select 1 from "AuditEvent" where id = $1`, [id])).rowCount).toBe(1);
    await expect(app.query(`update "Municipality" set name = name`)).resolves.toBeDefined();
  });

  it.each([
    ["change an entry", (id: string) => `update "AuditEvent" set action = 'x' where id = ${id}`],
    ["delete an entry", (id: string) => `delete from "AuditEvent" where id = ${id}`],
    ["empty the log", () => `truncate table "AuditEvent"`],
    ["empty it by a cascade", () => `truncate table "Person" cascade`],
    ["switch off its guard", () => `alter table "AuditEvent" disable trigger all`],
    ["drop its guard", () => `drop trigger audit_event_no_truncate on "AuditEvent"`],
    ["drop the log", () => `drop table "AuditEvent" cascade`],
    ["bypass triggers for its session", () => `set session_replication_role = replica`],
    ["rewrite the migration history", () => `delete from "_prisma_migrations"`],
  ])("cannot %s", async (_what, statement) => {
    const id = await anEvent(app);
    await expect(app.query(statement(id))).rejects.toThrow(/permission denied|must be owner|must be superuser/);
    expect((await owner.query(`select 1 from "AuditEvent" where id = $1 and action = 'person.read'`, [id])).rowCount).toBe(1);
  });

  it("is told apart from an owner at start", async () => {
    expect(await canRewriteAuditLog(appUrl)).toBe(false);
    expect(await canRewriteAuditLog(ownerUrl)).toBe(true);
  });
});

describe("the owner", () => {
  it("still meets the append-only triggers: no change, delete or TRUNCATE, not even by a cascade", async () => {
    const id = await anEvent(owner);
    await expect(owner.query(`update "AuditEvent" set action = 'x' where id = $1`, [id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(owner.query(`delete from "AuditEvent" where id = $1`, [id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(owner.query(`truncate table "AuditEvent"`)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(owner.query(`truncate table "Person" cascade`)).rejects.toThrow(/cannot be changed or deleted/);
    expect((await owner.query(`select 1 from "AuditEvent" where id = $1`, [id])).rowCount).toBe(1);
  });
});

describe("migrating as the owner for an app role", () => {
  it("grants a new app role its rights on a fresh database, and again when run twice", async () => {
    const ownerOfScratch = await scratchDatabaseUrl("roles");
    const appOfScratch = new URL(ownerOfScratch);
    appOfScratch.username = roleOf(appUrl);
    expect((await deployMigrations(appOfScratch.toString(), ownerOfScratch)).length).toBeGreaterThan(5);
    expect(await deployMigrations(appOfScratch.toString(), ownerOfScratch)).toEqual([]);
    const client = await connect(appOfScratch.toString());
    try {
      await anEvent(client);
      await expect(client.query(`delete from "AuditEvent"`)).rejects.toThrow(/permission denied/);
      // The database stamps id and at, and a seal goes in only through the function that checks it.
      await expect(
        client.query(`insert into "AuditEvent" (at, action, "resourceKind") values ('3000-01-01', 'person.read', 'person')`),
      ).rejects.toThrow(/permission denied/);
      await expect(
        client.query(`insert into "AuditEvent" (id, action, "resourceKind") values (9223372036854775807, 'person.read', 'person')`),
      ).rejects.toThrow(/permission denied/);
      await expect(
        client.query(`insert into "AuditSeal" ("afterId", "upToId", count, hash) values (0, 1, 1, $1)`, [Buffer.alloc(32)]),
      ).rejects.toThrow(/permission denied/);
      await expect(client.query(`select audit_seal_append(0, 9223372036854775807, 1, $1)`, [Buffer.alloc(32)])).rejects.toThrow(
        /must end at an existing audit row/,
      );
    } finally {
      await client.end();
    }
  });

  it("lets the app's role alone check that nothing is pending, and name what is, without migrating", async () => {
    const { migrationsDir, readMigrationList } = await import("@/lib/migrations/files");
    expect(await deployMigrations(appUrl)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "mus-pending-"));
    cpSync(migrationsDir, dir, { recursive: true });
    mkdirSync(join(dir, "29991231000000_later"));
    writeFileSync(join(dir, "29991231000000_later", "migration.sql"), `create table "Later" (id int);`);
    expect((await readMigrationList(dir)).migrationDirectories.at(-1)?.path).toBe("29991231000000_later");
    await expect(deployMigrations(appUrl, undefined, dir)).rejects.toThrow(
      /lacks 1 migration\(s\) \(29991231000000_later\).*MIGRATION_DATABASE_URL/,
    );
    expect((await owner.query(`select to_regclass('public."Later"') as t`)).rows[0].t).toBeNull();
  });

  it("refuses two addresses naming different databases, and an app role that does not exist", async () => {
    const other = new URL(appUrl);
    other.pathname = "/somewhere_else";
    await expect(deployMigrations(other.toString(), ownerUrl)).rejects.toThrow(/both must name the same one/);
    const ghost = new URL(appUrl);
    ghost.username = "no_such_role";
    await expect(deployMigrations(ghost.toString(), ownerUrl)).rejects.toThrow(/"no_such_role" .* does not exist/);
  });
});
