import { NextResponse, type NextRequest } from "next/server";
import { appUrl, env } from "@/lib/env";
import { canonicalRedirect } from "@/lib/http/canonical-address";
import { contentSecurityPolicy, createNonce } from "@/lib/http/content-security-policy";
import { requestPathHeader } from "@/lib/http/request-path-header";

// Next's request proxy, for two things (and the headers made per request: the Content-Security-Policy
// with its fresh nonce, HSTS over https) and never for access: a page asked for on another host
// name of this server goes to the same page on the app's one address, before anyone signs in
// there (lib/http/canonical-address.ts); and the page's own path is passed on, so that signing in
// returns a person to exactly the page they asked for, even when a layout sent them to sign in.

// Each host name that gets redirected is logged once: a proxy that passes no public name on
// shows up in the log instead of only as "too many redirects" in someone's browser.
const loggedHosts = new Set<string>();

export function proxy(request: NextRequest) {
  const url = new URL(request.url);
  const target = canonicalRedirect(request.method, url, request.headers, appUrl());
  if (target) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "";
    if (loggedHosts.size < 100 && !loggedHosts.has(host)) {
      loggedHosts.add(host);
      console.warn(
        `[address] a page was asked for on ${host}; sending it to ${target.origin} (NEXTAUTH_URL). Behind a proxy, pass the public host name on as Host or X-Forwarded-Host.`,
      );
    }
    return NextResponse.redirect(target, 307);
  }
  // A client-side navigation's cache key is not part of the page's address.
  if (url.searchParams.has("_rsc")) url.searchParams.delete("_rsc");
  const headers = new Headers(request.headers);
  headers.set(requestPathHeader, url.pathname + url.search);
  // On the request too: that copy is where Next finds the nonce to put on its own scripts.
  const policy = contentSecurityPolicy(createNonce(), env().NODE_ENV === "development");
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  // Served over https, the browser is told to use nothing else for this host for a year.
  if (appUrl().startsWith("https://")) response.headers.set("Strict-Transport-Security", "max-age=31536000");
  return response;
}

// Everything but API routes and built assets: API routes are reached from pages already on the
// one address (or by a load balancer's health check by IP), and the plan's keystroke path should
// not pay for a proxy hop. Route handlers outside /api (PDF downloads) and public files are
// redirected like pages.
export const config = { matcher: ["/((?!api/|_next/static|_next/image).*)"] };
