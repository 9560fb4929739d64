// Next runs register() once when a server process starts: the request observer (counts for
// /api/metrics, JSON request lines with LOG_FORMAT=json) is installed there, in Node only.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installRequestObserver } = await import("./lib/observability/request-log");
  installRequestObserver();
}
