import { Readable } from "node:stream";
import type { IncomingMessage, ServerResponse } from "node:http";
import { POST as postUpdate } from "@/app/api/planer/[id]/opdateringer/route";
import { GET as openStream } from "@/app/api/planer/[id]/strom/route";
import { POST as postPresence } from "@/app/api/planer/[id]/tilstede/route";
import { securityHeaders } from "@/lib/http/security-headers";

// The live plan's three routes (a keystroke's update, the stream, presence), answered by the same
// route handlers as under Next but handed the request directly by the app's Node server.
//
// Why: a keystroke is the app's most frequent request by far (two people typing send several a
// second per conversation), and measured with `npm run bench:plans` on 50 pairs, Next's request
// pipeline cost about two thirds of the server's CPU per stored update (4.6 ms against 1.5 ms for a
// minimal server doing the same storage work) and put a long tail on the other screen. The
// handlers are the same modules, so authentication (defineRoute: same origin, session cookie,
// the one policy) and the body caps do not change; only the way in does.

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const routes: Record<string, Partial<Record<string, Handler>>> = {
  opdateringer: { POST: postUpdate },
  strom: { GET: openStream },
  tilstede: { POST: postPresence },
};
const livePath = /^\/api\/planer\/([^/?#]+)\/(opdateringer|strom|tilstede)(?:\?|$)/;
export type LiveRoute = { handler: Handler; id: string } | { refused: 405; allow: string };

// Headers a handler's Response may not decide for Node's response (as Next's own sending drops
// them): the length and the encoding are Node's to write.
const dropped = new Set(["content-length", "content-encoding", "transfer-encoding"]);
/** A stream whose reader stopped reading is ended past this much unsent: it reconnects and starts from the whole state. */
const maxUnsentBytes = 4 * 1024 * 1024;

/**
 * The handler for this request, if it is one of the live plan's; a method the route does not have
 * is refused here (Next would answer HEAD with the GET handler, opening a stream no one reads);
 * anything else is Next's.
 */
export function liveRoute(request: Pick<IncomingMessage, "url" | "method">): LiveRoute | null {
  const match = livePath.exec(request.url ?? "");
  if (!match) return null;
  const methods = routes[match[2]];
  const handler = methods[request.method ?? ""];
  if (!handler) return { refused: 405, allow: Object.keys(methods).join(", ") };
  try {
    return { handler, id: decodeURIComponent(match[1]) };
  } catch {
    return null; // a malformed escape: Next answers it
  }
}

function webRequest(request: IncomingMessage, signal: AbortSignal): Request {
  const headers = new Headers();
  for (let i = 0; i < request.rawHeaders.length; i += 2) headers.append(request.rawHeaders[i], request.rawHeaders[i + 1]);
  let url: URL;
  try {
    url = new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`);
  } catch {
    url = new URL(request.url ?? "/", "http://localhost"); // a Host that is no host name; the origin check refuses what needs one
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(url, {
    method: request.method,
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  } as RequestInit);
}

/** Writes a web Response to Node's response, streaming its body; a reader gone cancels the body. */
async function send(response: Response, out: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie" && !dropped.has(key)) headers[key] = value;
  });
  for (const { key, value } of securityHeaders) headers[key.toLowerCase()] = value;
  // A stopping server has said "connection: close" already (lib/observability/request-log.ts).
  if (out.getHeader("connection")) delete headers.connection;
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  out.writeHead(response.status, headers);
  if (!response.body) return void out.end();
  const reader = response.body.getReader();
  out.once("close", () => void reader.cancel().catch(() => undefined));
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (out.destroyed) continue; // the cancel above ends the loop
    // Written at once: a stream's event must reach the other screen now, not with the next one.
    out.write(value);
    if (out.writableLength > maxUnsentBytes) out.destroy();
  }
  out.end();
}

/** Answers one live-plan request found by `liveRoute`. */
export async function serveLiveRoute(route: LiveRoute, request: IncomingMessage, out: ServerResponse): Promise<void> {
  if ("refused" in route) {
    out.writeHead(route.refused, { allow: route.allow, "cache-control": "no-store" }).end();
    return;
  }
  const aborted = new AbortController();
  // Only a connection that went away before the answer was done aborts (a stream's reader leaving);
  // an abort makes a DOMException, which is not free on every keystroke.
  out.once("close", () => !out.writableFinished && aborted.abort());
  try {
    const response = await route.handler(webRequest(request, aborted.signal), { params: Promise.resolve({ id: route.id }) });
    await send(response, out);
  } catch (error) {
    // A sender that went away mid-request is no fault of the server's and is not logged.
    if (!aborted.signal.aborted) console.error(`[live-plan] ${request.method} ${request.url?.split("?")[0]} failed:`, error);
    if (!out.headersSent)
      out
        .writeHead(500, { "content-type": "application/json", "cache-control": "no-store" })
        .end(JSON.stringify({ error: "internal error" }));
    else out.destroy(); // a body cut short must not look finished
  }
}
