import pg from "pg";
import { CliError } from "../cli-error";

// The app runs under a role that owns nothing: it may read and write the tables, but the audit
// log only grows. Ownership (and with it ALTER, DISABLE TRIGGER, TRUNCATE) stays with the role
// that runs the migrations. A table the owner must be the only one to change is listed here.
const appendOnlyTables = ["AuditEvent", "AuditSeal", "AuditPrune"];
// Columns of the audit log the database fills itself: an explicit id could later collide with the
// sequence (and fail every audit insert, so every write), an explicit `at` could hold sealing back.
const auditColumnsTheDatabaseFills = ["id", "at"];
// The only way the app's role writes a seal: it checks the seal against the log (the migration
// 20261129233000_audit_hardening).
const sealFunction = "audit_seal_append(bigint, bigint, integer, bytea)";
// The only way an audit row is ever deleted: a whole sealed range, every row older than the period,
// recorded in "AuditPrune" (the migration 20261130080122_retention_audit_round_holds).
const pruneFunction = "audit_prune(bigint, timestamp without time zone)";

/** The user name in a postgresql:// address. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Gives the app's role what it needs on every table the migrations made, and no more: data
 * rights on ordinary tables; on the audit log SELECT, and INSERT of every column but id and at;
 * on the seals SELECT, and sealing through the checking function; on what was pruned SELECT, and
 * pruning through its function; SELECT on the migration
 * history. Run by the owner after each migration, so a new table is covered at once.
 */
export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const role = client.escapeIdentifier(appRole);
    const { rows } = await client.query<{ exists: boolean }>("select exists (select 1 from pg_roles where rolname = $1)", [appRole]);
    if (!rows[0].exists)
      throw new CliError(
        `The database role "${appRole}" (the user in DATABASE_URL) does not exist. Create it first: CREATE ROLE ${role} LOGIN PASSWORD '…';`,
      );
    const present = await client.query<{ tablename: string }>(
      "select tablename from pg_tables where schemaname = 'public' and tablename = any($1)",
      [appendOnlyTables],
    );
    const auditColumns = await client.query<{ attname: string }>(
      `select attname from pg_attribute where attrelid = to_regclass('public."AuditEvent"') and attnum > 0 and not attisdropped
         and attname <> all($1) order by attnum`,
      [auditColumnsTheDatabaseFills],
    );
    const {
      rows: [{ sealing, pruning }],
    } = await client.query<{ sealing: boolean; pruning: boolean }>(
      `select to_regprocedure($1) is not null as sealing, to_regprocedure($2) is not null as pruning`,
      [`public.${sealFunction}`, `public.${pruneFunction}`],
    );
    const statements = [
      `grant usage on schema public to ${role}`,
      `grant select, insert, update, delete on all tables in schema public to ${role}`,
      `grant usage, select on all sequences in schema public to ${role}`,
      // Read-only: a start without the owner's address checks that nothing is pending (deploy.ts).
      `revoke all on table "_prisma_migrations" from ${role}`,
      `grant select on table "_prisma_migrations" to ${role}`,
      ...present.rows.map(({ tablename }) => `revoke update, delete, truncate on table ${client.escapeIdentifier(tablename)} from ${role}`),
      ...(auditColumns.rows.length > 0
        ? [
            `revoke insert on table "AuditEvent" from ${role}`,
            `grant insert (${auditColumns.rows.map(({ attname }) => client.escapeIdentifier(attname)).join(", ")}) on table "AuditEvent" to ${role}`,
          ]
        : []),
      ...(sealing
        ? [`revoke insert on table "AuditSeal" from ${role}`, `grant execute on function public.${sealFunction} to ${role}`]
        : []),
      ...(pruning
        ? [`revoke insert on table "AuditPrune" from ${role}`, `grant execute on function public.${pruneFunction} to ${role}`]
        : []),
    ];
    await client.query("begin");
    for (const statement of statements) await client.query(statement);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** One query on a connection of its own (these checks run once, at start or migration). */
async function queryOnce<Row extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Whether the address's role owns `table` (or belongs to its owner's role), or is a superuser; `ifMissing` when there is no such table yet. */
async function ownsTable(url: string, table: string, ifMissing: boolean): Promise<boolean> {
  const [row] = await queryOnce<{ owns: boolean }>(
    url,
    `
    select coalesce((select pg_has_role(current_user, c.relowner, 'USAGE') from pg_class c where c.oid = to_regclass($1)), $2::boolean)
        or (select rolsuper from pg_roles where rolname = current_user) as owns`,
    [`public."${table}"`, ifMissing],
  );
  return row.owns;
}

/** Whether the role in this address may run the migrations: it owns them, or there are none yet. */
export function ownsMigrations(url: string): Promise<boolean> {
  return ownsTable(url, "_prisma_migrations", true);
}

/** The migrations in `names` the database has not finished applying, read without any right to change them. */
export async function unappliedMigrations(url: string, names: string[]): Promise<string[]> {
  const rows = await queryOnce<{ migration_name: string }>(
    url,
    `select migration_name from "_prisma_migrations" where finished_at is not null and rolled_back_at is null`,
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  return names.filter((name) => !applied.has(name));
}

/**
 * Whether the role in this address could rewrite the audit log: it owns the table, belongs to
 * the owner's role, or is a superuser. Such a role makes "append-only" a promise of the code
 * alone, which is worth a warning at start.
 */
export function canRewriteAuditLog(url: string): Promise<boolean> {
  return ownsTable(url, "AuditEvent", false);
}
