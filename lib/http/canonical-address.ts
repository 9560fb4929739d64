// The app has one address (NEXTAUTH_URL, or http://localhost:<port> by default): links in
// e-mails point there, and the sign-in cookie belongs to its host. A page asked for on another
// name of the same server (127.0.0.1 for localhost, the machine's name) would let a person sign
// in and land signed out, so such a request is sent to the same path on the one address first.
// Behind a reverse proxy the public host arrives as X-Forwarded-Host (or as Host itself).

/** Where to send a request that arrived on another host name, or null when it is on the right one. */
export function canonicalRedirect(method: string, url: URL, headers: Headers, appUrl: string): URL | null {
  if (method !== "GET" && method !== "HEAD") return null; // a form post is refused by its origin check instead
  const canonical = new URL(appUrl);
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = (forwarded || headers.get("host") || url.host).toLowerCase();
  if (host === canonical.host.toLowerCase()) return null;
  const target = new URL(url.pathname + url.search, canonical);
  return target;
}
