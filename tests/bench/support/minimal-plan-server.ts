import { createServer, type ServerResponse } from "node:http";
import pg from "pg";
import * as Y from "yjs";

// The floor bench:plans compares the app with: the same storage work per update in as little code
// as Node allows. A plain http server and one pg pool (as large as the app's) on the same database
// and plans: lock the plan row, merge the update into the stored Yjs state, insert it into
// PlanUpdate, store the merged state, NOTIFY, commit, answer; a LISTEN connection passes each
// notification to the plan's server-sent-events streams. No sessions, no policy, no framework:
// what is left is what any design has to pay. Started by tests/bench/plan-pairs-50.ts as a child
// process (so its CPU is measured as the app's is): DATABASE_URL, PORT, DATABASE_POOL_MAX.

const channel = "bench_minimal_plan";
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
// Each stream with the tab it serves: an update is not sent back to the tab that sent it.
const streams = new Map<string, Map<ServerResponse, string>>();

const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
await listener.connect();
await listener.query(`listen ${channel}`);
listener.on("notification", (message) => {
  const payload = message.payload ?? "";
  const [planId, seq, author, update, tab] = payload.split(":");
  const event = `event: update\ndata: ${JSON.stringify({ seq, author, update })}\n\n`;
  for (const [response, reader] of streams.get(planId) ?? []) if (!tab || reader !== tab) response.write(event);
});

async function store(planId: string, authorId: string, update: Buffer, tab: string): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const { rows } = await client.query<{ state: Buffer }>(`select state from "Plan" where id = $1::uuid for update`, [planId]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, rows[0].state);
    Y.applyUpdate(doc, update);
    const [added] = (
      await client.query<{ id: string }>(
        `insert into "PlanUpdate" ("planId", "authorId", data) values ($1::uuid, $2::uuid, $3) returning id`,
        [planId, authorId, update],
      )
    ).rows;
    await client.query(`update "Plan" set state = $2, "updatedAt" = now() where id = $1::uuid`, [
      planId,
      Buffer.from(Y.encodeStateAsUpdate(doc)),
    ]);
    await client.query(`select pg_notify($1, $2)`, [channel, `${planId}:${added.id}:${authorId}:${update.toString("base64")}:${tab}`]);
    await client.query("commit");
    return added.id;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const [, plans, planId, what] = url.pathname.split("/");
  if (plans !== "plans" || !planId) return void response.writeHead(404).end();
  if (request.method === "POST" && what === "updates") {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      store(planId, url.searchParams.get("author") ?? "", Buffer.concat(chunks), url.searchParams.get("klient") ?? "").then(
        (seq) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ seq })),
        (error) => response.writeHead(500).end(String(error)),
      );
    });
    return;
  }
  if (request.method === "GET" && what === "stream") {
    void pool.query<{ state: Buffer }>(`select state from "Plan" where id = $1::uuid`, [planId]).then(({ rows }) => {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
      response.write(`event: state\ndata: ${JSON.stringify({ state: rows[0].state.toString("base64") })}\n\n`);
      const set = streams.get(planId) ?? new Map<ServerResponse, string>();
      set.set(response, url.searchParams.get("klient") ?? "");
      streams.set(planId, set);
      request.on("close", () => set.delete(response));
    });
    return;
  }
  response.writeHead(404).end();
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
