// Only paths on this site may be returned to after sign-in (no open redirect). The candidate is
// resolved as a browser would resolve it (which drops tabs and line breaks, and reads "\" as "/")
// against a stand-in origin; anything that leaves that origin, or carries control characters or
// backslashes at all, is refused.
const standIn = "http://callback.invalid";

export function safeCallbackUrl(value: string | string[] | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(candidate)) return "/";
  try {
    const url = new URL(candidate, standIn);
    if (url.origin !== standIn || url.pathname.startsWith("//")) return "/";
    return url.pathname + url.search + url.hash;
  } catch {
    return "/";
  }
}

/** The sign-in page, returning the person to `back` (a path on this site) afterwards. */
export function signInPath(back: string): string {
  return `/log-ind?callbackUrl=${encodeURIComponent(safeCallbackUrl(back))}`;
}
