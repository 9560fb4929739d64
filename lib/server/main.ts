import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

// The app's web server: Next's request handler for everything, except the live plan's three routes,
// which the same handlers answer without Next's pipeline in front (./live-routes.ts says why).
// Started by `npm start` (lib/cli/serve.ts) with the server-only stub and tsx:
//   node --import ./lib/server/without-server-only.mjs --import tsx lib/server/main.ts --port 3000 --hostname 127.0.0.1
// Told to stop (SIGTERM, SIGINT), it stops taking connections, ends the open plan streams with a
// hint to reconnect (lib/realtime/plan-stream.ts, so a rolling restart moves them elsewhere), lets
// what is in flight finish, and exits; whatever is still open after the grace is cut.

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" }, dev: { type: "boolean" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? "127.0.0.1";
const drainGraceMs = 8_000;

const started = performance.now();
const app = next({ dev: values.dev ?? false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();
const { installRequestObserver } = await import("../observability/request-log");
const { liveRoute, serveLiveRoute } = await import("./live-routes");
const { drainPlanStreams, markPlanStreamsDraining } = await import("../realtime/plan-stream");
installRequestObserver();
// The background jobs (reminders, mail, sealing the audit log): started here, by the server, and
// nowhere else; they use this copy's database client (lib/db.ts).
const { startJobLoop } = await import("../jobs/loop");
const { db } = await import("../db");
startJobLoop(db());
// A municipality without the shipped templates (a database from before they were added at seeding)
// gets them now. Not awaited, and a failure only logged: a server started while the database is
// away must still start and answer with its Danish error page, and the next start adds them.
const { addShippedTemplates } = await import("../domain/templates/shipped");
addShippedTemplates(db()).catch((error: unknown) =>
  console.error(`[server] the shipped templates could not be added now: ${String(error)}`),
);

const server = createServer((request, response) => {
  const live = liveRoute(request);
  if (live) void serveLiveRoute(live, request, response);
  else void handle(request, response);
});
server.listen(port, hostname, () => console.log(` ✓ Ready in ${Math.round(performance.now() - started)}ms`));

let stopping = false;
function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  // First the plan streams (both copies' share one set): each is told to reconnect within half a
  // second and ended, and one asked for from now on only gets that hint. Then no new connections,
  // and the idle ones, which the ended streams' connections become, are closed as they go idle.
  markPlanStreamsDraining();
  const ended = drainPlanStreams();
  if (ended > 0) console.log(`[server] ${signal}: ended ${ended} open plan stream(s) so their browsers reconnect elsewhere`);
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 100).unref();
  setTimeout(() => {
    console.warn(`[server] ${signal}: requests still open after ${drainGraceMs / 1000} s; stopping anyway`);
    process.exit(0);
  }, drainGraceMs).unref();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
