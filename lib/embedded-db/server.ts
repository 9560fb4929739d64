import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { CliError } from "../cli-error";
import { lockDataDir } from "./lock";

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
};

// The app's server process holds three: Next's pool of one, the live-plan server's pool of one
// (lib/server) and the plan hub's LISTEN connection. Migrations and the seed connect and disconnect
// before it; a little headroom stops a closing connection from refusing the next. The socket
// server runs one connection's transaction at a time, so more connections never interleave one.
const maxConnections = 5;

/**
 * Serves a PGlite database kept in `<dataDir>/pgdata` as a Postgres server on a free local port,
 * so the app and the CLI reach it with the same driver (node-postgres) as a real server.
 */
export async function startEmbeddedDatabase(dataDir: string, beforeOpen?: () => Promise<void>): Promise<EmbeddedDatabase> {
  const absoluteDir = resolve(dataDir);
  const lock = lockDataDir(absoluteDir);
  // Cheap checks (a taken port) run once the folder is ours but before the seconds PGlite takes to open.
  try {
    await beforeOpen?.();
  } catch (error) {
    lock.release();
    throw error;
  }
  const pgdata = join(absoluteDir, "pgdata");
  const existed = existsSync(join(pgdata, "PG_VERSION"));
  let database: PGlite;
  try {
    database = await PGlite.create(pgdata);
    await database.query("select 1");
  } catch (error) {
    lock.release();
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new CliError(
      existed
        ? `The embedded database in ${pgdata} could not be opened (${detail}); it may be damaged. Move the folder ${absoluteDir} aside (or delete it to start over with fresh demo data) and run npm start again.`
        : `Could not create the embedded database in ${pgdata} (${detail}). Check that the folder is writable.`,
    );
  }
  const server = new PGLiteSocketServer({ db: database, host: "127.0.0.1", port: 0, maxConnections });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await database.close();
      lock.release();
    },
  };
}
