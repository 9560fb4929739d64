import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { env } from "@/lib/env";
import { foregroundRequestStarted } from "@/lib/server/foreground";
import { jsonLog } from "./json-log";
import { recordRequest } from "./metrics";
import { routeMatcher } from "./route-template";

// Every request this process answers, counted for /api/metrics and, with LOG_FORMAT=json, logged
// as one JSON line: a request id (the proxy's X-Request-Id when it sends a sane one, else a new
// one; echoed in the response), the method, the route's template, the status and the time taken.
// Never the query, the client's address, a cookie or an id from the path: nothing about a person.
//
// `next start` offers no hook around every request (proxy.ts sees neither the status nor the
// API routes), so this listens where Node's http server hands each request to Next.

const sane = /^[A-Za-z0-9._-]{1,64}$/;

export type RequestLine = {
  time: string;
  kind: "request";
  requestId: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  aborted?: true;
};

function builtRoutes(): string[] {
  try {
    return Object.values(
      JSON.parse(readFileSync(join(process.cwd(), ".next", "app-path-routes-manifest.json"), "utf8")) as Record<string, string>,
    );
  } catch {
    return []; // not built (tests): every path is "(other)"
  }
}

const stopping = globalThis as unknown as { musStopping?: boolean };

/** Watches one request to its end; what `installRequestObserver` does for each. */
export function observeRequest(
  request: IncomingMessage,
  response: ServerResponse,
  routeOf: (pathname: string) => string,
  json: boolean,
): void {
  const started = process.hrtime.bigint();
  // Once told to stop, every answer closes its connection: Node closes only the connections idle
  // at that moment, and a proxy that keeps connections open (nginx's upstream keepalive) would
  // otherwise go on sending requests, and reconnecting plan streams, to this process.
  if (stopping.musStopping && !response.headersSent) response.setHeader("connection", "close");
  const given = request.headers["x-request-id"];
  const requestId = typeof given === "string" && sane.test(given) ? given : randomUUID();
  if (!response.headersSent) response.setHeader("x-request-id", requestId);
  // Not counted as someone waiting: the live plan's stream (open while the plan is) and HR's ZIP
  // exports themselves (two at once would otherwise make each other give way before every file).
  const ended = /\/strom(\?|$)|^\/api\/hr\/eksport(\?|$)/.test(request.url ?? "") ? () => undefined : foregroundRequestStarted();
  let done = false;
  const finish = (aborted: boolean) => {
    if (done) return;
    done = true;
    ended();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    let pathname = "/";
    try {
      pathname = new URL(request.url ?? "/", "http://app").pathname;
    } catch {
      // a malformed request target counts as "/"
    }
    const method = request.method ?? "GET";
    const route = routeOf(pathname);
    recordRequest(method, route, response.statusCode, seconds);
    if (json) {
      const line: RequestLine = {
        time: new Date().toISOString(),
        kind: "request",
        requestId,
        method,
        route,
        status: response.statusCode,
        durationMs: Math.round(seconds * 10_000) / 10,
      };
      if (aborted) line.aborted = true;
      jsonLog(line);
    }
  };
  response.once("finish", () => finish(false));
  response.once("close", () => finish(!response.writableFinished));
}

/** Hooks every http server of this process, once, and notes when the process is told to stop. */
export function installRequestObserver(): void {
  const flag = globalThis as unknown as { musRequestObserver?: boolean };
  if (flag.musRequestObserver) return;
  flag.musRequestObserver = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => (stopping.musStopping = true));
  const routeOf = routeMatcher(builtRoutes());
  const json = env().LOG_FORMAT === "json";
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") observeRequest(args[0] as IncomingMessage, args[1] as ServerResponse, routeOf, json);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof Server.prototype.emit;
}
