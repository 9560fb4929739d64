import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";

export type Database = PrismaClient;
/** The client inside `$transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** Plain SQL with $1, $2 … parameters, for statements written out by hand (rows as returned). */
export type Sql = <Row>(text: string, values?: unknown[]) => Promise<Row[]>;

type NotificationHandler = (message: pg.Notification) => void;
// On globalThis: Next may bundle this module into several chunks of one server process, and a
// client made by one copy must be known to the others (the plan's stream runs in another chunk).
// `anyPool` hears every client's connections: the live-plan server (lib/server) and Next's bundles
// each make a client of their own in one process, and the process's one plan hub hears both.
type Registry = { pools: WeakMap<Database, pg.Pool>; notificationHandlers: WeakMap<Database, Set<NotificationHandler>>; anyPool?: Set<NotificationHandler> };
const registry = ((globalThis as unknown as { prismaClientRegistry?: Registry }).prismaClientRegistry ??= { pools: new WeakMap(), notificationHandlers: new WeakMap() });
const { pools, notificationHandlers } = registry;
const anyPool = (registry.anyPool ??= new Set());

/** A PrismaClient on node-postgres. Used by the app (through lib/db.ts), the CLI and the tests alike. */
export function createPrismaClient(connectionString: string, poolMax = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolMax, connectionTimeoutMillis: 5_000 });
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
export const sqlIn = (tx: Pick<Transaction, "$queryRawUnsafe">): Sql => (text, values = []) => tx.$queryRawUnsafe(text, ...values);

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
    const result = await work(async <Row,>(text: string, values: unknown[] = []) => (await client.query(text, values)).rows as Row[]);
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
  return async <Row,>(text: string, values: unknown[] = []) => (await pool.query(text, values)).rows as Row[];
}
