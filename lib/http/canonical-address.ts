// The app has one address (NEXTAUTH_URL, or http://localhost:<port> by default): links in
// e-mails point there, and the sign-in cookie belongs to its host. A page asked for on another
// name of the same server (127.0.0.1 for localhost, the machine's name) would let a person sign
// in and land signed out, so such a request is sent to the same path on the one address first.
// Behind a reverse proxy the public host arrives as X-Forwarded-Host (or as Host itself); any of
// the names a request carries that is the app's own counts, so a proxy that appends its own name
// or writes the default port cannot turn this into a loop. Nothing here decides access.

/** The host as a URL of the app's protocol writes it: lower case, the default port left out. */
function normalHost(host: string, protocol: string): string | null {
  try {
    return new URL(`${protocol}//${host.trim()}`).host;
  } catch {
    return null;
  }
}

/** Where to send a request that arrived on another host name, or null when it is on the right one. */
export function canonicalRedirect(method: string, url: URL, headers: Headers, appUrl: string): URL | null {
  if (method !== "GET" && method !== "HEAD") return null; // a form post is refused by its origin check instead
  const canonical = new URL(appUrl);
  const names = [...(headers.get("x-forwarded-host")?.split(",") ?? []), headers.get("host") ?? url.host];
  if (names.some((name) => normalHost(name, canonical.protocol) === canonical.host)) return null;
  // Only the path and the query are taken from the request; the rest is the app's address.
  const target = new URL(canonical);
  target.pathname = url.pathname;
  target.search = url.search;
  return target;
}
