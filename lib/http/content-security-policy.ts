// The pages' Content-Security-Policy, built per request by proxy.ts around a fresh nonce. Next reads
// the nonce back from the request's copy of this header and puts it on its own <script> tags; with
// 'strict-dynamic' the scripts those load are trusted too, and nothing else runs: no injected
// inline script, no script from another host, no eval in production.

/** A fresh nonce: 16 random bytes, base64 (what CSP's nonce-source accepts). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const directives = [
    "default-src 'self'",
    // Development only: React's dev build and Fast Refresh evaluate code they receive as text.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // 'unsafe-inline' for styles: a style attribute cannot carry a nonce, and React writes some
    // (the wrap-up charts' bar widths, Next's route announcer). Styles cannot run code; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Sign-in posts to our own /api/auth with fetch and then navigates, so no form leaves the site.
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}
