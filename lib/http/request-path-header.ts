// Set by proxy.ts on every page request (any value a browser sent is overwritten), read by
// requestedPath(). Its own file so the proxy need not import server-only code.
export const requestPathHeader = "x-mus-request-path";
