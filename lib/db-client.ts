import { PrismaPg } from "@prisma/adapter-pg";
import { createHash } from "node:crypto";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";

export type Database = PrismaClient;
/** The client inside `$transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * Plain SQL with $1, $2 … parameters, for statements written out by hand (rows as returned).
 * `prepared`: a statement of fixed text run very often (a keystroke's), prepared once per pooled
 * connection and planned from then on without parsing it again (ignored inside Prisma).
 */
export type Sql = <Row>(text: string, values?: unknown[], options?: { prepared?: boolean }) => Promise<Row[]>;

// Named after their text, so each connection prepares a statement once. Only fixed texts may be
// prepared: every name stays prepared on its connection for as long as the connection lives.
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `mus_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`));
  return name;
}
const preparing = new WeakSet<pg.Pool>();
const pgQuery = (pool: pg.Pool, text: string, values: unknown[], options?: { prepared?: boolean }) =>
  options?.prepared && preparing.has(pool) ? { name: statementName(text), text, values } : { text, values };

type NotificationHandler = (message: pg.Notification) => void;
// On globalThis: Next may bundle this module into several chunks of one server process, and a
// client made by one copy must be known to the others (the plan's stream runs in another chunk).
// `anyPool` hears every client's connections: the live-plan server (lib/server) and Next's bundles
// each make a client of their own in one process, and the process's one plan hub hears both.
type Registry = {
  pools: WeakMap<Database, pg.Pool>;
  notificationHandlers: WeakMap<Database, Set<NotificationHandler>>;
  anyPool?: Set<NotificationHandler>;
};
const registry = ((globalThis as unknown as { prismaClientRegistry?: Registry }).prismaClientRegistry ??= {
  pools: new WeakMap(),
  notificationHandlers: new WeakMap(),
});
const { pools, notificationHandlers } = registry;
const anyPool = (registry.anyPool ??= new Set());

/** A PrismaClient on node-postgres. Used by the app (through lib/db.ts), the CLI and the tests alike. */
/**
 * `prepareStatements`: statements run with `{ prepared: true }` are prepared once per connection.
 * Never on the embedded database: its connections share one session, and so one set of names.
 */
export function createPrismaClient(
  connectionString: string,
  poolMax = 10,
  { prepareStatements = false }: { prepareStatements?: boolean } = {},
): Database {
  const pool = new pg.Pool({ connectionString, max: poolMax, connectionTimeoutMillis: 5_000 });
  if (prepareStatements) preparing.add(pool);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  // An idle pooled connection that the database ends (a restart, a dropped network path) is an
  // "error" on the pool; unheard, it would end the whole process. The pool has already dropped it
  // and makes a new one when asked.
  pool.on("error", (error) => console.error(`[db] an idle pooled connection was lost: ${error.message}`));
  const handlers = new Set<NotificationHandler>();
  // The embedded database (PGlite behind its socket server) is one Postgres session shared by
  // every connection: a NOTIFY comes back, after commit, on the connection that sent it, not on
  // the one that ran LISTEN. Passing on what the pool's own connections receive makes it reach
  // the listeners anyway. On a real server the pool's connections never LISTEN and receive nothing.
  // A handler that throws is caught here: the event runs inside pg's message parser, and an
  // exception there would leave the connection's own query unanswered for good.
  pool.on("connect", (connection) =>
    connection.on("notification", (message) => {
      for (const handler of [...handlers, ...anyPool]) {
        try {
          handler(message);
        } catch (error) {
          console.error(`[db] a notification handler failed: ${String(error)}`);
        }
      }
    }),
  );
  pools.set(client, pool);
  notificationHandlers.set(client, handlers);
  return client;
}

/** Calls `handler` with every notification that arrives on one of the client's pooled connections. */
export function onPoolNotification(database: Database, handler: NotificationHandler): () => void {
  const handlers = notificationHandlers.get(database);
  if (!handlers) throw new Error("not a client made by createPrismaClient");
  handlers.add(handler);
  return () => handlers.delete(handler);
}

/** Calls `handler` with every notification that arrives on a pooled connection of any client made in this process. */
export function onAnyPoolNotification(handler: NotificationHandler): () => void {
  anyPool.add(handler);
  return () => anyPool.delete(handler);
}

/** Plain SQL inside a Prisma transaction (or, given the client itself, outside one). */
export const sqlIn =
  (tx: Pick<Transaction, "$queryRawUnsafe">): Sql =>
  (text, values = []) =>
    tx.$queryRawUnsafe(text, ...values);

/**
 * One transaction straight on the client's connection pool, without Prisma's query layer. For the
 * plan's keystroke path, where Prisma's per-statement cost was most of the server's time
 * (measured: 3.8 ms CPU per stored update with Prisma, 1.7 ms like this), and for the audit
 * sealer, which reads thousands of rows per batch and keeps no Prisma transaction timeout.
 */
export async function withSqlTransaction<T>(database: Database, work: (sql: Sql) => Promise<T>): Promise<T> {
  const pool = pools.get(database);
  if (!pool) throw new Error("not a client made by createPrismaClient");
  const client = await pool.connect();
  try {
    await client.query("begin");
    const result = await work(
      async <Row>(text: string, values: unknown[] = [], options?: { prepared?: boolean }) =>
        (await client.query(pgQuery(pool, text, values, options))).rows as Row[],
    );
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** One statement straight on the client's pool, without Prisma's query layer (see withSqlTransaction). */
export function sqlOn(database: Database): Sql {
  const pool = pools.get(database);
  if (!pool) throw new Error("not a client made by createPrismaClient");
  return async <Row>(text: string, values: unknown[] = [], options?: { prepared?: boolean }) =>
    (await pool.query(pgQuery(pool, text, values, options))).rows as Row[];
}
