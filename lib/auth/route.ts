import "server-only";
import { env } from "@/lib/env";
import type { SessionActor } from "./current";
import { actorFromCookieHeader } from "./request-actor";
import { recordRefusal } from "@/lib/audit/refusal";
import { signInPath } from "./callback-url";
import { AccessDenied } from "./guard";

// Route handlers get no CSRF protection from Next (server actions do), so every state-changing
// request must come from our own origin. Every handler authenticates here too, from the request
// alone: the live plan's routes are also served outside Next (lib/server/live-routes.ts).

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSameOrigin(request: Request, appUrl = env().NEXTAUTH_URL): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const expected = appUrl ? new URL(appUrl).origin : new URL(request.url).origin;
  return origin === expected;
}

/**
 * A download opened from a link (a PDF under /runder, the access report) by someone signed out
 * goes to sign-in and back, as a page does; what scripts call under /api is answered with 401.
 */
function signedOut(request: Request): Response {
  const url = new URL(request.url);
  if (request.method !== "GET" || url.pathname.startsWith("/api/")) return Response.json({ error: "not signed in" }, { status: 401 });
  return new Response(null, { status: 307, headers: { Location: signInPath(url.pathname + url.search) } });
}

type Handler<P> = (context: { actor: SessionActor; request: Request; params: P }) => Promise<Response>;

/** `activity: false` for what a page sends by itself (presence, the live stream): it does not keep the session from going idle. */
export function defineRoute<P = Record<string, string>>(handler: Handler<P>, { activity = true }: { activity?: boolean } = {}) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    if (!safeMethods.has(request.method) && !isSameOrigin(request)) {
      return Response.json({ error: "cross-origin request refused" }, { status: 403 });
    }
    const actor = await actorFromCookieHeader(request.headers.get("cookie"), { activity });
    if (!actor) return signedOut(request);
    try {
      return await handler({ actor, request, params: await context.params });
    } catch (error) {
      if (error instanceof AccessDenied) {
        await recordRefusal(actor.id, `${request.method} ${new URL(request.url).pathname}`);
        return Response.json({ error: "not found" }, { status: 404 });
      }
      throw error;
    }
  };
}
