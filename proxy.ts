import { NextResponse, type NextRequest } from "next/server";
import { appUrl } from "@/lib/env";
import { canonicalRedirect } from "@/lib/http/canonical-address";
import { requestPathHeader } from "@/lib/http/request-path-header";

// Next's request proxy, for two things and never for access: a page asked for on another host
// name of this server goes to the same page on the app's one address, before anyone signs in
// there (lib/http/canonical-address.ts); and the page's own path is passed on, so that signing in
// returns a person to exactly the page they asked for, even when a layout sent them to sign in.
export function proxy(request: NextRequest) {
  const url = new URL(request.url);
  const target = canonicalRedirect(request.method, url, request.headers, appUrl());
  if (target) return NextResponse.redirect(target, 307);
  url.searchParams.delete("_rsc"); // a client-side navigation's cache key, not part of the page's address
  const headers = new Headers(request.headers);
  headers.set(requestPathHeader, url.pathname + url.search);
  return NextResponse.next({ request: { headers } });
}

// Pages only. API routes are reached from pages already on the one address (or by a load
// balancer's health check by IP), and the plan's keystroke path should not pay for a proxy hop;
// static files are the same on every name.
export const config = { matcher: ["/((?!api/|_next/static|_next/image).*)"] };
